import type { Decision, Item, Referat, Table, TableRow } from 'referat';

/** A row of a table command: values by column, in the column order of its table. */
export type Row = Record<string, string | number | boolean | null>;

/** The tables the command writes, each with its columns in order. */
export const COLUMNS = {
  decisions: ['file', 'municipality', 'committee', 'meeting_date', 'item', 'item_label', 'item_title', 'case_number', 'body', 'decision_date', 'current', 'outcome', 'votes_for', 'votes_against', 'votes_abstained', 'absent', 'substitutes', 'text', 'line'],
  attendance: ['file', 'municipality', 'committee', 'meeting_date', 'scope', 'item', 'body', 'decision_date', 'name', 'party', 'status', 'substitute_for', 'substituted_by', 'line'],
  tables: ['file', 'item', 'item_title', 'table', 'part', 'row', 'column', 'header', 'text', 'value', 'unit', 'line'],
  cases: ['case_number', 'municipality', 'event', 'date', 'body', 'outcome', 'text', 'file', 'meeting_committee', 'meeting_date', 'item', 'item_title', 'quoted'],
} as const;

/** A table the command writes. */
export type TableName = keyof typeof COLUMNS;

const names = (people: { name: string }[]): string => people.map((p) => p.name).join('; ');

/**
 * A row per decision: the meeting, the item (number, printed label such as `Punkt 3`, title,
 * case number), the decision (body, date, current, outcome, votes, absent, substitutes, text)
 * and the line it starts on. Items without a decision give one row with empty decision fields
 * unless `decided`.
 */
export function decisionRows(file: string, doc: Referat, input: string, decided: boolean): Row[] {
  // Each row is one object literal, its keys in column order: spreading a shared base and adding
  // the decision's fields costs V8 (Node 20) some 30 µs a row, more than the rest of the command.
  const rows: Row[] = [];
  const { municipality, committee, date } = doc;
  for (const item of doc.items) {
    const label = itemLabel(input, item);
    const caseNumber = item.caseNumber?.raw ?? null;
    const decisions: (Decision | null)[] = item.decisions.length === 0 && !decided ? [null] : item.decisions;
    for (const d of decisions) {
      rows.push({
        file,
        municipality,
        committee,
        meeting_date: date,
        item: item.number,
        item_label: label,
        item_title: item.title,
        case_number: caseNumber,
        body: d ? d.body : null,
        decision_date: d ? d.date : null,
        current: d ? d.current : null,
        outcome: d ? d.outcome : null,
        votes_for: d?.votes?.for.join('; ') ?? null,
        votes_against: d?.votes?.against.join('; ') ?? null,
        votes_abstained: d?.votes?.abstained.join('; ') ?? null,
        absent: d ? names(d.attendance.absent) : null,
        substitutes: d ? d.attendance.substitutes.map((s) => (s.for ? `${s.name} for ${s.for}` : s.name)).join('; ') : null,
        text: d ? d.text : null,
        line: d ? d.range.start.line : item.headingRange.start.line,
      });
    }
  }
  return rows;
}

/**
 * A row per person per meeting (`scope: meeting`, from the participants: `present` or
 * `absent`, and a `substitute` row for who stood in), and per item where a decision's
 * attendance lines name someone (`scope: item`: `absent`, or `substitute` for whom).
 */
export function attendanceRows(file: string, doc: Referat): Row[] {
  // Object literals, keys in the order the rows have always had (see `decisionRows`).
  const { municipality, committee, date } = doc;
  const rows: Row[] = [];
  for (const p of doc.participants) {
    const line = p.range?.start.line ?? null;
    rows.push({ file, municipality, committee, meeting_date: date, scope: 'meeting', item: null, body: committee, decision_date: date, party: p.party, line, name: p.name, status: p.absent ? 'absent' : 'present', substitute_for: null, substituted_by: p.substitute });
    if (p.substitute) {
      rows.push({ file, municipality, committee, meeting_date: date, scope: 'meeting', item: null, body: committee, decision_date: date, party: null, line, name: p.substitute, status: 'substitute', substitute_for: p.name, substituted_by: null });
    }
  }
  for (const item of doc.items) {
    for (const d of item.decisions) {
      const body = d.body ?? committee;
      const decisionDate = d.date ?? (d.current ? date : null);
      for (const p of d.attendance.absent) {
        const sub = d.attendance.substitutes.find((s) => s.for === p.name || s.for === p.participant);
        rows.push({ file, municipality, committee, meeting_date: date, scope: 'item', item: item.number, body, decision_date: decisionDate, name: p.participant ?? p.name, party: p.party, status: 'absent', substitute_for: null, substituted_by: sub?.name ?? null, line: p.range.start.line });
      }
      for (const s of d.attendance.substitutes) {
        rows.push({ file, municipality, committee, meeting_date: date, scope: 'item', item: item.number, body, decision_date: decisionDate, name: s.name, party: s.party, status: 'substitute', substitute_for: s.for, substituted_by: null, line: s.range.start.line });
      }
    }
  }
  return rows;
}

/**
 * A row per table cell: the item (empty for tables before the first item), the table's number
 * in the document (from 1), `part` (`header` or `body`), row and column (from 1), the column's
 * header (its header cells joined), the cell's text, value and unit, and its line.
 */
export function tableRows(file: string, doc: Referat): Row[] {
  const rows: Row[] = [];
  let n = 0;
  const visit = (table: Table, item: Item | null): void => {
    n++;
    const header = (column: number): string => table.header.map((r) => r.cells[column]?.text ?? '').filter(Boolean).join(' ');
    const emit = (part: 'header' | 'body', list: TableRow[]): void =>
      list.forEach((row, r) =>
        row.cells.forEach((cell, c) =>
          rows.push({ file, item: item?.number ?? null, item_title: item?.title ?? null, table: n, part, row: r + 1, column: c + 1, header: header(c), text: cell.text, value: cell.value, unit: cell.unit, line: cell.range?.start.line ?? row.range?.start.line ?? null }),
        ),
      );
    emit('header', table.header);
    emit('body', table.rows);
  };
  for (const block of doc.preamble) if (block.type === 'table') visit(block, null);
  for (const item of doc.items) for (const section of item.sections) for (const block of section.blocks) if (block.type === 'table') visit(block, item);
  return rows;
}

/** The label an item's opener prints before its title (`Punkt 3`, `715.`, `1:`), or null. */
export function itemLabel(input: string, item: Item): string | null {
  const { start } = item.headingRange;
  const end = input.indexOf('\n', start.offset);
  const line = input.slice(start.offset, end < 0 ? undefined : end);
  const at = item.title ? line.indexOf(item.title.slice(0, 12)) : -1;
  if (at <= 0) return null;
  let labelEnd = at;
  // (The label's trailing `[\s*:–-]`, cut from the end: a pattern searched from every start
  // would take time quadratic in a long run of them.)
  while (labelEnd > 0 && /[\s*:–-]/.test(line[labelEnd - 1]!)) labelEnd--;
  const label = line.slice(0, labelEnd).replace(/^[\s#*]+/, '');
  return label || null;
}
