import type { DialectLookups } from '../builder/context.js';
import type { Block } from '../model/blocks.js';
import type { Referat } from '../model/document.js';

/**
 * What a parsed document remembers of its source, kept in a side map so that it stays out of
 * the document's JSON (yaml keeps its CST beside the Document in the same spirit): the input
 * itself, how it was read, and the value each editable field had when parsed. The values are
 * the very strings the tree holds, so remembering them costs one reference each, no copy.
 */
export interface Source {
  input: string;
  markdown: boolean;
  lookups: DialectLookups;
  /** Flat triples: node, field name, value at parse time. */
  snapshot: unknown[];
}

const sources = new WeakMap<Referat, Source>();

/**
 * Remembers a parsed document's source and the values of its editable fields: header field
 * values, TOC entry titles, item titles, case numbers, section headings, and the text of
 * paragraphs, headings, list items and table cells (see `docs/serialize.md`).
 */
export function rememberSource(
  document: Referat,
  input: string,
  markdown: boolean,
  lookups: DialectLookups,
): void {
  const snapshot: unknown[] = [];
  const keep = (node: object, field: string, value: string | null) => {
    if (value !== null) snapshot.push(node, field, value);
  };
  // The tree's shape is known, so it is walked directly rather than by reflection.
  for (const h of document.header) keep(h, 'value', h.value);
  for (const e of document.toc) keep(e, 'title', e.title);
  const blocks = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'paragraph' || b.type === 'heading') keep(b, 'text', b.text);
      else if (b.type === 'list') for (const it of b.items) keep(it, 'text', it.text);
      else for (const row of [...b.header, ...b.rows]) for (const c of row.cells) keep(c, 'text', c.text);
    }
  };
  blocks(document.preamble);
  for (const item of document.items) {
    keep(item, 'title', item.title);
    if (item.caseNumber) keep(item.caseNumber, 'raw', item.caseNumber.raw);
    for (const s of item.sections) {
      keep(s, 'heading', s.heading);
      blocks(s.blocks);
    }
  }
  sources.set(document, { input, markdown, lookups, snapshot });
}

/** The source a document was parsed from, or undefined for a document built in code. */
export function sourceOf(document: Referat): Source | undefined {
  return sources.get(document);
}
