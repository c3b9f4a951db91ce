import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
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
