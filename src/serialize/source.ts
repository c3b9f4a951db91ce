import type { DialectLookups } from '../builder/context.js';
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

/** The fields `serialize` writes back into the source when they change, by node type. */
export const EDITABLE: Readonly<Record<string, readonly string[]>> = {
  headerField: ['value'],
  tocEntry: ['title'],
  item: ['title'],
  caseNumber: ['raw'],
  section: ['heading'],
  paragraph: ['text'],
  heading: ['text'],
  listItem: ['text'],
  tableCell: ['text'],
};

/** Remembers a parsed document's source and the values of its editable fields. */
export function rememberSource(
  document: Referat,
  input: string,
  markdown: boolean,
  lookups: DialectLookups,
): void {
  const snapshot: unknown[] = [];
  const walk = (node: Record<string, unknown>): void => {
    const fields = EDITABLE[node.type as string];
    if (fields) for (const f of fields) if (typeof node[f] === 'string') snapshot.push(node, f, node[f]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const v of value) if (v && typeof v === 'object') walk(v as Record<string, unknown>);
      } else if (value && typeof value === 'object' && 'type' in value) walk(value as Record<string, unknown>);
    }
  };
  walk(document as unknown as Record<string, unknown>);
  sources.set(document, { input, markdown, lookups, snapshot });
}

/** The source a document was parsed from, or undefined for a document built in code. */
export function sourceOf(document: Referat): Source | undefined {
  return sources.get(document);
}
