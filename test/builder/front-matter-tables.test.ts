import { describe, expect, it } from 'vitest';
import { parse } from 'referat';

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

  it('keeps tables with other columns apart, and text between tables between them', () => {
    const twoTables = 'Medlemmer\tFraværende\nAnne Holm (A)\t\n\nKonto\tBeløb\tNote\nDrift\t3\tx\n';
    expect(parse(head + twoTables + item).document.preamble.filter((b) => b.type === 'table')).toHaveLength(2);
    const withText = 'Medlemmer\tFraværende\nAnne Holm (A)\t\n\nMødet blev holdt online.\n\nBo Krogh (V)\tX\n';
    expect(parse(head + withText + item).document.preamble.map((b) => b.type)).toEqual(['table', 'paragraph', 'table']);
  });
});
