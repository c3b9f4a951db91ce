import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/parser/learn-artifacts.js';

/** The definition `headerKey` skips the pattern of when it can. */
const definition = (text: string) => text.toLowerCase().replace(/\s{2,}|[\t\u00a0]/g, ' ').trim();

/** Every string of up to `length` characters over `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  yield '';
  if (length === 0) return;
  for (const s of strings(alphabet, length - 1)) if (s.length === length - 1) for (const c of alphabet) yield s + c;
}

describe('headerKey', () => {
  it('reads every short text as lower case, space runs as one space, trimmed', () => {
    // Space, TAB, NBSP, an em space and a line separator (`\s` past ASCII), a vertical tab, a
    // zero-width space (not `\s`), letters of both cases and past ASCII.
    const alphabet = [' ', '\t', '\u00a0', '\u2003', '\u2028', '\x0b', '\u200b', 'A', 'a', 'Ø', '1'];
    let checked = 0;
    for (const text of strings(alphabet, 5)) {
      if (headerKey(text) !== definition(text)) expect([text, headerKey(text)]).toEqual([text, definition(text)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(160000);
  });

  it('reads page-header lines as the pattern does', () => {
    for (const line of ['Økonomiudvalget  22. maj 2025', 'REFERAT\tByrådet', 'Side 2 af 9', 'Mødedato:\u00a022-05-2025', 'Åbent referat   Teknik- og Miljøudvalget']) {
      expect(headerKey(line)).toBe(definition(line));
    }
    expect(headerKey('REFERAT\tByrådet  2025')).toBe('referat byrådet 2025');
  });
});
