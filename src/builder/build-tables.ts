import type { Paragraph, Table, TableRow } from '../model/blocks.js';
import type { Range } from '../model/range.js';
import { trimmedAmount } from '../text/numbers.js';
import { startsLower } from '../text/plain.js';
import type { CellTails } from './context.js';
import type { Draft, DraftSource } from './build-blocks.js';

/*
 * Tables as text extraction leaves them: split by a blank line or a page break, a wrapped
 * cell's tail alone on the next line, a title row (`Tabel 1: …` and empty cells), header rows,
 * dash lines drawn between rows.
 */

/** A dash line (`---------⇥--⇥------`): every non-empty cell is dashes. */
export const isRule = (row: TableRow) => {
  let filled = false;
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i]!;
    if (!c.text) continue;
    // Most cells are text: the first character tells, before the pattern.
    if (!RULE_START.has(c.text[0]!) || !/^[-–_=]{2,}$/.test(c.text)) return false;
    filled = true;
  }
  return filled;
};
const RULE_START = new Set(['-', '–', '_', '=']);

/** A title row: a first cell such as `Tabel 1: Lejre 2023`, all others empty. */
const isTitle = (row: TableRow) => {
  const first = row.cells[0]?.text ?? '';
  // Asked of every table joined to the one before: the first letter tells most rows apart.
  if (!TITLE_START.has(first.charCodeAt(0)) || !/^(?:tabel|table|figur|oversigt)\s*(?:\d+\s*)?[:.]/i.test(first.slice(0, 40))) return false;
  for (let i = 1; i < row.cells.length; i++) if (row.cells[i]!.text) return false;
  return true;
};
/** The first letters of the title words, either case: `t`, `f`, `o`. */
const TITLE_START = new Set([0x74, 0x54, 0x66, 0x46, 0x6f, 0x4f]);
/** Column numbers (`1`, `3 (1+2)`, `5 (4-3)`) in every non-empty cell, two of them at least. */
const isNumberRow = (row: TableRow) => {
  const { cells } = row;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const { text } = cells[i]!;
    if (!text) continue;
    if (!COLUMN_NUMBER.test(text)) return false;
    filled++;
  }
  return filled >= 2;
};
const COLUMN_NUMBER = /^\d{1,2}(?:\s*\([\d\s+\-–*/]+\))?$/;

/** A header-like row: an empty first cell over labelled columns, or column numbers. */
const isHeaderRow = (row: TableRow) => isNumberRow(row) || (!row.cells[0]?.text && filledFrom(row, 1) > 0 && !isRule(row));

/** How many cells of a row from its `from`th on hold text (counted in place: tables are many rows). */
const filledFrom = (row: TableRow, from: number) => {
  let n = 0;
  for (let i = from; i < row.cells.length; i++) if (row.cells[i]!.text) n++;
  return n;
};

/** Whether a row has an amount outside its first (label) cell. */
const hasAmounts = (row: TableRow) => {
  for (let i = 1; i < row.cells.length; i++) if (row.cells[i]!.value !== null) return true;
  return false;
};

/** Columns of a row without its trailing empty cells. */
const width = (row: TableRow) => {
  let n = row.cells.length;
  while (n > 1 && !row.cells[n - 1]!.text) n--;
  return n;
};

/**
 * Drafts with tables rejoined and shaped, as they are taken: a one-line paragraph in lower case
 * right after a table, on the next line or between two parts of the table, is a wrapped cell's
 * tail and joins the row above (its label cell when the other cells hold amounts, else its last
 * cell), once per row. Two tables with only blank lines or a page break between them and the
 * same number of columns are one table, unless the second starts with a title row. A table is
 * shaped (`shapeTable`) once nothing more joins it. The tails are noted in `cellTails`.
 *
 * Read as the finishing pass goes, not copied into a list: a long table printed in parts is
 * many drafts, each read once while at hand.
 */
export class JoinedTables implements DraftSource {
  /** The next draft of the source, and the one after it once read (null: not read yet). */
  private ahead: Draft | undefined;
  private second: Draft | undefined | null = null;
  // The row that took a tail last. A row takes one tail at most, and only the last row of the
  // last table is asked about: rows are only ever appended, so a row once passed is never the
  // last again (no set of all the rows joined, one entry per tail).
  private joined: TableRow | null = null;

  constructor(
    private readonly source: DraftSource,
    private readonly cellTails: CellTails,
  ) {
    this.ahead = source.take();
  }

  take(): Draft | undefined {
    const d = this.advance();
    if (d?.block.type !== 'table') return d;
    const table = d.block;
    let grown = false;
    for (let n = this.ahead; n; n = this.ahead) {
      if (this.isTail(n, table)) this.joinTail(d, n);
      else if (n.block.type === 'table' && joinsTable(table, n.block)) {
        // In place: a table printed one row per paragraph joins row by row.
        const { rows } = n.block;
        for (let r = 0; r < rows.length; r++) table.rows.push(rows[r]!);
        d.lines += n.lines;
        if (d.ruled === false) d.ruled = n.ruled;
      } else break;
      d.last = n.last;
      grown = true;
      this.advance();
    }
    // The range once the table is whole: it spans the rows (the last with its tail).
    if (grown) table.range = { start: table.rows[0]!.range.start, end: table.rows[table.rows.length - 1]!.range.end };
    shapeTable(table, d.ruled !== false);
    return d;
  }

  /** The next draft of the source, taken. */
  private advance(): Draft | undefined {
    const d = this.ahead;
    if (this.second !== null) {
      this.ahead = this.second;
      this.second = null;
    } else if (d) this.ahead = this.source.take();
    return d;
  }

  /** Whether `d` (the next draft) is the tail of the last row of `table`. */
  private isTail(d: Draft, table: Table): boolean {
    if (!mayBeTail(d)) return false;
    const row = table.rows[table.rows.length - 1]!;
    if (row === this.joined) return false;
    if (d.block.range.start.line === row.range.end.line + 1) return true;
    // Between two parts of the table: the draft after it is a table.
    if (this.second === null) this.second = this.source.take();
    return this.second?.block.type === 'table';
  }

  /** Joins the tail line `d` to the last row of `table`'s draft `t`. */
  private joinTail(t: Draft, d: Draft): void {
    const table = t.block as Table;
    const row = table.rows[table.rows.length - 1]!;
    this.joined = row;
    const cell = hasAmounts(row) ? row.cells[0]! : row.cells[row.cells.length - 1]!;
    const tail = d.block as Paragraph;
    // Both texts are trimmed, the tail not empty: joined by a space, nothing to trim.
    cell.text = cell.text ? `${cell.text} ${tail.text}` : tail.text;
    this.cellTails.set(cell, tail.range);
    const amount = trimmedAmount(cell.text);
    cell.value = amount?.value ?? null;
    cell.unit = amount?.unit ?? null;
    // The row's own range (made with it, shared with nothing) is moved in place.
    row.range.end = tail.range.end;
  }
}

/** Whether a draft has a cell tail's shape: one line of lower-case text, 80 characters at most. */
function mayBeTail(d: Draft): boolean {
  return d.block.type === 'paragraph' && !d.markdownHeading && d.lines === 1 && d.block.text.length <= 80 && startsLower(d.block.text);
}

/**
 * Whether `d` is the tail of `table`'s last row standing right under it, as the finishing pass
 * joins it (`JoinedTables`), unless that row has taken a tail already: for a caller that must
 * know before the pass whether a draft belongs to the table's.
 */
export function tailOfTable(d: Draft, table: Table): boolean {
  return mayBeTail(d) && d.block.range.start.line === table.rows[table.rows.length - 1]!.range.end.line + 1;
}

/** Whether table `b` continues table `a` (see {@link JoinedTables}). */
function joinsTable(a: Table, b: Table): boolean {
  const lastA = a.rows[a.rows.length - 1]!;
  const firstB = b.rows[0]!;
  return !isTitle(firstB) && (width(lastA) === width(firstB) || isRule(lastA) || isRule(firstB));
}

/**
 * Moves a table's title row, header rows and dash lines out of `rows`, in place. `ruled` false
 * says that no row is a dash line (known from the drafts: the rows need not be read again).
 */
export function shapeTable(table: Table, ruled = true): void {
  // Indexed loops, and the rows kept as they are when none is a dash line (most tables): a table
  // joined from many parts has a row per line, and this runs once per table.
  // The dash lines' ranges (no list of their rows to map: most tables have none).
  const rules: Range[] = [];
  let rows = table.rows;
  let ruleAt = 0;
  if (ruled) while (ruleAt < rows.length && !isRule(rows[ruleAt]!)) ruleAt++;
  else ruleAt = rows.length;
  if (ruleAt < rows.length) {
    rows = rows.slice(0, ruleAt);
    for (let i = ruleAt; i < table.rows.length; i++) {
      const row = table.rows[i]!;
      if (isRule(row)) rules.push(row.range);
      else rows.push(row);
    }
  }
  table.rules = rules;
  if (rows.length > 1 && isTitle(rows[0]!)) {
    table.title = rows[0]!.cells[0]!.text;
    table.titleRange = rows[0]!.range;
    rows = rows.slice(1);
  }
  // Header: the leading rows up to the last header-like one among the first three; or a first
  // row of labels over rows of amounts.
  let headerEnd = 0;
  for (let i = 0; i < Math.min(3, rows.length - 1); i++) if (isHeaderRow(rows[i]!)) headerEnd = i + 1;
  if (headerEnd === 0 && rows.length > 1 && !hasAmounts(rows[0]!) && filledFrom(rows[0]!, 0) > 1 && hasAmounts(rows[1]!)) {
    headerEnd = 1;
  }
  table.header = rows.slice(0, headerEnd);
  table.rows = headerEnd ? rows.slice(headerEnd) : rows;
}
