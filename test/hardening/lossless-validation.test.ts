import { describe, expect, it } from 'vitest';
import { type Referat, ReferatDocumentError, parse, serialize } from 'referat';

/*
 * Issue 14: "Non-string values … ignored in lossless mode … no error anywhere. Validate the edited
 * document." The merged work checked the fields lossless mode writes; a value of the wrong type
 * anywhere else (`items[0].number = 'x'`), and a change to a printed field lossless mode does not
 * write (an item number, a TOC page, a list marker), were still dropped without a word.
 */
const input = 'Indholdsfortegnelse\n1. Budget.....3\n\nPunkt 1: Budget\n\nSagsnr.: 12-345\n\nBeslutning\n\n- Godkendt.\n- Sendt videre.\n';

function edited(edit: (d: Referat) => void): () => string {
  const { document } = parse(input);
  edit(document);
  return () => serialize(document);
}

describe('lossless mode refuses a change it does not write, naming the field', () => {
  it('reads the fields the cases below change', () => {
    const { document } = parse(input);
    const item = document.items.find((i) => i.title === 'Budget')!;
    expect(item.number).toBe(1);
    expect(document.toc[0]).toMatchObject({ title: 'Budget', page: 3, label: '1' });
    const list = item.sections.flatMap((s) => s.blocks).find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map((i) => i.marker)).toEqual(['-', '-']);
  });

  const last = (d: Referat) => d.items[d.items.length - 1]!;
  const listOf = (d: Referat) => {
    const list = last(d).sections.flatMap((s) => s.blocks).find((b) => b.type === 'list');
    if (list?.type !== 'list') throw new Error('no list');
    return list;
  };
  it.each([
    ['an item number', (d: Referat) => (last(d).number = 7), /items\[\d\]\.number: lossless mode does not write number/],
    ['an item label', (d: Referat) => (last(d).label = '7a'), /items\[\d\]\.label: lossless mode does not write label/],
    ['a TOC page', (d: Referat) => (d.toc[0]!.page = 9), /toc\[0\]\.page: lossless mode does not write page/],
    ['a TOC label', (d: Referat) => (d.toc[0]!.label = '2'), /toc\[0\]\.label: lossless mode does not write label/],
    ['a list marker', (d: Referat) => (listOf(d).items[0]!.marker = '*'), /blocks\[\d\]\.items\[0\]\.marker: lossless mode does not write marker/],
    ['a header label', (d: Referat) => (d.header[0]!.label = 'Indhold'), /header\[0\]\.label: lossless mode does not write label/],
  ])('%s', (_, edit, message) => {
    const write = edited(edit);
    expect(write).toThrow(ReferatDocumentError);
    expect(write).toThrow(message);
    expect(write).toThrow(/mode: "canonical"/);
  });

  it('a value of the wrong type in a field lossless mode does not write is a schema error', () => {
    const write = edited((d) => ((d.items[0]!.decisions as unknown) = null));
    expect(write).toThrow(ReferatDocumentError);
    expect(write).toThrow(/at items\[0\]\.decisions: Invalid input: expected array, received null/);
    const range = edited((d) => ((d.items[0]!.range as unknown) = 42));
    expect(range).toThrow(/at items\[0\]\.range:/);
  });

  it('still writes an edit it does write, and an unedited document byte for byte', () => {
    expect(edited(() => {})()).toBe(input);
    const out = edited((d) => (listOf(d).items[1]!.text = 'Sendt til byrådet.'))();
    expect(out).toBe(input.replace('- Sendt videre.', '- Sendt til byrådet.'));
    // The same changes in canonical mode are written.
    const { document } = parse(input);
    last(document).number = 7;
    expect(serialize(document, { mode: 'canonical' })).toContain('Punkt 7: Budget');
  });
});
