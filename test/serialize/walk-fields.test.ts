import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// parse from the sources, as the walks and the source record: under `npm run test:dist`, `referat`
// is the build, whose records `sourceOf` here could not see.
import { parse } from '../../src/api.js';
import { walkEditable, walkFields, walkPrinted } from '../../src/serialize/editable.js';
import { sourceOf } from '../../src/serialize/source.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const inputs = [
  ...readdirSync(seedDir)
    .sort()
    .slice(0, 12)
    .map((f) => readFileSync(new URL(f, seedDir), 'utf8')),
  'A\n'.repeat(50),
  '- a\n- b\n\n1. c\n2. d\n',
  'Punkt 1: A\n\nNavn\tBeløb\nAnne\t3 kr.\n til uddannelseshjælp.\n',
];

/** The triples (node, field, value) a walk visits. */
function triples(walk: (visit: (node: object, field: string) => void) => void): unknown[] {
  const out: unknown[] = [];
  walk((node, field) => out.push(node, field, (node as Record<string, unknown>)[field]));
  return out;
}

describe('walkFields and rememberSource', () => {
  it('visits the editable and the printed fields of a document in document order', () => {
    // Written out (the order the two separate walks had before walkFields replaced them), so
    // that a change of order or a field left out shows here.
    const text = 'REFERAT Udvalget\n\nMødedato: 1. maj 2025\n\nPunkt 1: Budget\n\nSagsnr.: 12-345\n\nBeslutning\n\nGodkendt.\n\n- a\n- b\n\nNavn\tBeløb\nAnne\t3 kr.\n';
    const { document } = parse(text);
    const seen = { editable: [] as string[], printed: [] as string[] };
    walkFields(
      document,
      (node, field) => seen.editable.push(`${(node as { type: string }).type}.${field}`),
      (node, field) => seen.printed.push(`${(node as { type: string }).type}.${field}`),
    );
    expect(seen.editable.join(' ')).toBe(
      'headerField.value headerField.value item.title caseNumber.raw section.heading paragraph.text listItem.text listItem.text table.title tableCell.text tableCell.text tableCell.text tableCell.text',
    );
    expect(seen.printed.join(' ')).toBe('headerField.label headerField.label item.number item.label listItem.marker listItem.marker');
  });

  it.each(inputs.map((text, i) => [i, text] as const))('input %i: one walk visits what the two walks visit, and the source records it', (_, text) => {
    const { document } = parse(text);
    const editable = triples((visit) => walkEditable(document, visit));
    const printed = triples((visit) => walkPrinted(document, visit));
    const both = { editable: [] as unknown[], printed: [] as unknown[] };
    walkFields(
      document,
      (node, field) => both.editable.push(node, field, (node as Record<string, unknown>)[field]),
      (node, field) => both.printed.push(node, field, (node as Record<string, unknown>)[field]),
    );
    expect(both.editable).toEqual(editable);
    expect(both.printed).toEqual(printed);
    const source = sourceOf(document)!;
    expect(source.snapshot).toHaveLength(editable.length);
    expect(source.printed).toHaveLength(printed.length);
    editable.forEach((v, k) => expect(source.snapshot[k]).toBe(v));
    printed.forEach((v, k) => expect(source.printed[k]).toBe(v));
  });
});
