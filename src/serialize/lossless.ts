import { markerLength } from '../builder/build-blocks.js';
import { cellTails } from '../builder/cell-tails.js';
import { ReferatDocumentError } from '../errors.js';
import type { Referat } from '../model/document.js';
import type { Range } from '../model/range.js';
import { NUMBERED_OPENER } from '../parser/demote-wrapped-lines.js';
import { pathOf, walkEditable } from './editable.js';
import type { Source } from './source.js';

interface Node {
  type: string;
  range: Range;
  headingRange?: Range | null;
  titleRange?: Range | null;
  [key: string]: unknown;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What lossless mode writes: field values changed in place, in the spans they were read from. */
const SUPPORTED =
  'lossless mode writes edits of field values (docs/serialize.md); to add, remove or move nodes, serialize with { mode: "canonical" }';

/**
 * Writes a parsed document back into its source: the input exactly, with only the spans of
 * fields whose value changed since parsing rewritten (see `rememberSource`). Spans are worked
 * out only for the changed fields, from the node's range and the source text. Throws
 * `ReferatDocumentError` for what it cannot write faithfully: a changed structure, a value that
 * is not a string, or one with a line break or TAB (it would re-parse as other lines or cells).
 */
export function writeLossless(document: Referat, source: Source): string {
  const { input, snapshot } = source;
  const edits: Edit[] = [];
  let k = 0;
  walkEditable(document, (node, field) => {
    if (snapshot[k] !== node || snapshot[k + 1] !== field) {
      throw new ReferatDocumentError(pathOf(document, node), `the document's structure changed since it was parsed; ${SUPPORTED}`);
    }
    const before = snapshot[k + 2];
    k += 3;
    const value = (node as Node)[field];
    if (value === before) return;
    const path = () => `${pathOf(document, node)}.${field}`;
    if (typeof value !== 'string') throw new ReferatDocumentError(path(), `expected a string, got ${describe(value)}`);
    if (before === null) throw new ReferatDocumentError(path(), `the field had no value in the source, so there is no span to write it into; ${SUPPORTED}`);
    if (/[\r\n\t]/.test(value)) {
      throw new ReferatDocumentError(path(), `a value with a line break or TAB cannot be written into its span: it would read back as other lines or cells (${JSON.stringify(value.slice(0, 40))})`);
    }
    const span = valueSpan(source, node as Node, field, before as string);
    if (!span) throw new ReferatDocumentError(path(), 'the field has no span in the source to write into');
    edits.push({ start: span[0], end: span[1], text: span[2] + value });
    const tail = field === 'text' ? cellTails.get(node as never) : undefined;
    if (tail) edits.push(wholeLine(input, tail));
  });
  if (k !== snapshot.length) {
    throw new ReferatDocumentError(pathOf(document, snapshot[k] as object), `a node was removed since the document was parsed; ${SUPPORTED}`);
  }
  if (!edits.length) return input;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping edits: the first one wins
    out += input.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + input.slice(at);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** The line of `range`, from its start to past its line break: removed when its text moved. */
function wholeLine(input: string, range: Range): Edit {
  let start = range.start.offset;
  while (start > 0 && input[start - 1] !== '\n' && input[start - 1] !== '\r') start--;
  let end = range.end.offset;
  while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++;
  if (input[end] === '\r') end++;
  if (input[end] === '\n') end++;
  return { start, end, text: '' };
}

/**
 * Where a field's value stands in the source: the node's text without labels and markers, and
 * what to write before the value (a space after a label that had no value: `Mødested` →
 * `Mødested Byrådssalen`, not `MødestedByrådssalen`).
 */
function valueSpan(source: Source, node: Node, field: string, before: string): [number, number, string] | null {
  const range =
    node.type === 'item' ? node.headingRange : field === 'heading' ? node.headingRange : node.type === 'table' ? node.titleRange : node.range;
  if (!range) return null;
  const { input, lookups } = source;
  let [start, end] = inner(input, range.start.offset, range.end.offset);
  let lineEnd = start;
  while (lineEnd < end && input[lineEnd] !== '\n' && input[lineEnd] !== '\r') lineEnd++;
  const line = input.slice(start, lineEnd);
  let prefix = 0;
  switch (node.type) {
    case 'item': {
      const m = lookups.itemOpener.exec(line);
      const n = m ? null : NUMBERED_OPENER.exec(line);
      prefix = m ? m[0].length : n ? line.length - n[2]!.length : 0;
      break;
    }
    case 'listItem':
      prefix = markerLength(line, lookups.listMarker);
      // A marker alone on its line (`1`, a blank line, the text): the text starts below it.
      if ((!line.slice(prefix).trim() || line.trim() === String(node.marker)) && lineEnd < end) prefix = lineEnd - start;
      break;
    case 'caseNumber':
      prefix = lookups.caseLabel.exec(line)?.[0].length ?? 0;
      break;
    case 'headerField': {
      if (node.key === 'toc') return null;
      const label = String(node.label ?? '');
      const at = line.toLowerCase().indexOf(label.toLowerCase());
      prefix = at < 0 ? 0 : at + label.length;
      break;
    }
    case 'tocEntry': {
      // The printed number (`1. `) stays, unless the title holds it (`2013 godkendes.`).
      const printed = TOC_NUMBER.exec(line);
      if (printed && !before.startsWith(printed[0].trim())) prefix = printed[0].length;
      end = start + titleEnd(line.slice(0, lineEnd - start));
      break;
    }
    case 'table':
    case 'tableCell': {
      const tab = line.indexOf('\t');
      if (tab >= 0) end = start + tab;
      break;
    }
  }
  start += Math.max(0, prefix);
  while (start < end && /[\s:*_]/.test(input[start]!)) start++;
  end = Math.max(start, end);
  // An empty value right after a label or marker (`Mødested`, `-`): a space between them.
  const gap = start === end && start > 0 && /\S/.test(input[start - 1]!) ? ' ' : '';
  return [start, end, gap];
}

/** A TOC entry's printed number, as `tocEntries` reads it. */
const TOC_NUMBER = /^(?:[-–•·*\uf0b7][ \t\u00a0]*)?(?:(?:åben|åbent|lukket)[ \t\u00a0]+)?(?:(?:punkt|pkt\.?)[ \u00a0]*)?\d{1,4}[.:]?[ \t\u00a0]+(?=\S)/i;

/** Where a TOC entry's title ends: before its dot leader, TAB, or spaces and page number. */
function titleEnd(line: string): number {
  const leader = /\.{2,}|…|\t/.exec(line);
  let end = leader ? leader.index : line.length;
  if (!leader) {
    // `Title      12`: a page after two or more spaces.
    let d = end;
    while (d > 0 && line.charCodeAt(d - 1) >= 48 && line.charCodeAt(d - 1) <= 57) d--;
    if (d < end && end - d <= 4 && /[ \u00a0]{2}$/.test(line.slice(0, d))) end = d;
  }
  while (end > 0 && /[ \u00a0]/.test(line[end - 1]!)) end--;
  return end;
}

/** Trims Markdown heading markers, emphasis and space from both ends of a span. */
function inner(input: string, start: number, end: number): [number, number] {
  while (start < end && /[\s#*_]/.test(input[start]!)) start++;
  while (end > start && /[\s*_]/.test(input[end - 1]!)) end--;
  return [start, end];
}
