import type { CellTails, DialectLookups } from '../builder/context.js';
import type { Referat } from '../model/document.js';
import { type EditableVisitor, walkEditable, walkPrinted } from './editable.js';

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
  sources.set(document, { ...read, snapshot: record(document, walkEditable), printed: record(document, walkPrinted) });
}

/**
 * The flat triples (node, field, value) a walk visits, in an array sized once: a first walk
 * counts, a second fills. Grown by `push`, the array (three slots a paragraph) was copied at
 * every growth, about 75 bytes of garbage per line of a document of short lines.
 */
function record(document: Referat, walk: (document: Referat, visit: EditableVisitor) => void): unknown[] {
  let length = 0;
  walk(document, () => {
    length += 3;
  });
  const triples = new Array<unknown>(length);
  let k = 0;
  walk(document, (node, field) => {
    triples[k++] = node;
    triples[k++] = field;
    triples[k++] = (node as Record<string, unknown>)[field];
  });
  return triples;
}

/** The source a document was parsed from, or undefined for a document built in code. */
export function sourceOf(document: Referat): Source | undefined {
  return sources.get(document);
}
