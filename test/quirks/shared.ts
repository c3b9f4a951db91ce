import { type Block, type ParseOptions, type Referat, type Section, parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

/** Parses and checks the invariants at once. */
export function run(input: string, options?: ParseOptions) {
  const result = parse(input, options);
  expectInvariants(input, result, options);
  return result;
}

/** A block as a compact value: `p:text`, `h:text`, a list's markers and texts, a table's cells. */
export function show(b: Block): unknown {
  switch (b.type) {
    case 'paragraph':
      return `p:${b.text}`;
    case 'heading':
      return `h:${b.text}`;
    case 'list':
      return { ordered: b.ordered, items: b.items.map((i) => [i.marker, i.text]) };
    case 'table':
      // Title and header rows first, as printed; dash lines are left out.
      return [
        ...(b.title === null ? [] : [[b.title]]),
        ...[...b.header, ...b.rows].map((r) => r.cells.map((c) => c.text)),
      ];
  }
}

/** The sections of one item as `[heading, kind, blocks]`. */
export const sections = (input: string, item = 0, options?: ParseOptions) =>
  run(input, options).document.items[item]!.sections.map((s: Section) => [s.heading, s.kind, s.blocks.map(show)]);

/** Every item's sections as `[heading, kind, block texts]` (paragraph text, else the block type). */
export const blockTexts = (doc: Referat) =>
  doc.items.map((it) =>
    it.sections.map((s) => [s.heading, s.kind, s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))]),
  );

/** Diagnostics without the `dialect-detected` note every parse without a dialect carries. */
export function withoutDetection<T extends { code: string }>(diagnostics: T[]): T[] {
  return diagnostics.filter((d) => d.code !== 'dialect-detected');
}
