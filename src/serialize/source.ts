import type { CellTails, DialectLookups } from '../builder/context.js';
import type { Referat } from '../model/document.js';
import { walkFields } from './editable.js';

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
  /** The tail lines joined to table cells, which an edit of the cell rewrites too. */
  cellTails: CellTails;
  /** Flat triples: node, field name, value at parse time. */
  snapshot: unknown[];
  /** The same for the printed fields lossless mode does not write (see `walkPrinted`). */
  printed: unknown[];
}

const sources = new WeakMap<Referat, Source>();

/**
 * Remembers a parsed document's source and the values of its editable fields (see
 * `walkEditable` and `docs/serialize.md`). A null value (no section heading) is remembered
 * too: setting it is an edit lossless mode refuses.
 */
export function rememberSource(document: Referat, read: Omit<Source, 'snapshot' | 'printed'>): void {
  // Arrays sized once for the fields known without a walk (table cells bounded by the TABs),
  // grown only for the others (list items): grown by `push` from empty, an array of a document
  // of short lines was copied at every growth, which took longer than the walk. One walk for
  // both: it is bound by reading each block from memory.
  const snapshot = new Array<unknown>(3 * (leastEditable(document) + 2 * tabCount(read.input)));
  const printed = new Array<unknown>(3 * (document.header.length + 2 * document.toc.length + 2 * document.items.length));
  let e = 0;
  let p = 0;
  walkFields(
    document,
    (node, field) => {
      snapshot[e++] = node;
      snapshot[e++] = field;
      snapshot[e++] = (node as Record<string, unknown>)[field];
    },
    (node, field) => {
      printed[p++] = node;
      printed[p++] = field;
      printed[p++] = (node as Record<string, unknown>)[field];
    },
  );
  // Sized from a least number and the TABs: what is not used is cut off.
  snapshot.length = e;
  printed.length = p;
  sources.set(document, { ...read, snapshot, printed });
}

/**
 * How many editable fields `document` has at least (see `walkEditable`), counted from array
 * lengths alone: one per header field, TOC entry, item title, case number, section heading and
 * block (a paragraph's or heading's text, a table's title, a list's first item).
 */
function leastEditable(document: Referat): number {
  let n = document.header.length + document.toc.length + document.preamble.length;
  for (const item of document.items) {
    n += item.caseNumber ? 2 : 1;
    for (const s of item.sections) n += 1 + s.blocks.length;
  }
  return n;
}

/**
 * How many TABs `input` holds: a table row has a cell more than TABs, and a row at least one
 * TAB, so twice as many cells at most as TABs. The walk's table cells counted without a walk
 * over the tables' rows (most of them long out of the cache by now); a TAB outside a table only
 * leaves slots unused, cut off after the walk.
 */
function tabCount(input: string): number {
  let n = 0;
  for (let i = input.indexOf('\t'); i >= 0; i = input.indexOf('\t', i + 1)) n++;
  return n;
}

/** The source a document was parsed from, or undefined for a document built in code. */
export function sourceOf(document: Referat): Source | undefined {
  return sources.get(document);
}
