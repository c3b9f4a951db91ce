import { markerLength } from '../builder/build-blocks.js';
import { ReferatDocumentError } from '../errors.js';
import type { Referat } from '../model/document.js';
import type { Range } from '../model/range.js';
import { NUMBERED_OPENER } from '../parser/demote-wrapped-lines.js';
import { pathOf, walkEditable, walkPrinted } from './editable.js';
import type { Source } from './source.js';

/** The nodes whose value lossless mode writes blank (see `docs/serialize.md`); it refuses the others'. */
const BLANK_ALLOWED = new Set(['headerField', 'tableCell']);

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
 * fields whose value changed since parsing rewritten (see `rememberSource`), and of those only
 * the characters that changed (see `changedSpan`). Spans are worked out only for the changed
 * fields, from the node's range and the source text. Throws `ReferatDocumentError` for what it
 * cannot write faithfully: a changed structure, a value that is not a string, one with a line
 * break or TAB (it would re-parse as other lines or cells), a value where the source has no
 * span for one, or a change to a printed field it does not write (`walkPrinted`).
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
    // A blank title, heading, text or case number leaves a blank line, or a number or label alone:
    // the node would not read back (a table cell or a header value may be empty).
    if (!value.trim() && value !== before && !BLANK_ALLOWED.has((node as Node).type)) {
      throw new ReferatDocumentError(path(), `an empty value cannot be written here: the ${(node as Node).type} would not read back (remove the node in canonical mode instead)`);
    }
    const span = valueSpan(source, node as Node, field, before as string);
    // No span, or an empty one: an item opened by layout inference where no opener is printed
    // has an empty title over an empty range; written there, the value would run into the next
    // line's text (`NyResume`).
    if (!span || span.from === span.to) throw new ReferatDocumentError(path(), 'the field has no span in the source to write into');
    const tail = field === 'text' ? source.cellTails.get(node as never) : undefined;
    // Only what changed is rewritten, where the old value's characters stand in the source: the
    // line breaks of a wrapped paragraph, a TOC line's bullet, number and page, an opener's label
    // lines and Markdown markers between the words stay as they were.
    const changed = tail || !before ? null : changedSpan(input, span, before as string, value, artifactsOf(document));
    if (changed) {
      edits.push(changed);
      return;
    }
    edits.push({ start: span.start, end: span.end, text: span.gap + value });
    if (tail) edits.push(wholeLine(input, tail));
  });
  if (k !== snapshot.length) {
    throw new ReferatDocumentError(pathOf(document, snapshot[k] as object), `a node was removed since the document was parsed; ${SUPPORTED}`);
  }
  // A printed field lossless mode does not write (`number`, `page`, `marker`): refused, not dropped.
  k = 0;
  walkPrinted(document, (node, field) => {
    const { printed } = source;
    if (printed[k] !== node || printed[k + 1] !== field) {
      throw new ReferatDocumentError(pathOf(document, node), `the document's structure changed since it was parsed; ${SUPPORTED}`);
    }
    const before = printed[k + 2];
    k += 3;
    if ((node as Node)[field] !== before) {
      throw new ReferatDocumentError(`${pathOf(document, node)}.${field}`, `lossless mode does not write ${field} (it writes the field values listed in docs/serialize.md: titles, texts, headings, header values, case numbers); serialize with { mode: "canonical" } to write it`);
    }
  });
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
 * Where a field's value stands in the source: `start`–`end`, the node's text without labels and
 * markers on its first line; `gap`, what to write before the value (a space after a label that
 * had no value: `Mødested` → `Mødested Byrådssalen`, not `MødestedByrådssalen`); `from`–`to`,
 * the whole span the value was read from, which may run over several lines.
 */
interface ValueSpan {
  start: number;
  end: number;
  gap: string;
  from: number;
  to: number;
}

function valueSpan(source: Source, node: Node, field: string, before: string): ValueSpan | null {
  const range =
    node.type === 'item' ? node.headingRange : field === 'heading' ? node.headingRange : node.type === 'table' ? node.titleRange : node.range;
  if (!range) return null;
  const { input, lookups } = source;
  const [from, to] = inner(input, range.start.offset, range.end.offset);
  let [start, end] = [from, to];
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
  return { start, end, gap, from, to };
}

/**
 * The edit that turns `before` into `value` in the source: the old value is found where it was
 * read from (see {@link align}), first at the start `valueSpan` worked out, else at the first
 * place in the node's span where it reads whole (a TOC title on the line under its number, an
 * item title under a `Punktnummer:` label, a list item after a marker the marker pattern does
 * not know); then only the characters between the common beginning and end of the two values
 * are replaced. Null when the old value cannot be found character for character (text joined
 * across a page artifact, a wrapped table cell's tail): the caller writes the whole span.
 */
function changedSpan(input: string, span: ValueSpan, before: string, value: string, artifacts: Map<number, number>): Edit | null {
  // A budget of steps, so that a hostile span (a long run of one character) costs linear time.
  const budget = { steps: 8 * (span.to - span.from + before.length) + 1024 };
  let at = align(input, span.start, span.to, before, budget, artifacts);
  for (let j = span.from; !at && j < span.to && budget.steps > 0; j++) {
    if (j !== span.start && input[j] === before[0]) at = align(input, j, span.to, before, budget, artifacts);
  }
  if (!at) return null;
  let p = 0;
  const most = Math.min(before.length, value.length);
  while (p < most && before[p] === value[p]) p++;
  let s = 0;
  while (s < most - p && before[before.length - 1 - s] === value[value.length - 1 - s]) s++;
  return { start: at[p]!, end: at[before.length - s]!, text: value.slice(p, value.length - s) };
}

/** Where each artifact (page number, repeated page header) of the document starts and ends. */
function artifactsOf(document: Referat): Map<number, number> {
  let map = artifactMaps.get(document);
  if (!map) {
    map = new Map();
    for (const a of document.artifacts) if (a.range.end.offset > a.range.start.offset) map.set(a.range.start.offset, a.range.end.offset);
    artifactMaps.set(document, map);
  }
  return map;
}
const artifactMaps = new WeakMap<Referat, Map<number, number>>();

/**
 * Reads `value` in `input` from `start` (not past `to`), as the builders read text from lines:
 * a space stands for any run of white space (a line break, NBSP, TAB and the next line's
 * indent), a line break may join two words without one (`KL-⏎aftalen`), a hyphen at a line end
 * may be dropped (`budget-⏎opfølgning`), `, ` may stand for a line break and a bullet (names
 * listed one per line under `Deltagere:`), Markdown markers and escapes (`**`, `\_`, `#`) are
 * skipped, and so is an artifact the text was joined across (`Side 5` between two lines of a
 * paragraph). Gives the offset of each character of `value`, and at `value.length` the offset
 * after the last; null when `value` does not read from there.
 */
function align(input: string, start: number, to: number, value: string, budget: { steps: number }, artifacts: Map<number, number>): number[] | null {
  const at: number[] = new Array<number>(value.length + 1);
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= to || --budget.steps < 0) return null;
    const v = value[i]!;
    const c = input[j]!;
    const artifactEnd = j > start ? artifacts.get(j) : undefined;
    if (artifactEnd !== undefined && artifactEnd <= to) {
      j = artifactEnd;
    } else if (v === c || (v === ' ' && c === '\u00a0')) {
      at[i++] = j++;
    } else if (v === ',' && value[i + 1] === ' ' && isSpace(c)) {
      // Lines joined with `, ` (`Deltagere:` / ` • Anne Holm (A)` / ` • Bo Ek (V)`): the comma
      // and space stand for the line break and the next line's bullet.
      let k = j;
      let lineBreak = false;
      while (k < to && isSpace(input[k]!)) {
        if (input[k] === '\n' || input[k] === '\r') lineBreak = true;
        k++;
      }
      if (!lineBreak) return null;
      if (k < to && '•·-–*\uf0b7'.includes(input[k]!)) k++;
      while (k < to && isSpace(input[k]!)) k++;
      at[i++] = j;
      at[i++] = j;
      budget.steps -= k - j;
      j = k;
    } else if (isSpace(c)) {
      let k = j;
      let lineBreak = false;
      while (k < to && isSpace(input[k]!)) {
        if (input[k] === '\n' || input[k] === '\r') lineBreak = true;
        k++;
      }
      if (v === ' ') {
        while (i < value.length && value[i] === ' ') at[i++] = j;
      } else if (!lineBreak) return null;
      budget.steps -= k - j;
      j = k;
    } else if (c === '-' && (input[j + 1] === '\n' || input[j + 1] === '\r')) {
      j++;
    } else if (c === '*' || c === '_' || c === '\\' || c === '#') {
      j++;
    } else return null;
  }
  at[value.length] = j;
  return at;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\ufeff';
}

/** A TOC entry's printed number, as `tocEntries` reads it. */
const TOC_NUMBER = /^(?:[-–•·*\uf0b7][ \t\u00a0]*)?(?:(?:åben|åbent|lukket)[ \t\u00a0]+)?(?:(?:punkt|pkt\.?)[ \u00a0]*)?\d{1,4}[.:]?(?:[ \t\u00a0]+(?=\S)|$)/i;

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
