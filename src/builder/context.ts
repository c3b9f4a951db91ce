import type { IToken } from 'chevrotain';
import type { Report } from '../diagnostics/report.js';
import type { Dialect } from '../dialect/define-dialect.js';
import type { LineIndex } from '../lexer/line-index.js';
import { MarkdownEmptyHeading } from '../lexer/tokens.js';
import type { Artifact, TableCell } from '../model/blocks.js';
import type { Range } from '../model/range.js';
import type { SectionKind } from '../model/agenda.js';
import { plainText } from '../text/plain.js';
import type { HeaderWords } from './header-words.js';

/** Per-dialect lookups the builders need, compiled once with the engine. */
export interface DialectLookups {
  dialect: Dialect;
  /** Normalised heading text → section kind. */
  sectionKinds: Map<string, SectionKind>;
  /** Kinds of the headings that count only when they recur (`Vocabulary.recurringHeadings`). */
  recurringKinds: Map<string, SectionKind>;
  /** Matches an item opener at the start of a line; group 0 is the opener without the title. */
  itemOpener: RegExp;
  /** Matches a case-number label at the start of a line (`Sagsnr.:`). */
  caseLabel: RegExp;
  /** Matches a header label at the start of a line. */
  headerLabel: RegExp;
  /** Header label text (normalised) → key. */
  headerKeys: Map<string, import('../model/meeting.js').HeaderKey>;
  /** Matches a title word at the start of a line. */
  titleWord: RegExp;
  /** Title word (normalised) → kind. */
  titleKinds: Map<string, 'referat' | 'dagsorden'>;
  /** A list entry's marker and the space after it, with the dialect's bullets. */
  listMarker: RegExp;
  /** The line shapes layout inference reads (`src/layout/shapes.ts`). */
  layout: import('../layout/shapes.js').LayoutShapes;
  /** An absence label alone on a line (`Fraværende:`). */
  absenceLabel: RegExp;
  /** Where layout inference cuts flattened lines (`src/layout/split-lines.ts`). */
  splitMarks: import('../layout/split-lines.js').SplitMarks;
  /** The dialect's artifact lines and their kinds, each matching a whole line's plain text. */
  artifactKinds: { line: RegExp; kind: 'pageNumber' | 'navigation' }[];
  /** What the header reader needs (`read-header.ts`). */
  header: HeaderWords;
}

/** What every builder gets: the input, positions, the format and the diagnostics reporter. */
export interface BuildContext {
  input: string;
  lines: LineIndex;
  markdown: boolean;
  report: Report;
  lookups: DialectLookups;
  /** Artifact lines met while building (page numbers, headers, repeated titles), in any order. */
  artifacts: Artifact[];
  /** The width text was wrapped at, when it was wrapped at a fixed width (PDF text); else null. */
  wrapWidth: number | null;
  /** What layout inference decided (`src/layout/`); null before it has run. */
  layout: import('../layout/infer.js').Layout | null;
  /** The tail lines joined to table cells (see {@link CellTails}), filled while building. */
  cellTails: CellTails;
}

/**
 * The tail line a wrapped table cell continues on (`Anne⇥3 kr.` / ` til uddannelseshjælp.`),
 * which the cell's text includes but its range cannot (the other cells of the row lie between).
 * Kept beside the tree with the document's source, so that a lossless edit of the cell rewrites
 * the tail too (`src/serialize/lossless.ts`). A plain map held by the source record rather than
 * one WeakMap for all documents: entries of a WeakMap are costly to collect.
 */
export type CellTails = Map<TableCell, Range>;

/** Normalises heading or label text for lookups: plain, lower case, single spaces, no colon. */
export function lookupKey(text: string): string {
  let key = lookupKeys.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/\s*:$/, '').trim();
    // Headings and labels repeat within and across documents: a bounded memo.
    if (lookupKeys.size >= MEMO_SIZE) lookupKeys.clear();
    lookupKeys.set(text, key);
  }
  return key;
}

const MEMO_SIZE = 4096;
const lookupKeys = new Map<string, string>();

/**
 * Empties the {@link lookupKey} memo; `parse` calls it when it is done. Its keys are slices of
 * the input, which keep the whole input string alive: kept across documents, the memo would hold
 * the inputs of documents the caller has long let go.
 */
export function forgetLookupKeys(): void {
  lookupKeys.clear();
}

/**
 * The span of a line token's text: from its first character that is not indentation (a
 * Markdown heading marker in front of it is included, so the span covers the whole printed
 * line) to its last non-space character, without the line break. Table rows keep trailing TABs
 * (`keepTabs`): they delimit empty cells.
 */
export function tokenSpan(ctx: BuildContext, token: IToken, keepTabs = false): [number, number] {
  const start = spanStart(ctx, token);
  return [start, spanEnd(ctx, token, start, keepTabs)];
}

/** Where a line token's text starts: `tokenSpan(…)[0]`, without the pair. */
export function spanStart(ctx: BuildContext, token: IToken): number {
  const start = token.startOffset;
  if (!ctx.markdown) return start;
  const { input } = ctx;
  let i = start - 1;
  while (i >= 0 && (input.charCodeAt(i) === 35 /* # */ || isIndent(input.charCodeAt(i)))) i--;
  i++;
  while (i < start && input.charCodeAt(i) !== 35 /* # */) i++;
  return i;
}

/** Where a line token's text ends, given where it starts: `tokenSpan(…)[1]`, without the pair. */
export function spanEnd(ctx: BuildContext, token: IToken, start: number, keepTabs: boolean): number {
  // A virtual opener (layout inference: an item no line opens) is empty, before its line's marker.
  if (!token.image) return start;
  const { input } = ctx;
  let end = token.startOffset + token.image.length;
  while (end > start && isSpace(input.charCodeAt(end - 1)) && !(keepTabs && input.charCodeAt(end - 1) === 9)) {
    end--;
  }
  return end;
}

/** What the lexer's `Indent` and a heading marker's gap are made of. */
function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 0xfeff;
}

/** The range of a line token's text. */
export function tokenRange(ctx: BuildContext, token: IToken): Range {
  const start = spanStart(ctx, token);
  return ctx.lines.range(start, spanEnd(ctx, token, start, false));
}

/** The range from the first token's text to the last token's text. */
export function tokensRange(ctx: BuildContext, first: IToken, last: IToken): Range {
  const start = spanStart(ctx, first);
  const end = spanEnd(ctx, last, last === first ? start : spanStart(ctx, last), false);
  return ctx.lines.range(start, end);
}

/** The plain text of a line token: as layout inference read it, or read here for a token it did not. */
export function tokenText(ctx: BuildContext, token: IToken): string {
  // A Markdown heading marker with nothing after it (`# `): a heading without text.
  if (token.tokenType === MarkdownEmptyHeading) return '';
  return ctx.layout?.texts.of(token) ?? plainText(token.image, ctx.markdown);
}

/**
 * Whether a line token's line is a Markdown heading: a heading marker (`## `, decoration) stands
 * before it, or it is a marker alone. A line that only starts with `#` (`#5 kroner`, `#######`)
 * is text.
 */
export function isMarkdownHeading(ctx: BuildContext, token: IToken): boolean {
  if (!ctx.markdown) return false;
  if (token.tokenType === MarkdownEmptyHeading) return true;
  const start = spanStart(ctx, token);
  return start < token.startOffset && ctx.input.charCodeAt(start) === 35; // #
}

/**
 * Whether a blank line lies between two offsets (a paragraph break). `fromOffset` is the start
 * of a line (just after a line token). An artifact line between them (a page footer) is not
 * blank, so text on both sides of a page break still joins.
 */
export function breakBetween(ctx: BuildContext, fromOffset: number, toOffset: number): boolean {
  let blank = true;
  for (let i = fromOffset; i < toOffset; i++) {
    const c = ctx.input.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (blank) return true;
      if (c === 13 && ctx.input.charCodeAt(i + 1) === 10) i++;
      blank = true;
    } else if (!(c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 0xfeff)) blank = false;
  }
  return false;
}

/** Offset just after a token's image. */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}
