import type { IToken } from 'chevrotain';
import { append } from '../util/append.js';
import type { SectionKind } from '../model/agenda.js';
import type { LineIndex } from '../lexer/line-index.js';
import type { Position, Range } from '../model/range.js';
import type { Block, List, ListItem, Paragraph, Table, TableCell, TableRow } from '../model/blocks.js';
import { bulletClass } from '../lexer/patterns.js';
import type { BlockNode } from '../parser/outline.js';
import { trimmedAmount } from '../text/numbers.js';
import { continuesLine, isHeadingShaped, joinLines, plainText, startsLower } from '../text/plain.js';
import { JoinedTables, isRule } from './build-tables.js';
import {
  type BuildContext,
  type CellTails,
  isMarkdownHeading,
  spanEnd,
  spanStart,
  tokenText,
  tokensRange,
} from './context.js';

/**
 * A block on its way into the model, with what the finishing pass needs to know about it.
 * See `docs/document-tree.md#blocks` for the blocks themselves.
 */
export interface Draft {
  block: Block;
  first: IToken;
  last: IToken;
  /** Number of source lines. */
  lines: number;
  /** The line carried a Markdown heading marker. */
  markdownHeading: boolean;
  /** Another node (a TOC entry) stands between this draft and the one before: never joined. */
  apart?: boolean;
  /** A table's: whether a row of it may be a dash line (none is when false; see `shapeTable`). */
  ruled?: boolean;
}

/**
 * The paragraphs of runs of lines that other nodes separate (the lines under a TOC heading that
 * are no entry): each run is read on its own, and no run's paragraph joins the one before.
 */
export function runDrafts(ctx: BuildContext, runs: readonly IToken[][]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < runs.length; i++) {
    const from = drafts.length;
    paragraphDrafts(ctx, runs[i]!, drafts);
    if (i > 0 && drafts[from]) drafts[from].apart = true;
  }
  return drafts;
}

/**
 * In text wrapped at a fixed width, a line that fills the width continues into the next one even
 * when a sentence ends with it, unless the next line is a short heading-shaped line.
 */
function continuesWrap(ctx: BuildContext, previous: string, next: string): boolean {
  const width = ctx.wrapWidth;
  if (width === null || previous.length < width - 15) return false;
  return !(isHeadingShaped(next) && next.length < width * 0.6);
}

/**
 * Splits consecutive text lines into paragraphs: a line that continues the one before (a wrap)
 * joins it; any other line starts a new paragraph. Appends the paragraphs to `out`. Reads the
 * lines `tokens[from..to-1]` (all of them by default).
 */
export function paragraphDrafts(ctx: BuildContext, tokens: readonly IToken[], out: Draft[] = [], from = 0, to = tokens.length): Draft[] {
  // One line (a line of text between list entries, most often) is one paragraph: no reader.
  if (to - from === 1) {
    const token = tokens[from]!;
    out.push(paragraphDraft(ctx, tokens, from, to, tokenText(ctx, token), isMarkdownHeading(ctx, token)));
    return out;
  }
  const reader = new ParagraphReader(ctx, tokens, from, to);
  for (let d = reader.take(); d; d = reader.take()) out.push(d);
  return out;
}

/**
 * The paragraphs of the lines `tokens[from..to-1]` (see {@link paragraphDrafts}), read one at a
 * time as they are taken: the finishing pass can turn a run of text lines into blocks without a
 * draft per paragraph kept alive until the run's end (most of a document of short lines).
 */
export class ParagraphReader implements DraftSource {
  /** The next line to read. */
  private i: number;
  /**
   * The plain text of line `i` and whether it is a Markdown heading, when a paragraph ended
   * there (read to find that it ends); null when line `i` has not been read.
   */
  private aheadText: string | null = null;
  private aheadHeading = false;

  constructor(
    private readonly ctx: BuildContext,
    private readonly tokens: readonly IToken[],
    from = 0,
    private readonly to = tokens.length,
  ) {
    this.i = from;
  }

  take(): Draft | undefined {
    const { ctx, tokens, to } = this;
    const start = this.i;
    if (start >= to) return undefined;
    // The paragraph's first line: its text, and whether it is a Markdown heading (a heading line
    // always starts a paragraph).
    const firstText = this.aheadText ?? tokenText(ctx, tokens[start]!);
    const heading = this.aheadText !== null ? this.aheadHeading : isMarkdownHeading(ctx, tokens[start]!);
    this.aheadText = null;
    // The texts of all its lines once it has a second one (most paragraphs of short lines have one).
    let texts: string[] | null = null;
    let previous = firstText;
    let end = start + 1;
    for (; end < to; end++) {
      const token = tokens[end]!;
      const text = tokenText(ctx, token);
      const markdownHeading = isMarkdownHeading(ctx, token);
      if (markdownHeading || !(continuesLine(previous, text) || continuesWrap(ctx, previous, text))) {
        this.aheadText = text;
        this.aheadHeading = markdownHeading;
        break;
      }
      if (texts) texts.push(text);
      else texts = [firstText, text];
      previous = text;
    }
    this.i = end;
    return paragraphDraft(ctx, tokens, start, end, texts ? joinLines(texts) : firstText, heading);
  }
}

/**
 * The paragraph of lines `tokens[start..end-1]`, whose text is `text`; `heading` tells whether
 * its first line is a Markdown heading.
 */
function paragraphDraft(ctx: BuildContext, tokens: readonly IToken[], start: number, end: number, text: string, heading: boolean): Draft {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const block: Paragraph = { type: 'paragraph', text, range: tokensRange(ctx, first, last) };
  const lines = end - start;
  return { block, first, last, lines, markdownHeading: lines === 1 && heading };
}

/**
 * The pattern of a list entry's marker and the space after it, for a dialect's bullets:
 * `- `, `• `, `1. `, `2) `, `(3) `, `a. `, `B) `, `Ad 1. `, `Ad. 2) `, `Ad 2-3. `, `• 1. `.
 */
export function listMarkerPattern(bullets: readonly string[]): RegExp {
  const b = bulletClass(bullets);
  return new RegExp(
    `^(${b}[ \\t\\u00a0]*\\d{1,3}[.)](?=[ \\t\\u00a0])|${b}|\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-zæøå][.)]|[A-ZÆØÅ]\\)|Ad\\.? ?\\d{1,2}(?:[-–]\\d{1,2})?\\.?\\)?)(?:[ \\t\\u00a0]+|$)`,
  );
}

/** How many characters a line's list marker and the space after it take (0 without a marker). */
export function markerLength(text: string, marker: RegExp): number {
  return marker.exec(text)?.[0].length ?? 0;
}

/** Whether a list marker is a number or letter (an ordered list) rather than a bullet. */
export function isOrderedMarker(marker: string): boolean {
  return /[0-9a-zA-ZæøåÆØÅ]/.test(marker);
}

/**
 * One cell, the field from `from` to `to` (a TAB or the row's end): its text and range without
 * the spaces around it. A cell that starts where its row starts, or ends where it ends, shares
 * the row's position there (`rowStart` at offset `start`, `rowEnd` at `end`): positions are
 * never changed in place, and a long table of short cells is mostly positions.
 */
function tableCell(ctx: BuildContext, from: number, to: number, start: number, end: number, rowStart: Position, rowEnd: Position): TableCell {
  const { input, lines } = ctx;
  let a = from;
  let b = to;
  while (a < b && isTrimmed(input.charCodeAt(a))) a++;
  while (b > a && isTrimmed(input.charCodeAt(b - 1))) b--;
  const raw = input.slice(a, b);
  const text = ctx.markdown || hasNbsp(input, a, b) ? plainText(raw, ctx.markdown) : raw;
  const amount = trimmedAmount(text);
  const first = a === start ? rowStart : rowPosition(lines, rowStart, rowEnd, a);
  const last = b === end ? rowEnd : b === a ? first : rowPosition(lines, rowStart, rowEnd, b);
  return { type: 'tableCell', text, value: amount?.value ?? null, unit: amount?.unit ?? null, range: { start: first, end: last } };
}

/**
 * The position of `offset` in the row from `rowStart` to `rowEnd`, as `LineIndex.position` gives
 * it: counted from the row's start when the row is one line (a table row always is), without a
 * lookup.
 */
function rowPosition(lines: LineIndex, rowStart: Position, rowEnd: Position, offset: number): Position {
  if (rowStart.line !== rowEnd.line || offset < rowStart.offset || offset > rowEnd.offset) return lines.position(offset);
  return { line: rowStart.line, column: rowStart.column + (offset - rowStart.offset), offset };
}

/** Whether `input[a..b-1]` holds a no-break space: read in place (a cell is a few characters). */
function hasNbsp(input: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (input.charCodeAt(i) === 0xa0) return true;
  return false;
}

/** Whether `String.prototype.trim` removes this character (what `plainText` trims). */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Builds lists from entries and the lines after them: a line that continues an entry is joined
 * to it; any other line ends the list and starts paragraphs, until the next entry starts a new
 * list. Appends them to `drafts`.
 */
export function listDrafts(ctx: BuildContext, tokens: readonly IToken[], drafts: Draft[] = []): Draft[] {
  const list = new ListRun(ctx, drafts);
  // The lines of text after the list, `tokens[textFrom..i-1]`; -1 when there are none.
  let textFrom = -1;
  const { listMarker } = ctx.lookups;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const line = tokenText(ctx, token);
    const m = token.tokenType.name === 'ListItem' ? listMarker.exec(line) : null;
    if (m) {
      if (textFrom >= 0) paragraphDrafts(ctx, tokens, drafts, textFrom, i);
      textFrom = -1;
      list.entry(token, m[1]!, line.slice(m[0].length).trim());
      continue;
    }
    if (textFrom < 0 && list.continues(token, line)) continue;
    list.end();
    if (textFrom < 0) textFrom = i;
  }
  list.end();
  if (textFrom >= 0) paragraphDrafts(ctx, tokens, drafts, textFrom, tokens.length);
  return drafts;
}

/**
 * The list being read by {@link listDrafts}: its finished items, and its last entry as it grows
 * (held in fields, not an object per entry: most entries are one line).
 */
class ListRun {
  /** The list's items; null before its first (made with it: an array grown from empty reserves 17 slots). */
  private items: ListItem[] | null = null;
  private ordered = false;
  /** The list's first line, and the last entry's first and last lines; null with no entry. */
  private first: IToken | null = null;
  private entryFirst: IToken | null = null;
  private entryLast: IToken | null = null;
  private marker = '';
  /** The entry's last line of text, and the texts of all its lines once it has a second one. */
  private lastText = '';
  private texts: string[] | null = null;

  constructor(
    private readonly ctx: BuildContext,
    private readonly drafts: Draft[],
  ) {}

  /** Starts an entry; a bullet after numbers (or numbers after bullets) starts a new list. */
  entry(token: IToken, marker: string, text: string): void {
    const ordered = isOrderedMarker(marker);
    if (this.first && this.ordered !== ordered) this.end();
    this.finishEntry();
    if (!this.first) {
      this.first = token;
      this.ordered = ordered;
    }
    this.entryFirst = this.entryLast = token;
    this.marker = marker;
    this.lastText = text;
    this.texts = null;
  }

  /** Joins a line to the last entry when it continues it; false (and nothing done) otherwise. */
  continues(token: IToken, line: string): boolean {
    if (!this.entryFirst || !continuesLine(this.lastText, line)) return false;
    if (this.texts) this.texts.push(line);
    else this.texts = [this.lastText, line];
    this.lastText = line;
    this.entryLast = token;
    return true;
  }

  /** Appends the list read so far to the drafts, if any, and starts afresh. */
  end(): void {
    if (!this.first) return;
    const last = this.entryLast!;
    this.finishEntry();
    // The list spans its entries: their positions serve (a list of one entry has its range).
    const items = this.items!;
    const range = items.length === 1 ? items[0]!.range : { start: items[0]!.range.start, end: items[items.length - 1]!.range.end };
    const block: List = { type: 'list', ordered: this.ordered, items, range };
    this.drafts.push({ block, first: this.first, last, lines: 0, markdownHeading: false });
    this.items = null;
    this.first = null;
  }

  private finishEntry(): void {
    if (!this.entryFirst) return;
    const item: ListItem = {
      type: 'listItem',
      marker: this.marker,
      text: this.texts ? joinLines(this.texts) : this.lastText,
      range: tokensRange(this.ctx, this.entryFirst, this.entryLast!),
    };
    if (this.items) this.items.push(item);
    else this.items = [item];
    this.entryFirst = this.entryLast = null;
  }
}

/**
 * A table draft's header rows and dash lines before `shapeTable` tells them apart and sets
 * both: shared and frozen (nothing is added to them), not two arrays per table made to be
 * dropped.
 */
const UNSHAPED: TableRow[] = Object.freeze([]) as unknown as TableRow[];
const UNSHAPED_RULES: Range[] = Object.freeze([]) as unknown as Range[];

/** Builds a table: one row per line, one cell per TAB-separated field. */
export function tableDraft(ctx: BuildContext, tokens: readonly IToken[]): Draft {
  const { input, lines } = ctx;
  // Arrays sized once (most tables are a few rows of a few cells: grown by `push` from empty,
  // each array would reserve 17 slots).
  const rows = new Array<TableRow>(tokens.length);
  let ruled = false;
  for (let r = 0; r < tokens.length; r++) {
    const token = tokens[r]!;
    const start = spanStart(ctx, token);
    const end = spanEnd(ctx, token, start, true);
    let fields = 1;
    for (let tab = input.indexOf('\t', start); tab >= 0 && tab < end; tab = input.indexOf('\t', tab + 1)) fields++;
    const cells = new Array<TableCell>(fields);
    const rowStart = lines.position(start);
    const rowEnd = end === start ? rowStart : lines.position(end);
    // The fields between TABs, found in place (tables are many short cells: no split, no trims).
    for (let c = 0, from = start; c < fields; c++) {
      let to = input.indexOf('\t', from);
      if (to < 0 || to > end) to = end;
      cells[c] = tableCell(ctx, from, to, start, end, rowStart, rowEnd);
      from = to + 1;
    }
    const row: TableRow = { type: 'tableRow', cells, range: { start: rowStart, end: rowEnd } };
    rows[r] = row;
    // Asked while the row is at hand: most tables have no dash line, and `shapeTable` then
    // need not read a long table's rows again.
    if (!ruled && isRule(row)) ruled = true;
  }
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // Title, header and rule rows are told apart once the table is whole (`JoinedTables`).
  const block: Table = {
    type: 'table',
    title: null,
    titleRange: null,
    header: UNSHAPED,
    rows,
    rules: UNSHAPED_RULES,
    range: { start: rows[0]!.range.start, end: rows[rows.length - 1]!.range.end },
  };
  return { block, first, last, lines: tokens.length, markdownHeading: false, ruled };
}

/**
 * The finishing pass over a section's drafts: sub-headings (a Markdown heading, or a short
 * heading-shaped line followed by body text), paragraphs numbered by a lone digit (`1` then the
 * text), and lists split by a blank line whose numbering runs on. Appends the blocks to `blocks`.
 * The tail lines joined to table cells are noted in `cellTails`.
 */
export function finishBlocks(input: Draft[], kind: SectionKind | null, cellTails: CellTails, blocks: Block[] = []): Block[] {
  return finishDrafts(new ListedDrafts(input), input.some(isTableDraft), kind, cellTails, blocks);
}

/**
 * {@link finishBlocks} over drafts read from `source` as the pass goes; `tables` tells whether
 * any of them is a table.
 */
export function finishDrafts(source: DraftSource, tables: boolean, kind: SectionKind | null, cellTails: CellTails, blocks: Block[] = []): Block[] {
  // The drafts are joined as the pass reads them, in one walk over them; most sections hold no
  // table, and nothing to join or shape across tables.
  const drafts = new JoinedDrafts(source);
  return finish(tables ? new JoinedTables(drafts, cellTails) : drafts, kind, blocks);
}

/**
 * The drafts of the block nodes `nodes[from..]`, after the drafts `before` (made already), each
 * made as the finishing pass takes it: an item of many blocks (60,000 small tables) does not
 * keep a draft per block alive, to be promoted by the collector, until the pass reads it.
 */
export class NodeDrafts implements DraftSource {
  /** Whether a table node is among the nodes (no draft in `before` is a table). */
  readonly tables: boolean;
  /** Whether there are no drafts to take (no drafts before, no nodes: each makes a draft at least). */
  readonly empty: boolean;
  /** Drafts made and not taken yet: `before`, then a list node's; read from `at`. */
  private made: readonly Draft[] | null;
  private at = 0;
  /** The paragraphs of a paragraph node of several lines, read as they are taken. */
  private paragraphs: ParagraphReader | null = null;
  /** The next node to read. */
  private next: number;

  constructor(
    private readonly ctx: BuildContext,
    before: readonly Draft[] | null,
    private readonly nodes: readonly BlockNode[],
    from: number,
  ) {
    this.made = before;
    this.next = from;
    let tables = false;
    for (let k = from; k < nodes.length && !tables; k++) tables = nodes[k]!.kind === 'table';
    this.tables = tables;
    this.empty = !before?.length && from >= nodes.length;
  }

  take(): Draft | undefined {
    for (;;) {
      if (this.made) {
        if (this.at < this.made.length) return this.made[this.at++];
        this.made = null;
      }
      if (this.paragraphs) {
        const d = this.paragraphs.take();
        if (d) return d;
        this.paragraphs = null;
      }
      const node = this.nodes[this.next++];
      if (!node) return undefined;
      const { lines } = node;
      if (node.kind === 'table') return tableDraft(this.ctx, lines);
      if (node.kind === 'paragraph') {
        // One line is one paragraph (as `paragraphDrafts` reads it): no reader.
        if (lines.length === 1) return paragraphDraft(this.ctx, lines, 0, 1, tokenText(this.ctx, lines[0]!), isMarkdownHeading(this.ctx, lines[0]!));
        this.paragraphs = new ParagraphReader(this.ctx, lines);
      } else {
        this.made = listDrafts(this.ctx, lines);
        this.at = 0;
      }
    }
  }
}

/**
 * {@link finishBlocks} for the paragraphs of a run of text lines, read as the pass goes (see
 * {@link ParagraphReader}): the same blocks as `finishBlocks(paragraphDrafts(…), …)`.
 */
export function finishParagraphs(paragraphs: ParagraphReader, kind: SectionKind | null, blocks: Block[] = []): Block[] {
  return finish(new JoinedDrafts(paragraphs), kind, blocks);
}

/** The finishing pass of {@link finishBlocks}, over drafts with broken sentences joined. */
function finish(drafts: DraftSource, kind: SectionKind | null, blocks: Block[]): Block[] {
  const shapes = new HeadingShapes();
  // The draft of the last block appended: a list after it may continue it.
  let last: Draft | undefined;
  let d = drafts.take();
  while (d) {
    const next = drafts.take();
    if (d.block.type === 'paragraph' && d.lines === 1) {
      const text = d.block.text;
      if (startsDigit(text) && next?.block.type === 'paragraph' && /^\d{1,3}\.?$/.test(text)) {
        const item: ListItem = {
          type: 'listItem',
          marker: text,
          text: next.block.text,
          range: { start: d.block.range.start, end: next.block.range.end },
        };
        const list: List = { type: 'list', ordered: true, items: [item], range: item.range };
        last = pushList(blocks, last, { block: list, first: d.first, last: next.last, lines: 0, markdownHeading: false });
        d = drafts.take();
        continue;
      }
      if (d.markdownHeading || (kind !== 'attachments' && shapes.of(d) && isBody(next, shapes))) {
        blocks.push({ type: 'heading', text, range: d.block.range });
        // A list after a heading does not continue anything (`pushList`): no draft of it needed.
        last = undefined;
        d = next;
        continue;
      }
    }
    if (d.block.type === 'list') last = pushList(blocks, last, d);
    else {
      blocks.push(d.block);
      last = d;
    }
    d = next;
  }
  return blocks;
}

function isTableDraft(d: Draft): boolean {
  return d.block.type === 'table';
}

/** Drafts read one by one: `take` gives the next, or undefined past the last. */
export interface DraftSource {
  take(): Draft | undefined;
}

/** The drafts of a list, in order. */
class ListedDrafts implements DraftSource {
  private i = 0;
  constructor(private readonly drafts: readonly Draft[]) {}

  take(): Draft | undefined {
    return this.drafts[this.i++];
  }
}

/**
 * Drafts with broken sentences joined, as they are taken: a paragraph that stops mid-sentence
 * joins the next one when that starts in lower case (a sentence split by a page break, `…
 * ændringen af` / `nærværende sags forløb …`). The finishing pass reads each draft once, while
 * it is at hand, and a list where nothing joins (most) is not copied.
 */
class JoinedDrafts implements DraftSource {
  /** The draft after the one taken last (read ahead to know whether it joins that one). */
  private ahead: Draft | undefined;

  constructor(private readonly source: DraftSource) {
    this.ahead = source.take();
  }

  take(): Draft | undefined {
    const d = this.ahead;
    if (!d) return undefined;
    let n = this.source.take();
    this.ahead = n;
    if (d.block.type !== 'paragraph' || d.markdownHeading || !n || !joinsSentence(d.block.text, n)) return d;
    // The paragraphs after `d` that continue its sentence.
    const joined = [n];
    for (n = this.source.take(); n && joinsSentence((joined[joined.length - 1]!.block as Paragraph).text, n); n = this.source.take()) {
      joined.push(n);
    }
    this.ahead = n;
    return joinedDraft(d, joined);
  }
}

/**
 * `isHeadingShaped` of a one-line paragraph's text, remembered for the last draft asked about:
 * the finishing pass asks about most drafts twice (as the draft after a paragraph, whether it is
 * body text, then as the draft, whether it is a heading).
 */
class HeadingShapes {
  private draft: Draft | undefined;
  private shaped = false;

  of(d: Draft): boolean {
    if (d !== this.draft) {
      this.draft = d;
      this.shaped = isHeadingShaped((d.block as Paragraph).text);
    }
    return this.shaped;
  }
}

/**
 * Whether `d` continues a paragraph whose (last joined) text is `tail`: a paragraph starting in
 * lower case after one that stops mid-sentence, with no other node between them.
 */
function joinsSentence(tail: string, d: Draft): boolean {
  // (A Markdown heading starts a block of its own, whatever its first letter.)
  return d.block.type === 'paragraph' && !d.apart && !d.markdownHeading && !endsSentence(tail) && startsLower(d.block.text);
}

/** The paragraph `d` with the paragraphs `joined` joined to it. */
function joinedDraft(d: Draft, joined: readonly Draft[]): Draft {
  const texts = [(d.block as Paragraph).text];
  let lines = d.lines;
  for (let k = 0; k < joined.length; k++) {
    texts.push((joined[k]!.block as Paragraph).text);
    lines += joined[k]!.lines;
  }
  const end = joined[joined.length - 1]!;
  const range = { start: d.block.range.start, end: end.block.range.end };
  return { ...d, block: { type: 'paragraph', text: joinLines(texts), range }, last: end.last, lines };
}

/** Whether a text starts with an ASCII digit (most lines do not: no pattern for them). */
function startsDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether a text ends like a sentence or clause: `/[.!?:;]$/`. */
function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
}

/** Whether a draft is running content that a heading could stand over. */
function isBody(d: Draft | undefined, shapes: HeadingShapes): boolean {
  if (!d || d.markdownHeading) return false;
  if (d.block.type !== 'paragraph') return true;
  return d.lines > 1 || !shapes.of(d);
}

/**
 * Appends a list after `previous` (the draft of the last block appended), merging it into a list
 * there when its numbering runs on. Returns the draft of the last block.
 */
function pushList(blocks: Block[], previous: Draft | undefined, d: Draft): Draft {
  if (previous?.block.type === 'list' && d.block.type === 'list') {
    const before = previous.block.items[previous.block.items.length - 1]!;
    const after = d.block.items[0]!;
    if (previous.block.ordered === d.block.ordered && markerContinues(before.marker, after.marker)) {
      append(previous.block.items, d.block.items);
      previous.block.range = { start: previous.block.range.start, end: d.block.range.end };
      previous.last = d.last;
      return previous;
    }
  }
  blocks.push(d.block);
  return d;
}

/** Whether `next` is the marker after `previous` (`-` after `-`, `3.` after `2.`, `b)` after `a)`). */
export function markerContinues(previous: string, next: string): boolean {
  const a = /\d+/.exec(previous);
  const b = /\d+/.exec(next);
  if (a && b) return Number(b[0]) === Number(a[0]) + 1 || (/[-–]/.test(previous) && Number(b[0]) > Number(a[0]));
  if (a || b) return false;
  const la = /[a-zæøå]/i.exec(previous);
  const lb = /[a-zæøå]/i.exec(next);
  if (la && lb) return lb[0].charCodeAt(0) === la[0].charCodeAt(0) + 1;
  return previous === next;
}
