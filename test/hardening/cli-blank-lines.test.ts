import { describe, expect, it } from 'vitest';
import { referat } from '../cli/run.js';

/*
 * Issue 14, "Throws": `'\n'.repeat(3355430)` through the command line gave exit 1 and 6 KB of
 * minified source on stderr (a RangeError from the blank-line token's regex). The library's side
 * is tested in test/lexer/adversarial.test.ts; this is the command's.
 */
describe('the command on 3,355,430 blank lines', () => {
  it.each([
    ['\\n', '\n'],
    ['CR', '\r'],
  ])('%s: exit 0, one empty document, nothing on stderr', (_, unit) => {
    const run = referat(['parse', '-q', '--compact', '-'], { input: unit.repeat(3355430) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { document: { items: unknown[]; preamble: unknown[] }; source: { bytes: number } };
    expect(out.document.items).toEqual([]);
    expect(out.document.preamble).toEqual([]);
    expect(out.source.bytes).toBe(Buffer.byteLength(unit) * 3355430);
  });
});
