import { setFlagsFromString, getHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Whether any string in the heap holds `marker`. */
async function heapHolds(marker: string): Promise<boolean> {
  let data = '';
  for await (const chunk of getHeapSnapshot()) data += chunk;
  return data.includes(marker);
}

describe('memory after parse', () => {
  // The lexers are cached per dialect; state they keep between calls must not keep the last
  // input alive (a pattern's guard held the text it lexed last, until the next parse).
  it('keeps no part of an input once the document is dropped', async () => {
    const marker = `Nordby${Math.random().toString(36).slice(2)}`;
    // Lines every guarded and phrase pattern tries, in a layout of each kind.
    for (const format of ['text', 'markdown'] as const) {
      let input: string | null = `${marker} Kommune\nPunkt 1: Budget\n\nBorgmesteren indstiller, at sagen godkendes.\nBeslutning fra Udvalget, den 1. maj 2025, punkt 3:\nGodkendt.\n`;
      // A string of its own, shared with nothing in this file.
      input = [...input].join('');
      expect(parse(input, { format }).document.items).toHaveLength(1);
      input = null;
    }
    // Collected after the job: a WeakRef, were one held, keeps its target to the job's end.
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
    expect(await heapHolds(marker)).toBe(false);
  });
});
