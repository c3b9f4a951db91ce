import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from 'referat';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { templateDialects } from '../../grammar/index.js';
import { buildLexer, canonical } from '../../src/lexer/build-lexer.js';
import { indentStart } from '../../src/lexer/tokens.js';

/** The token type the lexer gives a line (first line token, ignoring indentation). */
function kindOf(line: string, format: 'text' | 'markdown' = 'text'): string {
  return tokenize(`${line}\n`, { format }).find((t) => !['Indent', 'MarkdownHeading', 'Break'].includes(t.type))!
    .type;
}

describe('lexer', () => {
  it('builds the base dialect with Chevrotain validations and first-character optimisation', () => {
    expect(() => buildLexer(genericVocabulary, { validate: true })).not.toThrow();
  });

  it('gives the vocabulary tokens complete start-character hints', () => {
    // The hints replace Chevrotain's own analysis of the patterns; a missing character would
    // make the optimised lexer skip a token. Without the optimisation (safe mode) every
    // pattern is tried at every line, so both lexers must agree on every document we have.
    const fast = buildLexer(genericVocabulary).lexer;
    const safe = buildLexer(genericVocabulary, { safeMode: true }).lexer;
    const dirs = ['seeds', 'test/fixtures/corpus'];
    const texts = dirs.flatMap((d) =>
      readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')),
    );
    texts.push(table.map(([line]) => line).join('\n'), table.map(([line]) => `**${line.toLowerCase()}**`).join('\n'));
    // Safe mode also turns the prefilters off: lines at the edges of the case-number prefilter
    // (two to six letters and a hyphen, labels, emphasis, letters past ASCII).
    texts.push(
      ['AB-2025-123', 'abcdef-2024-0105', 'Abcdefg-2024-0105', 'A-2024-123', 'ÆBC-2024-111', 'Xy-2024-1', 'Q 12-345', 'Sag: 12-345',
        'sagsnr 2011-29298', 'J.nr. 12/27845', '**EMN-2025-010561**', '_ab-1234-567_', 'Sagen blev drøftet', 'Sag', 'ab\n-2024-123'].join('\n'),
    );
    for (const text of texts) {
      for (const mode of ['text', 'markdown']) {
        const kinds = (l: typeof fast) => l.tokenize(text, mode).tokens.map((t) => `${t.tokenType.name}@${t.startOffset}`);
        expect(kinds(fast)).toEqual(kinds(safe));
      }
    }
  });

  describe("parse's lexer and tokenize's", () => {
    const { lexer, everyToken } = buildLexer(genericVocabulary);
    const documents = [
      ...readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8')),
      ...readdirSync('test/fixtures/corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('test/fixtures/corpus', f), 'utf8')),
    ];
    // Indentation of every kind, after line breaks of every kind and after heading markers.
    const crafted = [
      '# A\n## **Punkt 1: Budget**\n\n###   Beslutning\n#\n# \u00a0x\n#### Nordby Kommune\n',
      '   Punkt 1: A\n\u00a0\u00a0Beslutning\r\n \f Side 2\r\f\n\ufeff  x\n\t y\n#\t \u00a0 z\n##  \f\u00a0w\n   \n  \u00a0\n',
      '\ufeff\u00a0Referat\n\f\n  \f\n\f  Punkt 2: B\n',
    ];
    const texts = [...documents, ...documents.map((d) => d.replace(/^/gm, '  ')), ...crafted];

    it('give the same tokens, but for the markers and the indentation parse drops', () => {
      let markers = 0;
      let indents = 0;
      for (const text of texts) {
        for (const mode of ['text', 'markdown']) {
          const dropped = lexer.tokenize(text, mode);
          const kept = everyToken().tokenize(text, mode);
          const show = (ts: readonly { tokenType: { name: string }; startOffset: number; image: string }[]) => ts.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);
          markers += kept.groups.decoration?.length ?? 0;
          indents += kept.groups.indent?.length ?? 0;
          expect(dropped.groups.decoration ?? []).toEqual([]);
          // Only indentation holding a form feed is kept, as it was.
          const feeds = (kept.groups.indent ?? []).filter((t) => t.image.includes('\f'));
          expect((dropped.groups.indent ?? []).map((t) => `${t.startOffset}:${t.image}`)).toEqual(feeds.map((t) => `${t.startOffset}:${t.image}`));
          expect(show([...dropped.tokens, ...(dropped.groups.artifact ?? [])])).toEqual(show([...kept.tokens, ...(kept.groups.artifact ?? [])]));
        }
      }
      expect(markers).toBeGreaterThan(20);
      expect(indents).toBeGreaterThan(1000);
    });

    it('indentStart finds in the input where the dropped indentation started', () => {
      let checked = 0;
      for (const text of texts) {
        for (const mode of ['text', 'markdown']) {
          const { tokens, groups } = everyToken().tokenize(text, mode);
          const indentBefore = new Map((groups.indent ?? []).map((t) => [t.startOffset + t.image.length, t.startOffset]));
          for (const t of [...tokens, ...(groups.artifact ?? [])]) {
            expect([t.startOffset, indentStart(text, t.startOffset)]).toEqual([t.startOffset, indentBefore.get(t.startOffset) ?? t.startOffset]);
            if (indentBefore.has(t.startOffset)) checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(1000);
    });
  });

  it('lists every start character a case-insensitive pattern matches through a shared upper case', () => {
    // `µ` (micro sign, U+00B5) and `μ` (mu, U+03BC) both upper-case to `Μ`, so `/μ/i` matches `µ`,
    // which neither `μ`'s lower nor its upper case is.
    const vocabulary = {
      ...genericVocabulary,
      itemOpeners: [...genericVocabulary.itemOpeners, 'μ-sag {n}:'],
      titleWords: [...genericVocabulary.titleWords, { word: 'µReferat', kind: 'referat' as const }],
    };
    const fast = buildLexer(vocabulary).lexer;
    const safe = buildLexer(vocabulary, { safeMode: true }).lexer;
    const text = 'µ-sag 1: A\nμ-sag 2: B\nΜ-SAG 3: C\nμreferat Nordby\nµREFERAT Nordby\n';
    const kinds = (l: typeof fast) => l.tokenize(text, 'text').tokens.map((t) => t.tokenType.name);
    expect(kinds(safe)).toEqual(['ItemOpener', 'ItemOpener', 'ItemOpener', 'TitleLine', 'TitleLine']);
    expect(kinds(fast)).toEqual(kinds(safe));
  });

  it('prefilters label lines by a second character past ASCII as the patterns read it', () => {
    // The header-label and case-number prefilters rule a line out by its first two characters.
    // Past ASCII, the `i` flag matches a character only through its upper case (`ø` and `Ø`,
    // `µ` and `μ`), never an ASCII one (`ſ` is no `s`), and an NBSP stands for a space: so the
    // second character of every label is swapped for such characters, in the bundled dialects
    // and a made-up one whose labels have them second.
    const madeUp = {
      ...genericVocabulary,
      headerLabels: [...genericVocabulary.headerLabels, { label: 'Aßlund:', key: 'location' as const }, { label: 'Oµ', key: 'time' as const }],
      caseNumberLabels: [...genericVocabulary.caseNumberLabels, 'Jø-nr.', 'K ref'],
    };
    const seconds = ['\u00a0', '\u200b', 'ø', 'Ø', 'æ', 'Æ', 'å', 'Å', 'ß', '\u1e9e', 'ſ', '\u212a', 'μ', 'Μ', 'µ', 'é', '\ud800', 's', 'S', ' '];
    for (const vocabulary of [madeUp, ...templateDialects.map((d) => d.vocabulary)]) {
      const labels = [...vocabulary.headerLabels.map((h) => h.label), ...vocabulary.caseNumberLabels];
      const lines: string[] = [];
      for (const label of labels) {
        for (const second of [label[1]!, ...seconds]) {
          // With a number, and alone (a label without a number, and without the hyphen that
          // lets a line past the case-number prefilter however it starts).
          for (const line of [`${label[0]}${second}${label.slice(2)} 12-345`, `${label[0]}${second}${label.slice(2)}`]) {
            lines.push(line, line.toUpperCase(), line.toLowerCase());
          }
        }
      }
      const text = lines.join('\n');
      const fast = buildLexer(vocabulary).lexer;
      const safe = buildLexer(vocabulary, { safeMode: true }).lexer;
      const kinds = (l: typeof fast) => l.tokenize(text, 'text').tokens.map((t) => `${t.tokenType.name}@${t.startOffset}`);
      const found = kinds(safe);
      expect(kinds(fast)).toEqual(found);
      // The lines hold labels the patterns read, not text lines only.
      expect(found.filter((k) => k.startsWith('HeaderLabelLine')).length).toBeGreaterThan(labels.length / 2);
    }
  });

  it('folds a second character past ASCII as the i flag does, for every UTF-16 unit', () => {
    // Two characters match under `i` (without `u`) when their canonical forms are equal: checked
    // against V8 for second characters with a special case (`ŉ` upper-cases to two characters,
    // `ſ` and the Kelvin sign to ASCII, `µ`, `Σ` and `ς` share one, `ǅ` is title case).
    for (const second of ['ø', 'Ø', 'ß', '\u0149', 'ſ', '\u212a', 'µ', 'Σ', 'ς', '\u01c5', '\u0130', '\u00a0', '\ud800']) {
      const pattern = new RegExp(`^A${second}`, 'i');
      for (let c = 128; c <= 0xffff; c++) {
        const same = canonical(c) === canonical(second.charCodeAt(0));
        if (same !== pattern.test(`A${String.fromCharCode(c)}`)) expect([second, c.toString(16), same]).toEqual([second, c.toString(16), !same]);
      }
    }
  });

  it('reads a letter a dialect uses as a bullet (`o`, as Word prints sub-bullets) as a list entry', () => {
    const vocabulary = { ...genericVocabulary, listBullets: [...genericVocabulary.listBullets, 'o'] };
    const text = 'o Første underpunkt\no\tAndet underpunkt\nomkring budgettet\nO Tredje\n';
    const kinds = (l: ReturnType<typeof buildLexer>['lexer']) => l.tokenize(text, 'text').tokens.map((t) => t.tokenType.name);
    const fast = kinds(buildLexer(vocabulary).lexer);
    expect(fast).toEqual(kinds(buildLexer(vocabulary, { safeMode: true }).lexer));
    expect(fast).toEqual(['ListItem', 'ListItem', 'TextLine', 'TextLine']);
    expect(kinds(buildLexer(genericVocabulary).lexer)[0]).toBe('TextLine');
  });

  // One row per line shape: what a municipality's dialect author needs to know.
  const table: [string, string][] = [
    ['REFERAT Handicaprådet 2022 - 2025 d. 22-05-2025', 'TitleLine'],
    ['DAGSORDEN Økonomiudvalget d. 01-02-2024', 'TitleLine'],
    ['Mødedato Torsdag d. 22. maj 2025 kl. 15:00', 'HeaderLabelLine'],
    ['Mødested', 'HeaderLabelLine'],
    ['Dato: 04.12.2012', 'HeaderLabelLine'],
    ['Dato for mødet er flyttet', 'TextLine'],
    ['Medlemmer\tAfbud', 'TableRow'],
    ['Indholdsfortegnelse', 'TocHeadingLine'],
    ['INDHOLDSFORTEGNELSE', 'TocHeadingLine'],
    ['Godkendelse af dagsorden.....\t3', 'TableRow'],
    ['Punkt 1: Godkendelse af dagsorden', 'ItemOpener'],
    ['PUNKT 12: Eventuelt', 'ItemOpener'],
    ['Pkt. 4. Budget', 'ItemOpener'],
    ['Punkt 5 - Budget 2026', 'ItemOpener'],
    ['Punkt 5 blev drøftet', 'TextLine'],
    ['Punkt 1: Title.....\t3', 'TableRow'],
    ['27.69.48-P35-1-22', 'CaseNumberLine'],
    ['00.30.14G01-4-21', 'CaseNumberLine'],
    ['24-000584', 'CaseNumberLine'],
    ['Sagsnr.: 2011-29298', 'CaseNumberLine'],
    ['12/27845', 'CaseNumberLine'],
    ['EMN-2025-010561', 'CaseNumberLine'],
    ['emn-2025-010561', 'CaseNumberLine'],
    ['Beslutning', 'SectionHeading'],
    ['BESLUTNING', 'SectionHeading'],
    ['Beslutning:', 'SectionHeading'],
    ['Beslutningskompetence', 'SectionHeading'],
    ['Beslutningen er truffet', 'TextLine'],
    ['**Beslutning:**', 'SectionHeading'],
    ['Beslutning** :', 'SectionHeading'],
    ['Beslutning :  ', 'SectionHeading'],
    ['Økonomiske\u00a0 konsekvenser', 'SectionHeading'],
    ['Beslutning\t3', 'TableRow'],
    ['Beslutning: godkendt', 'TextLine'],
    [`Beslutning${' '.repeat(200)}x`, 'TextLine'],
    ['Økonomiske konsekvenser', 'SectionHeading'],
    ['Vision, politikker og strategier', 'SectionHeading'],
    ['Beslutning fra Social- og Seniorudvalget, den 13. maj 2025, punkt 64:', 'DecisionHeading'],
    ['Beslutning i Kommunalbestyrelsen den 28-10-2014', 'DecisionHeading'],
    ['Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1', 'DecisionHeading'],
    ['Direktøren for Social/Sundhed og Arbejdsmarked indstiller,', 'RecommendationHeading'],
    ['Social, Sundhed og Kultur indstiller, at:', 'TextLine'],
    ['1. Godkendt.', 'ListItem'],
    ['- Kommunale udgifter', 'ListItem'],
    ['Ad 1. Et flertal', 'ListItem'],
    ['Ad. 2) Udsættes til næste møde', 'ListItem'],
    ['Ad 2-3. Indstilles til godkendelse', 'ListItem'],
    ['a)   De foreslåede arbejder', 'ListItem'],
    ['• Casper Søe-Larsen (I)', 'ListItem'],
    ['▪ punkt', 'ListItem'],
    ['◦ punkt', 'ListItem'],
    ['\uf0b7 punkt', 'ListItem'],
    ['– punkt', 'ListItem'],
    ['* punkt', 'ListItem'],
    ['(2) punkt', 'ListItem'],
    ['B) punkt', 'ListItem'],
    ['æ) punkt', 'ListItem'],
    ['1', 'TextLine'],
    ['⇥LAB⇥LAS⇥SDP'.replace(/⇥/g, '\t'), 'TableRow'],
    ['Handicap og Socialpsykiatri', 'TextLine'],
  ];
  it.each(table)('%s → %s', (line, type) => {
    expect(kindOf(line)).toBe(type);
  });

  it('reads Markdown decoration around the same line shapes', () => {
    expect(kindOf('## **Punkt 1: JAI - Godkendelse af dagsorden**', 'markdown')).toBe('ItemOpener');
    expect(kindOf('### **Beslutning**', 'markdown')).toBe('SectionHeading');
    expect(kindOf('**Mødedato** Onsdag d. 12. juni 2024 kl. 16:30', 'markdown')).toBe('HeaderLabelLine');
    const tokens = tokenize('## **Beslutning**\n', { format: 'markdown' });
    expect(tokens.map((t) => [t.type, t.image])).toEqual([
      ['MarkdownHeading', '## '],
      ['SectionHeading', '**Beslutning**\n'],
    ]);
  });

  it('keeps every character in exactly one token, whatever the line ends', () => {
    const input = '\ufeffREFERAT X\r\n\r\n  Punkt 1: A\rBeslutning\n\n\t\nGodkendt.';
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.image).join('')).toBe(input);
    expect(tokens.map((t) => t.type)).toEqual([
      'Indent',
      'TitleLine',
      'Break',
      'Indent',
      'ItemOpener',
      'SectionHeading',
      'Break',
      'TextLine',
    ]);
  });
});
