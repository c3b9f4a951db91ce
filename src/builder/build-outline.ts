import { type IToken, tokenMatcher } from 'chevrotain';
import { ListStart } from '../lexer/tokens.js';
import { append } from '../util/append.js';
import type { Block } from '../model/blocks.js';
import type { Item } from '../model/agenda.js';
import type { HeaderField, Participant } from '../model/meeting.js';
import type { BlockNode, FrontNode, ItemNode, Outline } from '../parser/outline.js';
import {
  type Draft,
  NodeDrafts,
  ParagraphReader,
  finishBlocks,
  finishParagraphs,
  listDrafts,
  paragraphDrafts,
  runDrafts,
  tableDraft,
} from './build-blocks.js';
import {
  type TocDraft,
  buildHeaderField,
  participantsFromSpan,
  tocEntries,
  valueStart,
} from './build-front-matter.js';
import { findClock, findDate } from '../text/dates.js';
import { tailOfTable } from './build-tables.js';
import { type SectionDraft, buildItem, headingContinuation, itemHead } from './build-item.js';
import { type BuildContext, breakBetween, lookupKey, tokenEnd, tokenRange, tokenSpan, tokenText } from './context.js';

/** What the front matter yields before the document is interpreted. */
export interface FrontMatter {
  header: HeaderField[];
  participants: Participant[];
  toc: TocDraft[];
  preamble: Block[];
}

/** A front-matter construct in document order, built. */
type FrontPart =
  | { kind: 'field'; field: HeaderField; token: IToken; rest: Draft[] }
  | { kind: 'toc'; field: HeaderField; entries: TocDraft[]; rest: Draft[] }
  | { kind: 'blocks'; drafts: Draft[]; tables: boolean }
  /** Lines of text, read into paragraphs only as they are added (no draft kept per paragraph). */
  | { kind: 'text'; lines: IToken[] };

/**
 * Turns the parser's outline into the front matter and the items, handing each construct to a
 * `build-*.ts` function (the role of Chevrotain's CST visitor, over the lighter outline).
 */
export function buildOutline(outline: Outline, b: BuildContext): { front: FrontMatter; items: Item[] } {
  return { front: frontMatter(outline.front, b), items: outline.items.map((item) => agendaItem(item, b)) };
}

function frontMatter(nodes: FrontNode[], b: BuildContext): FrontMatter {
  const front: FrontMatter = { header: [], participants: [], toc: [], preamble: [] };
  const run = new PreambleRun(front, b);
  // Each part is built as the walk reaches it, with the one after it read ahead (a label alone
  // takes the block under it): not all built first, where a long front matter (60,000 small
  // tables) kept a draft per block alive, to be promoted by the collector, until the walk.
  const partAt = (i: number) => (i < nodes.length ? frontPart(nodes[i]!, b) : undefined);
  let next = partAt(0);
  for (let i = 0; i < nodes.length; i++) {
    const part = next!;
    next = partAt(i + 1);
    if (part.kind === 'toc') {
      run.end();
      front.header.push(part.field);
      append(front.toc, part.entries);
      run.add(part.rest);
      continue;
    }
    if (part.kind === 'text') {
      run.addText(part.lines);
      continue;
    }
    if (part.kind === 'blocks') {
      // Only a table can hold header fields (`labelRows`).
      if (!part.tables) {
        run.add(part.drafts);
        continue;
      }
      // The drafts from `from` on are not added yet (no list copied for them: a table part is
      // one draft, most often no header fields).
      const { drafts } = part;
      let from = 0;
      for (let k = 0; k < drafts.length; k++) {
        const fields = labelRows(b, drafts[k]!);
        if (!fields) continue;
        run.add(drafts.slice(from, k));
        run.end();
        for (const f of fields) addField(front, f.field, f.valueStart, b);
        from = k + 1;
      }
      run.add(from ? drafts.slice(from) : drafts);
      continue;
    }
    run.end();
    const { field } = part;
    // A label alone on its line takes the text or list that follows it as its value (not
    // the title word: `Referat` or `Dagsorden` alone is often just a page label), unless lines
    // of its own follow it that are not its value (`Fraværende:` / `Bemærkninger: …`).
    const under =
      part.rest.length > 0 ? undefined
      : next?.kind === 'blocks' ? next.drafts[0]
      : next?.kind === 'text' ? new ParagraphReader(b, next.lines).take()
      : undefined;
    const value = !field.value && field.key !== 'title' && under && valueUnder(b, field, part.token, under) ? under : undefined;
    if (value && (value.block.type === 'paragraph' || value.block.type === 'list')) {
      field.value = draftText(value);
      field.range = { start: field.range.start, end: value.block.range.end };
      front.header.push(field);
      if (field.key === 'participants' || field.key === 'absent') {
        const spans =
          value.block.type === 'list'
            ? value.block.items.map((it) => [it.range.start.offset, it.range.end.offset] as const)
            : [[tokenSpan(b, value.first)[0], tokenSpan(b, value.last)[1]] as const];
        for (const [start, end] of spans) {
          append(front.participants, participantsFromSpan(b, start, end, field.key === 'absent'));
        }
      }
      // The rest of the text after its first paragraph, or the blocks after the first.
      if (next!.kind === 'text') run.addText(next!.lines, value.lines);
      else run.add(next!.kind === 'blocks' ? next!.drafts.slice(1) : []);
      i++;
      next = partAt(i + 1);
      continue;
    }
    addField(front, field, valueStart(b, part.token, field.label), b);
    run.add(part.rest);
  }
  run.end();
  return front;
}

/** Adds a header field, and the participants it names when it is a participants field. */
function addField(front: FrontMatter, field: HeaderField, start: number, b: BuildContext): void {
  front.header.push(field);
  if (field.key !== 'participants' && field.key !== 'absent') return;
  append(front.participants, participantsFromSpan(b, start, field.range.end.offset, field.key === 'absent'));
}

/**
 * Adds unrecognised blocks to the preamble. A run of them (up to the next header field or table
 * of contents) gets one diagnostic, not one per block: a long stretch of unknown text should not
 * cost a diagnostic per line.
 */
class PreambleRun {
  private first: Block | null = null;
  private last: Block | null = null;
  private count = 0;

  constructor(
    private readonly front: FrontMatter,
    private readonly b: BuildContext,
  ) {}

  /**
   * Block drafts added and not finished yet: block parts in a row go through one finishing pass,
   * as an item's blocks do, so a table split by a blank line (a members table across a page
   * break) is joined here too.
   */
  private pending: Draft[] | null = null;

  /** Adds the blocks of `drafts` (finished with the block parts next to them, see `pending`). */
  add(drafts: Draft[]): void {
    if (!drafts.length) return;
    if (this.pending) append(this.pending, drafts);
    else this.pending = drafts.slice();
  }

  /** Finishes the pending drafts into the preamble. */
  private flush(): void {
    if (!this.pending) return;
    const { preamble } = this.front;
    const from = preamble.length;
    finishBlocks(this.pending, null, this.b.cellTails, preamble);
    this.pending = null;
    this.added(from);
  }

  /**
   * Adds the blocks of the paragraphs of the text lines `lines`, from line `from` on. A first
   * paragraph that is the tail of a pending table's last row (`tailOfTable`) goes into the
   * pending pass, which joins it to its cell as in an item; the others are read as they come
   * (in the pending pass, a short name line before a sentence would read as its heading).
   */
  addText(lines: readonly IToken[], from = 0): void {
    const table = this.pending?.[this.pending.length - 1]?.block;
    if (table?.type === 'table') {
      const first = new ParagraphReader(this.b, lines, from).take();
      if (first && tailOfTable(first, table)) {
        this.pending!.push(first);
        from += first.lines;
      }
    }
    this.flush();
    if (from >= lines.length) return;
    const { preamble } = this.front;
    const start = preamble.length;
    finishParagraphs(new ParagraphReader(this.b, lines, from), null, preamble);
    this.added(start);
  }

  /** Counts the blocks appended to the preamble from `from` on into the run. */
  private added(from: number): void {
    const { preamble } = this.front;
    if (preamble.length === from) return;
    this.first ??= preamble[from]!;
    this.last = preamble[preamble.length - 1]!;
    this.count += preamble.length - from;
  }

  end(): void {
    this.flush();
    if (!this.first || !this.last) return;
    this.b.report(
      'unrecognised-front-matter',
      { start: this.first.range.start, end: this.last.range.end },
      this.count === 1
        ? 'This text before the first item is neither a header field nor the table of contents; it is kept in the preamble.'
        : `These ${this.count} blocks before the first item are neither header fields nor the table of contents; they are kept in the preamble.`,
      'info',
    );
    this.first = this.last = null;
    this.count = 0;
  }
}

function frontPart(node: FrontNode, b: BuildContext): FrontPart {
  switch (node.kind) {
    case 'title':
    case 'field': {
      const { field, rest } = buildHeaderField(b, node.kind === 'title' ? 'title' : 'label', node.token, node.lines);
      return { kind: 'field', field, token: node.token, rest: rest.length ? paragraphDrafts(b, rest) : [] };
    }
    case 'toc': {
      const { entries, rest } = tocEntries(b, node.lines);
      return {
        kind: 'toc',
        field: buildHeaderField(b, 'toc', node.token, []).field,
        entries,
        rest: runDrafts(b, rest),
      };
    }
    case 'heading': {
      const range = tokenRange(b, node.token);
      b.report('stray-heading', range, 'A section heading stands before the first agenda item.', 'info');
      const block: Block = { type: 'heading', text: tokenText(b, node.token), range };
      const draft = { block, first: node.token, last: node.token, lines: 1, markdownHeading: false };
      return { kind: 'blocks', drafts: [draft], tables: false };
    }
    case 'text':
      return { kind: 'text', lines: node.lines };
    default:
      return { kind: 'blocks', drafts: blockDrafts(node, b), tables: node.kind === 'table' };
  }
}

function agendaItem(node: ItemNode, b: BuildContext): Item {
  const { opener, blocks } = node;
  // The item's first text lines may wrap its title and hold the case number.
  let head: ReturnType<typeof itemHead> = { titleLines: [], caseToken: null, rest: [], usedNext: false };
  // The drafts of what the head leaves of the first block (made here), and the first block node
  // left to the body (its drafts made as the finishing pass takes them: `NodeDrafts`).
  let before: Draft[] | null = null;
  let from = 0;
  const first = blocks[0];
  // Lines layout inference gave the opener (its title, the case number above it) may stand in a
  // list block: `117. Title` under the case number.
  const inferred = b.layout?.openers.get(opener);
  const takes = inferred !== undefined && (inferred.head.length > 0 || inferred.caseAbove);
  if (first && (first.kind === 'paragraph' || (takes && first.kind === 'list'))) {
    const second = blocks[1];
    head = itemHead(b, opener, first.lines, second?.kind === 'paragraph' ? second.lines : []);
    const rest = head.rest;
    if (first.kind === 'list' && rest.length && tokenMatcher(rest[0]!, ListStart)) before = listDrafts(b, rest);
    else if (rest.length) before = paragraphDrafts(b, rest);
    from = head.usedNext ? 2 : 1;
  }
  const sections: SectionDraft[] = node.sections.map((s) => {
    const first = s.blocks[0];
    const headingLines = first?.kind === 'paragraph' ? headingContinuation(b, s.heading, first.lines) : [];
    // A heading's continuation line is taken out of the first paragraph.
    const before = headingLines.length && first!.lines.length > 1 ? paragraphDrafts(b, first!.lines.slice(1)) : null;
    return { heading: s.heading, headingLines, drafts: new NodeDrafts(b, before, s.blocks, headingLines.length ? 1 : 0) };
  });
  return buildItem(b, opener, head, new NodeDrafts(b, before, blocks, from), sections);
}

/** Appends the drafts of a block to `out`. */
function blockDrafts(node: BlockNode, b: BuildContext, out: Draft[] = []): Draft[] {
  if (node.kind === 'paragraph') return paragraphDrafts(b, node.lines, out);
  if (node.kind === 'list') return listDrafts(b, node.lines, out);
  out.push(tableDraft(b, node.lines));
  return out;
}

/**
 * A front-matter table whose rows all start with a header label (`Mødedato⇥Torsdag …`) is a
 * set of header fields written with TABs; returns them, or null for a real table.
 */
function labelRows(b: BuildContext, d: Draft): { field: HeaderField; valueStart: number }[] | null {
  if (d.block.type !== 'table') return null;
  const out: { field: HeaderField; valueStart: number }[] = [];
  for (const row of d.block.rows) {
    const label = row.cells[0];
    const key = label && b.lookups.headerKeys.get(lookupKey(label.text.replace(/[*_]/g, '')));
    // (The value cells are copied out only for a label: most tables are no header fields.)
    if (!key || row.cells.length < 2) return null;
    const cells = row.cells.slice(1);
    out.push({
      field: {
        type: 'headerField',
        key,
        label: label.text.replace(/[*_:]/g, '').trim(),
        value: cells.map((c) => c.text).filter(Boolean).join(' '),
        range: row.range,
      },
      valueStart: cells[0]!.range.start.offset,
    });
  }
  return out;
}

// Compiled once, as a module constant.
const TWO_LETTERS = /\p{L}{2}/u;
/** A number first, or after one word (`Punkt 1 …`, `1`). */
const OPENS_NUMBERED = /^(?:\p{L}+\.?\s+)?\d/u;

/**
 * Whether the block under a label alone is its value. Right under it, it is; across a blank
 * line, only what fits the label (a date under `Mødedato`, names under `Deltagere`) and does not
 * open something else (`Punkt 1 Godkendelse …`, `1`): an empty label takes nothing.
 */
function valueUnder(b: BuildContext, field: HeaderField, label: IToken, under: Draft): boolean {
  if (!breakBetween(b, tokenEnd(label), under.first.startOffset)) return true;
  const text = draftText(under);
  if (field.key === 'date') return findDate(text) !== null;
  if (field.key === 'time') return findClock(text) !== null;
  if (field.key === 'participants' || field.key === 'absent') return TWO_LETTERS.test(text) && !opensWithLabelWord(b, text);
  return !OPENS_NUMBERED.test(text);
}

/** Whether `text` opens with a header label as a word of its own (`Sekretær Mie Holm`): no names. */
function opensWithLabelWord(b: BuildContext, text: string): boolean {
  const m = b.lookups.header.lineLabel.exec(text);
  return m !== null && !/^[\p{L}\p{N}]/u.test(text.slice(m[0].length));
}

function draftText(d: Draft): string {
  const { block } = d;
  if (block.type === 'list') return block.items.map((i) => i.text).join(', ');
  if (block.type === 'table') return [...block.header, ...block.rows].map((r) => r.cells.map((c) => c.text).join(' ')).join(', ');
  return block.text;
}
