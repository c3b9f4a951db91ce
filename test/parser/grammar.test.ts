import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { buildLexer } from '../../src/lexer/build-lexer.js';
import { sharedTokens } from '../../src/lexer/tokens.js';
import { ReferatParser } from '../../src/parser/parser.js';
import { expectInvariants } from '../helpers/invariants.js';

/** Line shapes of every token kind, so random documents reach every grammar path. */
const shapes = [
  'REFERAT Udvalget d. 01-02-2024',
  'Mødedato Torsdag d. 22. maj 2025 kl. 15:00',
  'Mødedeltagere Anna Holm (A), Bo Berg (Afbud)',
  'Mødested',
  'Indholdsfortegnelse',
  'Godkendelse af dagsorden.....\t3',
  'Punkt 1: Godkendelse af dagsorden',
  'Punkt 2: Budget',
  '27.69.48-P35-1-22',
  'Beslutning',
  'Sagsfremstilling',
  'Beslutning fra Økonomiudvalget, den 1. maj 2025, punkt 3:',
  'Direktøren indstiller,',
  '1. Godkendt.',
  '- punkt',
  'Ad 1. Godkendt',
  'A\tB\tC',
  '\tLAB\tLAS',
  'Handicap og Socialpsykiatri',
  'Almindelig tekst, der slutter med punktum.',
  'fortsat tekst med lille begyndelsesbogstav',
  '1',
  '100. Godkendelse af dagsorden',
  '',
  '   ',
  '## Beslutning',
  '**Punkt 3: Fed**',
];

describe('grammar definition', () => {
  it('passes Chevrotain\'s grammar validations (skipped when parsing)', () => {
    const { allTokens } = buildLexer(genericVocabulary);
    // With validations on, performSelfAnalysis throws on any definition error.
    expect(() => new ReferatParser([...sharedTokens, ...allTokens], true).finish()).not.toThrow();
  });
});

describe('grammar', () => {
  it('accepts every sequence of line kinds without recovering (the grammar is total)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...shapes), { maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom('auto', 'text', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'markdown'>,
        (lines, eol, format) => {
          const input = lines.join(eol);
          const result = parse(input, { format });
          expect(result.diagnostics.filter((d) => d.code === 'grammar-recovery')).toEqual([]);
          expectInvariants(input, result, { format });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('opens an item at every dialect opener and a section at every heading', () => {
    const input = ['Punkt 1: A', 'Beslutning', 'Godkendt.', 'Punkt 2: B', 'Bilag', 'Notat'].join('\n\n');
    const { document } = parse(input);
    expect(document.items.map((i) => [i.number, i.title, i.sections.map((s) => s.kind)])).toEqual([
      [1, 'A', ['decision']],
      [2, 'B', ['attachments']],
    ]);
  });
});

describe('docs/grammar.html', () => {
  it('is the current grammar (run `npm run docs:grammar` after changing it)', async () => {
    const { grammarHtml } = await import('../../docs/grammar.js');
    const { readFileSync } = await import('node:fs');
    const html = grammarHtml();
    expect(html).toContain('"name": "agendaItem"');
    expect(readFileSync(new URL('../../docs/grammar.html', import.meta.url), 'utf8')).toBe(html);
  });
});
