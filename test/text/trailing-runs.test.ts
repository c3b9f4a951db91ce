import { describe, expect, it } from 'vitest';
import { lettersEnd, withoutTrailingDate } from '../../src/builder/read-committee.js';
import { readName } from '../../src/interpret/names.js';
import { withoutEmptyParentheses } from '../../src/layout/openers.js';

/**
 * Trims at a text's end that were patterns ending in a run and `$` (`/[.,;:]+$/`): searched from
 * every start, such a pattern takes time quadratic in a long run that something else ends. The
 * scans from the end must cut where the patterns cut: compared on every string of up to six
 * characters of an alphabet of the characters each pattern reads.
 */
function strings(alphabet: readonly string[], depth: number, visit: (s: string) => void, s = ''): void {
  visit(s);
  if (depth > 0) for (const c of alphabet) strings(alphabet, depth - 1, visit, s + c);
}

describe('trims at the end, read from the end', () => {
  it('a committee title’s trailing punctuation and a `den` or `d.` left by its date', () => {
    const pattern = /(?:\s(?:d\.|den))?[\s:.,\-–•·|"]*$/i;
    let mismatches = 0;
    strings([' ', ':', '.', 'd', 'e', 'n', 'U', '–', '\u00a0'], 6, (s) => {
      if (withoutTrailingDate(s) !== s.replace(pattern, '')) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(withoutTrailingDate('Økonomiudvalget den :')).toBe('Økonomiudvalget');
    expect(withoutTrailingDate('Byrådet d.')).toBe('Byrådet');
  });

  it('a word’s trailing non-letters, by code point', () => {
    let mismatches = 0;
    strings(['a', 'Ø', ':', '1', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00'], 5, (s) => {
      if (s.slice(0, lettersEnd(s)) !== s.replace(/[^\p{L}]+$/u, '')) mismatches++;
    });
    expect(mismatches).toBe(0);
  });

  it('a name’s trailing stops', () => {
    let mismatches = 0;
    strings(['.', ',', ';', ':', 'a', ' ', 'B'], 6, (s) => {
      if (readName(s).name !== s.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '').trim()) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(readName('Anne Holm (A).')).toEqual({ name: 'Anne Holm', party: 'A' });
  });

  it('an empty pair of parentheses after a title', () => {
    let mismatches = 0;
    strings(['(', ')', ' ', '\u00a0', 'a'], 6, (s) => {
      const want = s.endsWith(')') ? s.replace(/[ \u00a0]*\([ \u00a0]*\)$/, '') : s;
      if (withoutEmptyParentheses(s) !== want) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(withoutEmptyParentheses('Godkendelse af dagsorden ( )')).toBe('Godkendelse af dagsorden');
  });
});

describe('trimEndOf', () => {
  it('cuts what `/[\\s<chars>]+$/` cuts, on every string of up to six edge characters', async () => {
    const { trimEndOf } = await import('../../src/text/plain.js');
    let mismatches = 0;
    strings([' ', ',', '-', '–', '\u00a0', '\t', 'a'], 6, (s) => {
      if (trimEndOf(s, ',-–', true) !== s.replace(/[\s,\-–]+$/, '')) mismatches++;
      if (trimEndOf(s, ',-') !== s.replace(/[,-]+$/, '')) mismatches++;
    });
    expect(mismatches).toBe(0);
  });
});
