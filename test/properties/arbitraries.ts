import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';

const seedDir = new URL('../../seeds/', import.meta.url);
/** The five seeds, read once. */
export const seeds = readdirSync(seedDir)
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), 'utf8'));

/** Any string: arbitrary UTF-16 code units, including lone surrogates and control characters. */
export const anyString = fc.string({ unit: 'binary', maxLength: 400 });

/** Random bytes decoded as UTF-8, as a file of unknown encoding would be read. */
export const bytesAsText = fc
  .uint8Array({ maxLength: 600 })
  .map((bytes) => new TextDecoder('utf-8').decode(bytes));

const lineEdits = ['delete', 'duplicate', 'swap', 'cut', 'crlf', 'cr', 'bom', 'nbsp', 'untab', 'mark', 'unmark'] as const;

/**
 * A seed mutated the way real exports differ: lines deleted, duplicated, swapped or cut, line
 * ends changed, a BOM, NBSP for spaces, TABs removed, Markdown markers added or removed, or one
 * document glued to another.
 */
export const mutatedSeed = fc
  .record({
    seed: fc.nat({ max: seeds.length - 1 }),
    other: fc.nat({ max: seeds.length - 1 }),
    glue: fc.boolean(),
    edits: fc.array(fc.record({ kind: fc.constantFrom(...lineEdits), at: fc.nat(), cut: fc.nat() }), { maxLength: 6 }),
  })
  .map(({ seed, other, glue, edits }) => {
    let lines = seeds[seed]!.split('\n');
    for (const { kind, at, cut } of edits) {
      const i = at % Math.max(1, lines.length);
      const line = lines[i] ?? '';
      switch (kind) {
        case 'delete':
          lines.splice(i, 1);
          break;
        case 'duplicate':
          lines.splice(i, 0, line);
          break;
        case 'swap':
          lines.splice(i, 2, lines[i + 1] ?? '', line);
          break;
        case 'cut':
          lines[i] = line.slice(0, cut % (line.length + 1));
          break;
        case 'crlf':
          lines = lines.map((l) => `${l}\r`);
          break;
        case 'cr':
          return lines.join('\r');
        case 'bom':
          lines[0] = `\ufeff${lines[0] ?? ''}`;
          break;
        case 'nbsp':
          lines[i] = line.replace(/ /g, '\u00a0');
          break;
        case 'untab':
          lines[i] = line.replace(/\t/g, '');
          break;
        case 'mark':
          lines[i] = `## **${line}**`;
          break;
        case 'unmark':
          lines[i] = line.replace(/[#*\\]/g, '');
          break;
      }
    }
    const text = lines.join('\n');
    return glue ? text + seeds[other]! : text;
  });

/** Any of the above, weighted towards text that looks like minutes. */
export const anyInput = fc.oneof(
  { arbitrary: anyString, weight: 2 },
  { arbitrary: bytesAsText, weight: 1 },
  { arbitrary: mutatedSeed, weight: 3 },
);
