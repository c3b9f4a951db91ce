import type { Table, TableRow } from '../model/blocks.js';
import { trimmedAmount } from '../text/numbers.js';
import { startsLower } from '../text/plain.js';
import type { CellTails } from './context.js';
import type { Draft } from './build-blocks.js';

/*
 * Tables as text extraction leaves them: split by a blank line or a page break, a wrapped
 * cell's tail alone on the next line, a title row (`Tabel 1: …` and empty cells), header rows,
 * dash lines drawn between rows.
 */

/** A dash line (`---------⇥--⇥------`): every non-empty cell is dashes. */
const isRule = (row: TableRow) => {
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
const isTitle = (row: TableRow) =>
  /^(?:tabel|table|figur|oversigt)\s*(?:\d+\s*)?[:.]/i.test(row.cells[0]?.text.slice(0, 40) ?? '') && row.cells.slice(1).every((c) => !c.text);

/** Column numbers (`1`, `3 (1+2)`, `5 (4-3)`) in every non-empty cell. */
const isNumberRow = (row: TableRow) => {
  const filled = row.cells.filter((c) => c.text);
  return filled.length >= 2 && filled.every((c) => /^\d{1,2}(?:\s*\([\d\s+\-–*/]+\))?$/.test(c.text));
};

/** A header-like row: an empty first cell over labelled columns, or column numbers. */
const isHeaderRow = (row: TableRow) =>
  isNumberRow(row) || (!row.cells[0]?.text && row.cells.slice(1).some((c) => c.text) && !isRule(row));

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
 * Rejoins tables: a one-line paragraph in lower case right after a table, on the next line or
 * between two parts of the table, is a wrapped cell's tail and joins the row above (its label
 * cell when the other cells hold amounts, else its last cell), once per row. Two tables with only
 * blank lines or a page break between them and the same number of columns are one table, unless
 * the second starts with a title row.
 */
export function joinTables(drafts: Draft[], cellTails: CellTails): Draft[] {
  const out: Draft[] = [];
  // The row that took a tail last. A row takes one tail at most, and only the last row of the
  // last table is asked about: rows are only ever appended, so a row once passed is never the
  // last again (no set of all the rows joined, one entry per tail).
  let joined: TableRow | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const previous = out[out.length - 1];
    if (previous?.block.type === 'table' && isTail(d, previous, drafts[i + 1], joined)) {
      const table = previous.block;
      const row = table.rows[table.rows.length - 1]!;
      joined = row;
      const cell = hasAmounts(row) ? row.cells[0]! : row.cells[row.cells.length - 1]!;
      cell.text = `${cell.text} ${(d.block as { text: string }).text}`.trim();
      cellTails.set(cell, d.block.range);
      const amount = trimmedAmount(cell.text);
      cell.value = amount?.value ?? null;
      cell.unit = amount?.unit ?? null;
      row.range = { start: row.range.start, end: d.block.range.end };
      table.range = { start: table.range.start, end: d.block.range.end };
      previous.last = d.last;
      continue;
    }
    if (previous?.block.type === 'table' && d.block.type === 'table') {
      const a = previous.block;
      const b = d.block;
      const lastA = a.rows[a.rows.length - 1]!;
      const firstB = b.rows[0]!;
      if (!isTitle(firstB) && (width(lastA) === width(firstB) || isRule(lastA) || isRule(firstB))) {
        // In place: a table printed one row per paragraph joins row by row.
        for (let r = 0; r < b.rows.length; r++) a.rows.push(b.rows[r]!);
        a.range = { start: a.range.start, end: b.range.end };
        previous.last = d.last;
        previous.lines += d.lines;
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** Whether `d` is the tail of the last row of the table in `previous` (see `joinTables`). */
function isTail(d: Draft, previous: Draft, next: Draft | undefined, joined: TableRow | null): boolean {
  if (d.block.type !== 'paragraph' || d.markdownHeading || d.lines !== 1 || d.block.text.length > 80 || !startsLower(d.block.text)) return false;
  const table = previous.block as Table;
  if (table.rows[table.rows.length - 1] === joined) return false;
  const adjacent = d.block.range.start.line === table.range.end.line + 1;
  return adjacent || next?.block.type === 'table';
}

/** Tells a whole table's title row, header rows, dash lines and body rows apart. */
export function shapeTables(drafts: Draft[]): Draft[] {
  for (let i = 0; i < drafts.length; i++) {
    const { block } = drafts[i]!;
    if (block.type === 'table') shapeTable(block);
  }
  return drafts;
}

/** Moves a table's title row, header rows and dash lines out of `rows`, in place. */
export function shapeTable(table: Table): void {
  // Indexed loops, and the rows kept as they are when none is a dash line (most tables): a table
  // joined from many parts has a row per line, and this runs once per table.
  const rules: TableRow[] = [];
  let rows = table.rows;
  let ruleAt = 0;
  while (ruleAt < rows.length && !isRule(rows[ruleAt]!)) ruleAt++;
  if (ruleAt < rows.length) {
    rows = rows.slice(0, ruleAt);
    for (let i = ruleAt; i < table.rows.length; i++) {
      const row = table.rows[i]!;
      (isRule(row) ? rules : rows).push(row);
    }
  }
  table.rules = rules.map((r) => r.range);
  if (rows.length > 1 && isTitle(rows[0]!)) {
    table.title = rows[0]!.cells[0]!.text;
    table.titleRange = rows[0]!.range;
    rows = rows.slice(1);
  }
  // Header: the leading rows up to the last header-like one among the first three; or a first
  // row of labels over rows of amounts.
  let headerEnd = 0;
  for (let i = 0; i < Math.min(3, rows.length - 1); i++) if (isHeaderRow(rows[i]!)) headerEnd = i + 1;
  if (headerEnd === 0 && rows.length > 1 && !hasAmounts(rows[0]!) && rows[0]!.cells.filter((c) => c.text).length > 1 && hasAmounts(rows[1]!)) {
    headerEnd = 1;
  }
  table.header = rows.slice(0, headerEnd);
  table.rows = headerEnd ? rows.slice(headerEnd) : rows;
}
