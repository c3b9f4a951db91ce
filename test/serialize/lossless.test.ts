import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Referat, ReferatOptionsError, ReferatSchema, parse, serialize } from 'referat';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).sort();
const read = (f: string) => readFileSync(new URL(f, seedDir), 'utf8');

describe('serialize, lossless', () => {
  it.each(seeds)('gives back %s byte for byte', (file) => {
    const input = read(file);
    expect(serialize(parse(input).document)).toBe(input);
  });

  it.each([
    ['empty', ''],
    ['CRLF', 'REFERAT X d. 01-02-2024\r\n\r\nPunkt 1: A\r\n'],
    ['lone CR', 'Punkt 1: A\rBeslutning\rGodkendt.'],
    ['BOM and NBSP', '\ufeffREFERAT\u00a0X\n\nMødested\u00a0Rådhuset \n'],
    ['junk', '\u0000\u0001\ud800\ufffd\t\t\n\n\f'],
  ])('gives back %s input byte for byte', (_, input) => {
    expect(serialize(parse(input).document)).toBe(input);
  });

  it('writes JSON that parses back to the same tree', () => {
    const { document } = parse(read(seeds[0]!));
    expect(JSON.parse(serialize(document, { format: 'json' }))).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('keeps its source out of the document: no extra properties, enumerable or not', () => {
    const { document } = parse(read(seeds[0]!));
    expect(Object.getOwnPropertyNames(document).sort()).toEqual(Object.keys(ReferatSchema.shape).sort());
    expect(Object.getOwnPropertySymbols(document)).toEqual([]);
  });
});

/** Edits one field, serializes, and checks only that field's text changed in the output. */
function expectEdit(file: string, edit: (d: Referat) => void, check: (d: Referat) => void, before: string, after: string) {
  const input = read(file);
  const { document } = parse(input);
  edit(document);
  const out = serialize(document);
  expect(out).not.toBe(input);
  expect(out.replace(after, before)).toBe(input);
  check(parse(out).document);
}

describe('serialize, edits survive', () => {
  const f000 = seeds[0]!;
  const f004 = seeds[4]!;

  it('item.title', () => {
    expectEdit(
      f000,
      (d) => (d.items[5]!.title = 'KLAP-job'),
      (d) => expect(d.items[5]!.title).toBe('KLAP-job'),
      'Punkt 6: KLAPjob',
      'Punkt 6: KLAP-job',
    );
  });

  it('item.title in Markdown keeps the markers around it', () => {
    expectEdit(
      f004,
      (d) => (d.items[0]!.title = 'JAI - Dagsorden'),
      (d) => expect(d.items[0]!.title).toBe('JAI - Dagsorden'),
      '## **Punkt 1: JAI - Godkendelse af dagsorden**',
      '## **Punkt 1: JAI - Dagsorden**',
    );
  });

  it('caseNumber.raw', () => {
    expectEdit(
      f000,
      (d) => (d.items[2]!.caseNumber!.raw = '00.30.00-P10-3-25'),
      (d) => expect(d.items[2]!.caseNumber!.raw).toBe('00.30.00-P10-3-25'),
      '00.30.00-P10-2-25',
      '00.30.00-P10-3-25',
    );
  });

  it('section.heading', () => {
    expectEdit(
      f004,
      (d) => (d.items[1]!.sections[1]!.heading = 'Sagsfremstilling'),
      (d) => expect(d.items[1]!.sections[1]!.heading).toBe('Sagsfremstilling'),
      '### Resumé',
      '### Sagsfremstilling',
    );
  });

  it('paragraph.text (a decision)', () => {
    expectEdit(
      f000,
      (d) => {
        const decision = d.items[3]!.sections.find((s) => s.heading === 'Beslutning')!;
        const p = decision.blocks[0]!;
        if (p.type === 'paragraph') p.text = 'Godkendt.';
      },
      (d) => expect(d.items[3]!.sections.find((s) => s.heading === 'Beslutning')!.blocks[0]).toMatchObject({ text: 'Godkendt.' }),
      'Beslutning\n\nTaget til efterretning.\n\nPunkt 5',
      'Beslutning\n\nGodkendt.\n\nPunkt 5',
    );
  });

  it('heading.text', () => {
    expectEdit(
      f000,
      (d) => {
        const h = d.items[2]!.sections[1]!.blocks.find((b) => b.type === 'heading')!;
        if (h.type === 'heading') h.text = 'Handicap og socialpsykiatri';
      },
      (d) => expect(d.items[2]!.sections[1]!.blocks.find((b) => b.type === 'heading')).toMatchObject({ text: 'Handicap og socialpsykiatri' }),
      '\n\nHandicap og Socialpsykiatri\n\nKommunalbestyrelsen',
      '\n\nHandicap og socialpsykiatri\n\nKommunalbestyrelsen',
    );
  });

  it('listItem.text', () => {
    expectEdit(
      f000,
      (d) => {
        const l = d.items[0]!.sections[0]!.blocks[0]!;
        if (l.type === 'list') l.items[1]!.text = 'Godkendelse af referat.';
      },
      (d) => expect(d.items[0]!.sections[0]!.blocks[0]).toMatchObject({ items: [{}, { marker: '2.', text: 'Godkendelse af referat.' }] }),
      '2. Godkendelse af referat fra sidste møde.',
      '2. Godkendelse af referat.',
    );
  });

  it('tableCell.text', () => {
    expectEdit(
      f000,
      (d) => {
        const t = d.items[0]!.sections[0]!.blocks[1]!;
        if (t.type === 'table') t.rows[7]!.cells[1]!.text = 'X';
      },
      (d) => {
        const t = d.items[0]!.sections[0]!.blocks[1]!;
        expect(t.type === 'table' && t.rows[7]!.cells.map((c) => c.text)).toEqual(['Nina Overgaard Nielsen', 'X']);
      },
      'Nina Overgaard Nielsen\tX Ole Sylvester deltog som suppleant',
      'Nina Overgaard Nielsen\tX',
    );
  });

  it('headerField.value', () => {
    expectEdit(
      f000,
      (d) => (d.header.find((h) => h.key === 'location')!.value = 'Byrådssalen'),
      (d) => expect(d.location).toBe('Byrådssalen'),
      'Mødested Mødelokale 4',
      'Mødested Byrådssalen',
    );
  });

  it('tocEntry.title', () => {
    expectEdit(
      f000,
      (d) => (d.toc[5]!.title = 'KLAP-job'),
      (d) => expect(d.toc[5]!.title).toBe('KLAP-job'),
      'KLAPjob.....\t14',
      'KLAP-job.....\t14',
    );
  });
});

describe('serialize, options', () => {
  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ mode: 'exact' }, 'mode'],
    [{ fromat: 'text' }, 'fromat'],
  ])('throws ReferatOptionsError naming the option for %j', (options, option) => {
    const { document } = parse('Punkt 1: A\n');
    expect(() => serialize(document, options as never)).toThrow(ReferatOptionsError);
    expect(() => serialize(document, options as never)).toThrow(option);
  });

  it('throws ReferatOptionsError for something that is not a document', () => {
    expect(() => serialize({} as never)).toThrow(ReferatOptionsError);
  });
});
