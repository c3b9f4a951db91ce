import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseOptions, parse } from 'referat';
import { checkInvariants } from '../helpers/invariants.js';

/** Issue 14: inputs that broke "ordered ranges" and "nothing lost", with variants of their kind. */
const inputs: [string, string, ParseOptions?][] = [
  ['members table with a dot row', 'Medlemmer\tAfbud\n.\t\ndeltagere A'],
  ['members table, two dot rows', 'Medlemmer\tAfbud\n.\t\n.\t\ndeltagere A, B'],
  ['TOC: a capitalised line between two lower-case ones', 'Indholdsfortegnelse\nt\nS\nt'],
  ['TOC: alternating lines', 'Indholdsfortegnelse\nt\nS\nt\nU\nu og mere\n'],
  ['TOC: entries between text', 'Indholdsfortegnelse\nog noget\n1. Meddelelser 3\nog mere tekst\n\nPunkt 1: Meddelelser\n'],
  ['Markdown: NBSP-only heading', '# \u00a0\n# A', { format: 'markdown' }],
  ['Markdown: NBSP before the text', '# \u00a0A', { format: 'markdown' }],
  ['Markdown: BOM-only heading', '## \ufeff\n\ntekst', { format: 'markdown' }],
  ['Markdown: form feed before text', '### \fA\n', { format: 'markdown' }],
  ['TOC: a year where the number goes', 'Indholdsfortegnelse\n2013 godkendes.\nPunkt 0:\n'],
  ['TOC: a number no item has', 'Indholdsfortegnelse\n7. Budget 3\n\nPunkt 1: Budget\n'],
  ['case number above the title', '00.01.00-G01-24-17\n\n342. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n00.01.00-G01-25-17\n\n343. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n'],
  ['case label, blank line, number', '1. Sag\n\nSagsnr:\n\n07/5773\n\nBeslutning\n\nGodkendt.\n\n2. Anden sag\n\nSagsnr:\n\n07/5774\n\nBeslutning\n\nGodkendt.\n'],
];

describe('ranges in order, no overlap, nothing lost', () => {
  it.each(inputs)('%s', (_, input, options) => {
    expect(() => checkInvariants(input, parse(input, options), options)).not.toThrow();
  });

  it('keeps the lines of a TOC heading’s text in order, each in its own paragraph', () => {
    const { document } = parse('Indholdsfortegnelse\nt\nS\nt');
    expect(document.preamble.map((b) => [b.type === 'paragraph' && b.text, b.range.start.offset])).toEqual([
      ['t', 20],
      ['S', 22],
      ['t', 24],
    ]);
  });

  it('keeps a printed number that names no item in the TOC title, and links no item by it', () => {
    const { document } = parse('Indholdsfortegnelse\n2013 godkendes.\nPunkt 0:\n');
    expect(document.toc).toMatchObject([{ title: '2013 godkendes.', label: null, itemNumber: null }]);
    // An item number no item in the document has (an excerpt): a label, linking nothing.
    const other = parse('Indholdsfortegnelse\n7. Budget.....3\n\nPunkt 1: Regnskab\n').document;
    expect(other.toc).toMatchObject([{ title: 'Budget', label: '7', itemNumber: null }]);
    // A number that breaks the TOC's numbering is the title's.
    const year = parse('Indholdsfortegnelse\n1. Regnskab.....3\n2025 budget.....4\n\nPunkt 1: Regnskab\n').document;
    expect(year.toc).toMatchObject([{ title: 'Regnskab', label: '1', itemNumber: 1 }, { title: '2025 budget', label: null, itemNumber: null }]);
  });

  it('starts a Markdown line’s range at its #, through any NBSP after the marker', () => {
    const { document } = parse('# \u00a0A', { format: 'markdown' });
    expect(document.preamble[0]!.range.start.offset).toBe(0);
    const blank = parse('# \u00a0\n# A', { format: 'markdown' }).document;
    expect(blank.preamble.map((b) => b.range.start.offset)).toEqual([0, 4]);
  });

  it('gives a case number printed above the title its own range, apart from the title’s', () => {
    const { document } = parse(inputs[11]![1]);
    const [item] = document.items;
    expect(item!.title).toBe('Godkendelse af dagsorden');
    expect(item!.caseNumber!.range.end.offset).toBeLessThanOrEqual(item!.headingRange!.start.offset);
    expect(item!.range.start.offset).toBe(0);
  });

  it('reads a case number under its label across a blank line, once', () => {
    const { document } = parse(inputs[12]![1]);
    expect(document.items.map((i) => i.caseNumber?.raw)).toEqual(['07/5773', '07/5774']);
    expect(JSON.stringify(document.items[0]!.sections)).not.toContain('07/5773');
  });

  it('holds for the seeds and the corpus', () => {
    const dirs = ['seeds', 'test/fixtures/corpus'];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        expect(() => checkInvariants(text, parse(text)), `${dir}/${f}`).not.toThrow();
      }
    }
  });
});

describe('the invariant checker', () => {
  const text = 'Punkt 1: A\n\nEt.\n\nTo.\n';
  it('catches overlapping siblings', () => {
    const result = parse(text);
    const blocks = result.document.items[0]!.sections[0]!.blocks;
    expect(blocks).toHaveLength(2);
    blocks[0]!.range = { ...blocks[0]!.range, end: blocks[1]!.range.end };
    expect(() => checkInvariants(text, result)).toThrow(/overlaps/);
  });

  it('catches a text node inside another', () => {
    const result = parse(text);
    const [item] = result.document.items;
    const [first, second] = item!.sections[0]!.blocks;
    // Nest the second paragraph in the first, in a section of its own so siblings stay apart.
    first!.range = { ...first!.range, end: second!.range.end };
    item!.sections.push({ ...item!.sections[0]!, blocks: [second!], range: second!.range });
    item!.sections[0]!.blocks = [first!];
    expect(() => checkInvariants(text, result)).toThrow(/overlap/);
  });
});
