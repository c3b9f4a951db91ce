import { describe, expect, it } from 'vitest';
import { Break } from '../../src/lexer/tokens.js';

/** The blank lines at `offset`, as `Break` was read by hand: blank space, then a line break, repeated. */
function blankLines(text: string, offset: number): string | null {
  const blank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 0xfeff;
  let end = offset;
  let at = offset;
  for (;;) {
    while (at < text.length && blank(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    if (c === 13) at += text.charCodeAt(at + 1) === 10 ? 2 : 1;
    else if (c === 10) at++;
    else break;
    end = at;
  }
  return end > offset ? text.slice(offset, end) : null;
}

/** Every string of up to `length` characters over `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  yield '';
  if (length === 0) return;
  for (const s of strings(alphabet, length - 1)) if (s.length === length - 1) for (const c of alphabet) yield s + c;
}

describe('Break', () => {
  const sticky = new RegExp((Break.PATTERN as RegExp).source, 'y');
  const match = (text: string, offset: number) => {
    sticky.lastIndex = offset;
    return sticky.test(text) ? text.slice(offset, sticky.lastIndex) : null;
  };

  it('takes the blank lines at an offset, to the last line break', () => {
    // Every blank space, each line break, a letter and a vertical tab (not blank here).
    const alphabet = [' ', '\t', '\u00a0', '\f', '\ufeff', '\r', '\n', 'a', '\x0b'];
    let matched = 0;
    for (const text of strings(alphabet, 5)) {
      for (let offset = 0; offset <= text.length; offset++) {
        const expected = blankLines(text, offset);
        if (match(text, offset) !== expected) expect([text, offset, match(text, offset)]).toEqual([text, offset, expected]);
        if (expected !== null) matched++;
      }
    }
    expect(matched).toBeGreaterThan(50000);
    expect(match('\n \r\n\t\r  x', 0)).toBe('\n \r\n\t\r');
  });

  it('reads millions of blank lines of every kind without running out of stack', () => {
    for (const line of ['\n', ' \n', '\t\r\n', '\r', '\u00a0\f\n']) {
      const text = line.repeat(3_000_000);
      expect(match(`${text}x`, 0)).toHaveLength(text.length);
    }
  });
});
