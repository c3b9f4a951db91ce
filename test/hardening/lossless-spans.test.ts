import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, type Referat, ReferatDocumentError, parse, serialize } from 'referat';

/*
 * Issue 14, "Edits": an edit rewrites just that span and reads back as the new value. The audit
 * of the merged work found variants of the rows that still rewrote the wrong characters:
 * a TOC line with a bullet and no number lost its bullet, a TOC printed in columns (number, title
 * and page on lines of their own) had its number overwritten, an item title under label lines
 * (`Punktnummer: 1` / `Navn: …`) lost both labels, a list marker the marker pattern does not
 * know was deleted, a wrapped paragraph lost its line breaks, and an empty title over an empty
 * range ran into the next line (`NyResume`). The inputs are the corpus's real documents.
 */
const corpus = (name: string) => readFileSync(`test/fixtures/corpus/${name}`, 'utf8');
const RINGKOEBING = corpus('12_ringkoebing-skjern-erhvervs-klima-og-arbejdskraftudvalget-2025-10-27.txt');
const TOENDER = corpus('34_Toender-Kommunalbestyrelsen-2015-06-25.txt');
const BALLERUP = corpus('02_ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.txt');
const HVIDOVRE = corpus('17_hvidovre-oekonomiudvalget-2026-05-18.txt');
const LEJRE = corpus('10_lejre-oekonomiudvalget-2017-04-18.txt');
const STEVNS = corpus('15_stevns-arbejdsmarked-erhverv-kultur-og-turisme-2023-01-04.txt');

const blocksOf = (d: Referat): Block[] => [...d.preamble, ...d.items.flatMap((i) => i.sections.flatMap((s) => s.blocks))];

/** `input` with `from` replaced by `to` once, where it stands: what an edit must give. */
function replacedOnce(input: string, from: string, to: string): string {
  const at = input.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(input.indexOf(from, at + 1)).toBe(-1);
  return input.slice(0, at) + to + input.slice(at + from.length);
}

describe('a TOC title edit rewrites the title only', () => {
  it('keeps the bullet of an entry printed without a number', () => {
    const { document } = parse(RINGKOEBING);
    const entry = document.toc.find((e) => e.title === 'Energirådgivning til husejere med oliefyr')!;
    entry.title = 'Energirådgivning til boligejere';
    const out = serialize(document);
    expect(out).toBe(replacedOnce(RINGKOEBING, '\n- Energirådgivning til husejere med oliefyr\n', '\n- Energirådgivning til boligejere\n'));
    expect(parse(out).document.toc.map((e) => e.title)).toContain('Energirådgivning til boligejere');
  });

  it('writes on the title’s own line in a TOC printed in columns, keeping number and page', () => {
    const { document } = parse(TOENDER);
    const index = document.toc.findIndex((e) => e.title === 'Tønder Kulturhus - lyd, lys og sceneforhold');
    document.toc[index]!.title = 'Tønder Kulturhus - lyd og lys';
    const out = serialize(document);
    expect(out).toBe(replacedOnce(TOENDER, '\n2\nTønder Kulturhus - lyd, lys og sceneforhold\n5\n', '\n2\nTønder Kulturhus - lyd og lys\n5\n'));
    const again = parse(out).document.toc[index]!;
    expect([again.title, again.label, again.page]).toEqual(['Tønder Kulturhus - lyd og lys', '2', 5]);
  });

  it('writes an empty title in a TOC printed in columns after its number, not over it', () => {
    // Entry 9 with its title and page cut out: its number, then the next entry's.
    const input = replacedOnce(TOENDER, '\n9\nRømø-Tønder Turistforening - Evaluering af resultatmål for\n2014\n17\n10\n', '\n9\n10\n');
    const { document } = parse(input);
    const entry = document.toc.find((e) => e.title === '' && e.label === '9')!;
    entry.title = 'Ny';
    const out = serialize(document);
    expect(out).toBe(replacedOnce(input, '\n9\n10\n', '\n9 Ny\n10\n'));
    expect(parse(out).document.toc.find((e) => e.label === '9')).toMatchObject({ title: 'Ny', page: null });
  });

  it('adds to a title joined from several lines at its end, once', () => {
    const { document } = parse(BALLERUP);
    const entry = document.toc.find((e) => e.title.startsWith('Evaluering af rygestopkurser'))!;
    const before = entry.title;
    entry.title = `${before} ny`;
    const out = serialize(document);
    expect(out).toBe(
      replacedOnce(BALLERUP, '8. Evaluering af rygestopkurser 14\nLukket referat\nSundheds- og Forebyggelsesudvalget\n', '8. Evaluering af rygestopkurser 14\nLukket referat\nSundheds- og Forebyggelsesudvalget ny\n'),
    );
    expect(parse(out).document.toc.map((e) => e.title)).toContain(`${before} ny`);
  });
});

describe('other fields keep what is printed around the value', () => {
  it('an item title under label lines keeps both labels', () => {
    const { document } = parse(HVIDOVRE);
    expect(document.items[0]!.title).toBe('Godkendelse af dagsorden');
    document.items[0]!.title = 'Godkendelse af den nye dagsorden';
    const out = serialize(document);
    expect(out).toBe(replacedOnce(HVIDOVRE, 'Punktnummer: 1\nNavn: Godkendelse af dagsorden\n', 'Punktnummer: 1\nNavn: Godkendelse af den nye dagsorden\n'));
    expect(parse(out).document.items[0]!.title).toBe('Godkendelse af den nye dagsorden');
  });

  it('a list item keeps a marker the marker pattern does not know (`3` on a flattened page)', () => {
    const { document } = parse(LEJRE);
    const list = blocksOf(document).find((b) => b.type === 'list' && b.items.some((i) => i.text === 'Side 1'));
    if (list?.type !== 'list') throw new Error('no list with the item `Side 1`');
    const item = list.items.find((i) => i.text === 'Side 1')!;
    expect(item.marker).toBe('3');
    item.text = 'Side 2';
    expect(serialize(document)).toBe(replacedOnce(LEJRE, '\n\n3 Side 1 1. ØU - Godkendelse', '\n\n3 Side 2 1. ØU - Godkendelse'));
  });

  it('a wrapped paragraph keeps its line breaks where its words did not change', () => {
    const { document } = parse(BALLERUP);
    const paragraph = blocksOf(document).find((b) => b.type === 'paragraph' && b.text.startsWith('Det årlige bygningssyn'));
    if (paragraph?.type !== 'paragraph') throw new Error('no paragraph');
    expect(paragraph.text).toBe('Det årlige bygningssyn er nu afsluttet, og der er foretaget en prioritering af aktiviteter for bygningsvedligeholdelse 2013.');
    paragraph.text = paragraph.text.replace('en prioritering', 'en ny prioritering');
    const out = serialize(document);
    expect(out).toBe(replacedOnce(BALLERUP, 'foretaget en prioritering af \naktiviteter for bygningsvedligeholdelse 2013.', 'foretaget en ny prioritering af \naktiviteter for bygningsvedligeholdelse 2013.'));
    const again = blocksOf(parse(out).document).find((b) => b.type === 'paragraph' && b.text.startsWith('Det årlige bygningssyn'));
    expect(again?.type === 'paragraph' && again.text).toBe(paragraph.text);
  });

  it('a wrapped paragraph, hyphenated word and Markdown emphasis: only the changed word is written', () => {
    const input = 'Punkt 1: A\n\nBudgettet for udvalget er med denne sag blevet ændret, og der er lavet en budget-\nopfølgning på **alle** områder i hele kommunen.\n';
    const { document } = parse(input, { format: 'markdown' });
    const paragraph = document.items[0]!.sections[0]!.blocks[0]!;
    if (paragraph.type !== 'paragraph') throw new Error('no paragraph');
    expect(paragraph.text).toBe('Budgettet for udvalget er med denne sag blevet ændret, og der er lavet en budgetopfølgning på alle områder i hele kommunen.');
    paragraph.text = paragraph.text.replace('hele kommunen', 'hele regionen');
    const out = serialize(document);
    expect(out).toBe(input.replace('hele kommunen', 'hele regionen'));
    const again = parse(out, { format: 'markdown' }).document.items[0]!.sections[0]!.blocks[0]!;
    expect(again.type === 'paragraph' && again.text).toBe(paragraph.text);
  });

  it('refuses a title over an empty range (an item layout inference opened) instead of gluing it to the next line', () => {
    const { document } = parse(STEVNS);
    const index = document.items.findIndex((i) => i.title === '' && i.headingRange.start.offset === i.headingRange.end.offset);
    expect(index).toBeGreaterThanOrEqual(0);
    document.items[index]!.title = 'Ny';
    expect(() => serialize(document)).toThrow(ReferatDocumentError);
    expect(() => serialize(document)).toThrow(new RegExp(`items\\[${index}\\]\\.title: the field has no span`));
  });
});

describe('the issue’s TOC row, as written there', () => {
  it('editing a TOC title keeps `1. ` (and the page that the title holds)', () => {
    const input = 'Indholdsfortegnelse\n1. Meddelelser 3\n2. Budget 4\n';
    const { document } = parse(input);
    expect(document.toc.map((e) => [e.label, e.title])).toEqual([['1', 'Meddelelser 3'], ['2', 'Budget 4']]);
    document.toc[0]!.title = 'Nyt 3';
    const out = serialize(document);
    expect(out).toBe('Indholdsfortegnelse\n1. Nyt 3\n2. Budget 4\n');
    expect(parse(out).document.toc.map((e) => [e.label, e.title])).toEqual([['1', 'Nyt 3'], ['2', 'Budget 4']]);
  });
});
