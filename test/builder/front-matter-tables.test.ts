import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, parse } from 'referat';

// Tables before the first item are finished as an item's are: block parts in a row go through
// one pass, so a table split by a blank line (a page break in the export) is one table again.
describe('tables before the first item', () => {
  const head = 'Referat\nMødedato: 1. maj 2025\n\n';
  const item = '\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n';

  it('reads a members table split by a blank line as one, with every absence', () => {
    const table = 'Medlemmer\tFraværende\nAnne Holm (A)\t\nBo Krogh (V)\tX\n\nCarl Lund (C)\tX\nDitte Mose (O)\t\n';
    const { document } = parse(head + table + item);
    expect(document.participants.map((p) => [p.name, p.absent])).toEqual([
      ['Anne Holm', false],
      ['Bo Krogh', true],
      ['Carl Lund', true],
      ['Ditte Mose', false],
    ]);
    const tables = document.preamble.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
  });

  it('joins a lower-case tail line right under a table to its cell, as in an item', () => {
    const table = 'Navn\tBeløb\nTilskud\t3 kr.\n til foreninger.\n';
    const cells = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.type));
    const inItem = parse(`Punkt 1: A\n\n${table}`).document.items[0]!.sections[0]!.blocks;
    const before = parse(head + table + item).document.preamble;
    expect(cells(before)).toEqual(cells(inItem));
    expect(cells(before)).toEqual([[['Tilskud til foreninger.', '3 kr.']]]);
    // After a blank line it is text of its own, and so is the text after a tail.
    const apart = parse(`${head}${'Navn\tBeløb\nTilskud\t3 kr.\n\nefter tabellen.\n'}${item}`).document.preamble;
    expect(cells(apart)).toEqual([[['Tilskud', '3 kr.']], 'paragraph']);
    const more = parse(`${head}${table}\nMødet sluttede kl. 17.\n${item}`).document.preamble;
    expect(cells(more)).toEqual([[['Tilskud til foreninger.', '3 kr.']], 'paragraph']);
  });

  it('takes no other text into the pass of the blocks before it', () => {
    // Only a table's tail joins that pass. A list of members' names, one per paragraph, ends
    // here with a name before a long sentence (`Derudover deltog: …`): in one pass, the name
    // would read as the sentence's heading.
    const text = readFileSync('test/fixtures/corpus/08_lyngby-taarbaek-kommunalbestyrelsen-2017-12-21.txt', 'utf8');
    const name = parse(text).document.preamble.find((b) => 'text' in b && b.text === 'Søren P. Rasmussen');
    expect(name?.type).toBe('paragraph');
  });

  it('keeps tables with other columns apart, and text between tables between them', () => {
    const twoTables = 'Medlemmer\tFraværende\nAnne Holm (A)\t\n\nKonto\tBeløb\tNote\nDrift\t3\tx\n';
    expect(parse(head + twoTables + item).document.preamble.filter((b) => b.type === 'table')).toHaveLength(2);
    const withText = 'Medlemmer\tFraværende\nAnne Holm (A)\t\n\nMødet blev holdt online.\n\nBo Krogh (V)\tX\n';
    expect(parse(head + withText + item).document.preamble.map((b) => b.type)).toEqual(['table', 'paragraph', 'table']);
  });
});
