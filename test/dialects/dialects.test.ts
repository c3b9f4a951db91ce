import { readFileSync, readdirSync } from 'node:fs';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import {
  type Dialect,
  type Referat,
  ReferatDialectError,
  defineDialect,
  detectDialect,
  genericDialect,
  lejreDialect,
  lemvigDialect,
  lyngbyTaarbaekDialect,
  parse,
  templateDialects,
  thistedDialect,
} from 'referat';
import { type BlockNode, type ParserExtension, lineTokens } from 'referat/grammar';

const seedDir = new URL('../../seeds/', import.meta.url);
const seed = (id: string) => readFileSync(new URL(readdirSync(seedDir).find((f) => f.startsWith(id))!, seedDir), 'utf8');

/** What a reader takes from a document: items, their sections and decisions. */
const outline = (doc: Referat) =>
  doc.items.map((i) => ({
    number: i.number,
    title: i.title,
    caseNumber: i.caseNumber?.raw ?? null,
    sections: i.sections.map((s) => `${s.kind}:${s.heading}`),
    decisions: i.decisions.map((d) => `${d.current}:${d.body}:${d.outcome}:${d.attendance.absent.length}`),
  }));

describe('built-in dialects', () => {
  const cases = [
    ['000', thistedDialect],
    ['001', lemvigDialect],
    ['002', lyngbyTaarbaekDialect],
    ['003', thistedDialect],
    ['004', lejreDialect],
  ] as const;

  it.each(cases)('detects seed %s as its template', (id, dialect) => {
    const detected = detectDialect(seed(id));
    expect(detected.dialect.name).toBe(dialect.name);
    expect(detected.score).toBeGreaterThanOrEqual(0.6);
  });

  it.each(cases)('reads seed %s with its template as the generic dialect does', (id, dialect) => {
    const own = parse(seed(id), { dialect }).document;
    expect(outline(own)).toEqual(outline(parse(seed(id), { dialect: genericDialect }).document));
    expect(own.items.length).toBeGreaterThan(5);
  });

  it('says which dialect parse chose', () => {
    const { diagnostics } = parse(seed('001'));
    const notes = diagnostics.filter((d) => d.code === 'dialect-detected');
    expect(notes.map((d) => d.severity)).toEqual(['info']);
    expect(notes[0]!.message).toMatch(/^Read with the lemvig dialect: \d+ % of its marks were found\.$/);
    const plain = parse('Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n').diagnostics;
    expect(plain.find((d) => d.code === 'dialect-detected')?.message).toBe('Read with the generic dialect: no template’s marks were found.');
    expect(parse(seed('001'), { dialect: genericDialect }).diagnostics.some((d) => d.code === 'dialect-detected')).toBe(false);
  });

  it('falls back to generic, or to the fallback given, when no template fits', () => {
    expect(detectDialect('Punkt 1: Sag\n')).toMatchObject({ dialect: genericDialect, score: 0 });
    const mine = defineDialect({ name: 'mine', extends: genericDialect, detect: ['Sagsnummer {n}', 'Afgørelse'] });
    expect(detectDialect('Sagsnummer 4\n\nAfgørelse\n', [mine], genericDialect)).toMatchObject({ dialect: mine, score: 1 });
    expect(detectDialect('Sagsnummer 4\n', [mine], thistedDialect)).toMatchObject({ dialect: mine, score: 0.5 });
    expect(detectDialect('Intet\n', [mine], thistedDialect)).toMatchObject({ dialect: thistedDialect, score: 0 });
    expect(templateDialects.map((d) => d.name)).toEqual(['thisted', 'lemvig', 'lyngby-taarbaek', 'lejre']);
  });
});

describe('defineDialect', () => {
  it('extends a dialect: the fields given replace the parent’s, the rest is kept', () => {
    const mine = defineDialect({
      name: 'mine',
      extends: genericDialect,
      vocabulary: { itemOpeners: ['Sag {n}:'], sectionHeadings: [{ text: 'Afgørelse', kind: 'decision' }] },
    });
    expect(mine.vocabulary.headerLabels).toEqual(genericDialect.vocabulary.headerLabels);
    expect(mine.detect).toEqual(genericDialect.detect);
    const doc = parse('Sag 1: Vej\n\nAfgørelse\n\nGodkendt.\n', { dialect: mine }).document;
    expect(doc.items.map((i) => [i.number, i.title, i.sections[0]!.kind, i.decisions[0]?.outcome])).toEqual([[1, 'Vej', 'decision', 'approved']]);
    expect(Object.isFrozen(mine.vocabulary.itemOpeners)).toBe(true);
  });

  it('reads attendance and artifacts in a dialect’s own words', () => {
    const mine = defineDialect({
      name: 'mine',
      extends: genericDialect,
      vocabulary: {
        attendance: { absentLabels: ['Forfald'], absentPhrases: ['mødte ikke'], substitutePhrases: [], insteadPhrases: ['I stedet mødte'] },
        artifacts: [{ pattern: 'Nordby Kommune - side {n}', kind: 'pageNumber' }],
      },
    });
    const input = 'Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\nNordby Kommune - side 2\nForfald: Anna Holm (A)\n\nBo Berg (V) mødte ikke. I stedet mødte Carl Dahl (V).\n';
    const { document } = parse(input, { dialect: mine });
    expect(document.items[0]!.attendance.absent.map((p) => p.name)).toEqual(['Anna Holm', 'Bo Berg']);
    expect(document.items[0]!.attendance.substitutes).toMatchObject([{ name: 'Carl Dahl', for: 'Bo Berg' }]);
    expect(document.items[0]!.decisions[0]!.text).toBe('Godkendt.');
    expect(document.artifacts).toMatchObject([{ kind: 'pageNumber', text: 'Nordby Kommune - side 2' }]);
    // The generic words no longer apply.
    expect(parse('Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nFraværende: Anna Holm\n', { dialect: mine }).document.items[0]!.attendance.absent).toEqual([]);
  });

  describe('a members table in a dialect’s own words', () => {
    const nordby = defineDialect({
      name: 'nordby',
      extends: genericDialect,
      vocabulary: {
        attendance: {
          absentLabels: ['Forfald'],
          absentPhrases: ['mødte ikke'],
          substitutePhrases: ['mødte for'],
          insteadPhrases: [],
          memberHeadings: ['Medlemsliste', 'Byrådsmedlem'],
        },
      },
    });
    const meeting = (table: string) => `${table}\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n`;
    const read = (input: string, dialect = nordby) =>
      parse(meeting(input), { dialect }).document.participants.map((p) => [p.name, p.absent, p.substitute]);

    it.each([
      ['the first heading', 'Medlemsliste\tForfald'],
      ['the other heading, in capitals', 'BYRÅDSMEDLEM\tFORFALD'],
    ])('reads the rows under %s', (_, heading) => {
      expect(read(`${heading}\nKaren Bo (A)\tx\nJens Lund (V)\t\nPia Holm (C)\tX Per Ravn mødte for\n`)).toEqual([
        ['Karen Bo', true, null],
        ['Jens Lund', false, null],
        ['Pia Holm', true, 'Per Ravn'],
      ]);
    });

    it('leaves the generic words and a table with other headings alone', () => {
      expect(read('Medlemmer\tAfbud\nKaren Bo\tX\n')).toEqual([]);
      expect(read('Medlemsliste\tParti\nKaren Bo\tA\n')).toEqual([]);
      // The generic dialect reads its own words, not these.
      expect(read('Medlemsliste\tForfald\nKaren Bo\tx\n', genericDialect)).toEqual([]);
      expect(read('Medlemmer\tAfbud\nKaren Bo\tX\n', genericDialect)).toEqual([['Karen Bo', true, null]]);
    });

    it('recognises no members table when the dialect names no heading for it', () => {
      const bare = defineDialect({ name: 'bare', extends: genericDialect, vocabulary: { attendance: { ...genericDialect.vocabulary.attendance, memberHeadings: [] } } });
      expect(read('Medlemmer\tAfbud\nKaren Bo\tX\n', bare)).toEqual([]);
      const { memberHeadings: _, ...without } = genericDialect.vocabulary.attendance;
      const unnamed = defineDialect({ name: 'unnamed', extends: genericDialect, vocabulary: { attendance: without } });
      expect(read('Medlemmer\tAfbud\nKaren Bo\tX\n', unnamed)).toEqual([]);
    });
  });

  it.each([
    [{ name: 'x', extends: { name: 'fake' } }, 'extends'],
    [{ name: 'x', extends: genericDialect, vocabulary: { itemOpeners: ['Sag {nr}'] } }, 'vocabulary.itemOpeners.0'],
    [{ name: 'x', extends: genericDialect, detect: ['Punkt {x}'] }, 'detect.0'],
    [{ name: 'x', extends: genericDialect, markers: [] }, '(root)'],
    [{ name: '', extends: genericDialect }, 'name'],
    [{ name: 'x' }, 'vocabulary'],
  ])('names the field at fault: %j → %s', (definition, field) => {
    try {
      defineDialect(definition as never);
      expect.unreachable('defineDialect should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ReferatDialectError);
      expect((error as ReferatDialectError).field).toBe(field);
    }
  });
});

describe('item openers a dialect can set', () => {
  it.each([
    ['{n}.', '3. Budget 2026\n\nBeslutning\n\nGodkendt.\n\n4. Eventuelt\n'],
    ['Pkt. {n}', 'Pkt. 3 Budget 2026\n\nBeslutning\n\nGodkendt.\n\nPkt. 4 Eventuelt\n'],
    ['Nr. {n} -', 'Nr. 3 - Budget 2026\n\nBeslutning\n\nGodkendt.\n\nNr. 4 - Eventuelt\n'],
    ['Dagsordenspunkt {n}', 'Dagsordenspunkt 3 Budget 2026\n\nBeslutning\n\nGodkendt.\n\nDagsordenspunkt 4 Eventuelt\n'],
  ])('%s', (opener, input) => {
    const dialect = defineDialect({ name: 'x', extends: genericDialect, vocabulary: { itemOpeners: [opener] } });
    const { document } = parse(input, { dialect });
    expect(document.items.map((i) => [i.number, i.title])).toEqual([[3, 'Budget 2026'], [4, 'Eventuelt']]);
  });

  it('a number alone on its line, the title on the next', () => {
    const dialect = defineDialect({ name: 'x', extends: genericDialect, vocabulary: { itemOpeners: ['{n}'] } });
    const { document } = parse('3\nBudget 2026\n\nBeslutning\n\nGodkendt.\n\n4\nEventuelt\n', { dialect });
    expect(document.items.map((i) => [i.number, i.title])).toEqual([[3, 'Budget 2026'], [4, 'Eventuelt']]);
  });
});

describe('list bullets', () => {
  it('reads the bullets a dialect names, and only those', () => {
    const arrows = defineDialect({ name: 'arrows', extends: genericDialect, vocabulary: { listBullets: ['►', '○'] } });
    const input = 'Punkt 1: Sag\n\nSagsfremstilling\n\n► Skolerne\n○ Vejene\n- ikke en punktopstilling\n';
    const blocks = (dialect: Dialect) => parse(input, { dialect }).document.items[0]!.sections[0]!.blocks;
    expect(blocks(arrows)).toMatchObject([
      { type: 'list', ordered: false, items: [{ marker: '►', text: 'Skolerne' }, { marker: '○', text: 'Vejene' }] },
      { type: 'paragraph', text: '- ikke en punktopstilling' },
    ]);
    expect(blocks(genericDialect).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(() => defineDialect({ name: 'x', extends: genericDialect, vocabulary: { listBullets: ['->'] } })).toThrow(ReferatDialectError);
  });
});

describe('rule overrides', () => {
  // A layout whose PDF export indents running text with TABs: no TAB line is a table there.
  const noTables = defineDialect({
    name: 'no-tables',
    extends: genericDialect,
    parser: ((Base) =>
      class extends Base {
        override table = this.OVERRIDE_RULE('table', (): BlockNode => {
          const lines: IToken[] = [];
          this.AT_LEAST_ONE(() => lines.push(this.CONSUME(lineTokens.TableRow)));
          return { kind: 'paragraph', lines };
        });
      }) satisfies ParserExtension,
  });
  const input = 'Punkt 1: Sag\n\nSagsfremstilling\n\n\tForvaltningen har undersøgt sagen.\n\tDen anbefales.\n\nBeslutning\n\nGodkendt.\n';

  it('replaces one rule by name and keeps the rest of the grammar', () => {
    const blocks = (dialect: Dialect) => parse(input, { dialect }).document.items[0]!.sections.map((s) => s.blocks.map((b) => b.type));
    expect(blocks(genericDialect)).toEqual([['table'], ['paragraph']]);
    expect(blocks(noTables)).toEqual([['paragraph', 'paragraph'], ['paragraph']]);
    const { document } = parse(input, { dialect: noTables });
    expect(document.items[0]!.sections[0]!.blocks).toMatchObject([
      { type: 'paragraph', text: 'Forvaltningen har undersøgt sagen.' },
      { type: 'paragraph', text: 'Den anbefales.' },
    ]);
    expect(document.items[0]!.decisions[0]!.outcome).toBe('approved');
  });

  it('is inherited by a dialect that extends it, and checked at definition time', () => {
    const child = defineDialect({ name: 'child', extends: noTables, vocabulary: { itemOpeners: ['Sag {n}:'] } });
    expect(child.parser).toBe(noTables.parser);
    expect(() => defineDialect({ name: 'x', extends: genericDialect, parser: 'table' as never })).toThrow(ReferatDialectError);
  });
});
