import { describe, expect, it } from 'vitest';
import { genericVocabulary } from '../../grammar/index.js';
import { firstChars, mayStart } from '../../src/text/first-chars.js';

const marked = (table: Uint8Array) => [...table.keys()].filter((c) => table[c] === 1).map((c) => String.fromCharCode(c)).join('');

describe('firstChars', () => {
  it('marks the first letters of the case-number labels in both cases, and nothing else', () => {
    const table = firstChars(genericVocabulary.caseNumberLabels);
    const expected = new Set(genericVocabulary.caseNumberLabels.flatMap((l) => [l[0]!.toLowerCase(), l[0]!.toUpperCase()]));
    expect(marked(table)).toBe([...expected].filter((c) => c.charCodeAt(0) < 128).sort().join(''));
  });

  it('reads words as a case-insensitive Unicode pattern does (the Kelvin sign starts K and k)', () => {
    expect(marked(firstChars(['\u212Aommune']))).toBe('Kk');
    expect(marked(firstChars([''], ''))).toHaveLength(128);
  });

  it('lets a pattern run on lines it may start, and on any non-ASCII start', () => {
    const table = firstChars(['Sagsnr.'], '-');
    expect(mayStart(table, 'Sagsnr.: 12-345')).toBe(true);
    expect(mayStart(table, '- sagsnr. 12')).toBe(true);
    expect(mayStart(table, 'Beslutning')).toBe(false);
    expect(mayStart(table, 'x Sagsnr.', 2)).toBe(true);
    expect(mayStart(table, 'Økonomi')).toBe(true);
  });
});
