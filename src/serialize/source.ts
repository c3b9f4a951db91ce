import type { CellTails, DialectLookups } from '../builder/context.js';
import type { Referat } from '../model/document.js';
import type { Block } from '../model/blocks.js';
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
  // Arrays sized once for the fields counted without a walk of the fields (table cells
  // included), grown only for the others (list items): grown by `push` from empty, an array of a
  // document of short lines was copied at every growth, which took longer than the walk. One walk
  // for both: it is bound by reading each block from memory.
  const snapshot = new Array<unknown>(3 * leastEditable(document));
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
  // Sized from a least number: what is not used is cut off.
  snapshot.length = e;
  printed.length = p;
  sources.set(document, { ...read, snapshot, printed });
}

/**
 * How many editable fields `document` has at least (see `walkEditable`), counted from array
 * lengths alone: one per header field, TOC entry, item title, case number, section heading,
 * block (a paragraph's or heading's text, a table's title, a list's first item) and table cell.
 * Counted from the tree, not from the input: TABs outside tables, or past `maxLines`, are no
 * cells (sized by the TABs, a document of TABs no table holds allocated 48 bytes a TAB).
 */
export function leastEditable(document: Referat): number {
  let n = document.header.length + document.toc.length + blockFields(document.preamble);
  for (const item of document.items) {
    n += item.caseNumber ? 2 : 1;
    for (const s of item.sections) n += 1 + blockFields(s.blocks);
  }
  return n;
}

/** The least editable fields of `blocks`: one per block, and one per table cell. */
function blockFields(blocks: readonly Block[]): number {
  let n = blocks.length;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'table') continue;
    for (let r = 0; r < b.header.length; r++) n += b.header[r]!.cells.length;
    for (let r = 0; r < b.rows.length; r++) n += b.rows[r]!.cells.length;
  }
  return n;
}

/** The source a document was parsed from, or undefined for a document built in code. */
export function sourceOf(document: Referat): Source | undefined {
  return sources.get(document);
}
