import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unframed } from '../../src/builder/build-item.js';
import { recommender } from '../../src/interpret/item-fields.js';
import { leadingPhrase } from '../../src/text/plain.js';

/*
 * Issue 13: three expressions had a lazy repeat before a run of whitespace (found by
 * test/lexer/regex-shapes.test.ts). Each is now read without backtracking and checked here
 * against the old expression on random strings.
 *
 * `/^(.{2,160}?)\s+(?:indstiller|foreslår)\b[,:;]?\s*(.*)$/i` tried 160 splits of every
 * whitespace run (a 1 MB line of spaces in an Indstilling section was the worst adversarial
 * row). `recommender` now reads the same without backtracking; this checks it against the old
 * expression on random strings built from the pieces that matter.
 */
function oldRecommender(text: string): { by: string | null; clause: string | null } | null {
  const impersonal = /^der\s+indstilles(?:\s+til)?\b[,:;]?\s*(.*)$/i.exec(text);
  const named = impersonal ? null : /^(.{2,160}?)\s+(?:indstiller|foreslår)\b[,:;]?\s*(.*)$/i.exec(text);
  const m = impersonal ?? named;
  if (!m) return null;
  const rest = m[m.length - 1]!.replace(/^,\s*/, '').trim();
  const clause = /^at\s+\S/i.test(rest) ? rest : null;
  return { by: named ? named[1]!.trim() : null, clause };
}

const piece = fc.constantFrom(
  ' ', '  ', '\t', '\n', '\u00a0', 'a', 'B', 'Direktionen', 'ø', ',', ':', ';',
  'indstiller', 'Indstiller', 'INDSTILLER', 'foreslår', 'FORESLÅR', 'indstilleren', 'at ', 'der ', 'Der indstilles ', 'til',
  'x'.repeat(40), 'y'.repeat(150),
);

describe('recommender', () => {
  it('reads what the old backtracking expression read, on random strings', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(recommender(text)).toEqual(oldRecommender(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['Direktionen indstiller, at sagen godkendes', { by: 'Direktionen', clause: 'at sagen godkendes' }],
    ['Borgmesteren foreslår: at planen vedtages', { by: 'Borgmesteren', clause: 'at planen vedtages' }],
    ['Der indstilles til, at budgettet godkendes', { by: null, clause: 'at budgettet godkendes' }],
    ['Forvaltningen indstiller', { by: 'Forvaltningen', clause: null }],
    [`${'x'.repeat(161)} indstiller, at y`, null],
    ['Ingen indstilling her', null],
  ])('%s', (text, expected) => {
    expect(recommender(text)).toEqual(expected);
    expect(oldRecommender(text)).toEqual(expected);
  });

  it('reads a name before a megabyte of spaces and no verb as no recommender', () => {
    expect(recommender(`Direktionen${' '.repeat(1_000_000)}x`)).toBeNull();
    expect(recommender(`Direktionen${' '.repeat(1_000_000)}indstiller, at y`)).toEqual({ by: 'Direktionen', clause: 'at y' });
  });
});

describe('leadingPhrase: a substitute before `deltog som suppleant`', () => {
  const OLD = /^(.{1,120}?)\s+deltog som suppleant\b/i;
  const PHRASE = /(?<!\s)\s+deltog som suppleant\b/gi;
  const parts = fc.constantFrom(' ', '  ', '\n', '\t', 'a', 'Ole', 'Sylvester', 'deltog som suppleant', 'Deltog som suppleant', 'deltog som suppleanten', 'z'.repeat(60));
  it('reads what the old expression read, on random strings', () => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(leadingPhrase(text, PHRASE, 1, 120).next().value?.before ?? null).toEqual(OLD.exec(text)?.[1] ?? null);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('unframed: a heading between dashes', () => {
  const OLD = /^-{2,}\s*(.*?)\s*-{2,}$/;
  const parts = fc.constantFrom('-', '--', '---', ' ', '\u00a0', '\n', 'Bilag', 'a', ':');
  it('reads what the old expression read, on random strings', () => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(unframed(text)).toEqual(OLD.exec(text)?.[1] ?? null);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a framed heading and a megabyte of spaces in a frame', () => {
    expect(unframed('--- Bilag ---')).toBe('Bilag');
    expect(unframed(`--${' '.repeat(1_000_000)}x`)).toBeNull();
  });
});
