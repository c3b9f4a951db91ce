import type { Referat } from '../model/document.js';

/** The tables `referat --csv <table>` writes, one row per decision or per absence. */
export const CSV_TABLES = ['decisions', 'absences'] as const;
/** A table `--csv` can write. */
export type CsvTable = (typeof CSV_TABLES)[number];

const COLUMNS: Record<CsvTable, string[]> = {
  decisions: ['file', 'municipality', 'committee', 'meeting_date', 'item', 'item_title', 'case_number', 'kle_subject', 'body', 'date', 'current', 'outcome', 'absent', 'text'],
  absences: ['file', 'municipality', 'committee', 'meeting_date', 'item', 'body', 'date', 'current', 'name', 'party', 'participant', 'substitute'],
};

/** The header line of a CSV table. */
export function csvHeader(table: CsvTable): string {
  return `${COLUMNS[table].join(',')}\n`;
}

/** The rows of one parsed document for a CSV table (RFC 4180 quoting, `\n` line ends). */
export function csvRows(table: CsvTable, file: string, doc: Referat): string {
  const lines: string[] = [];
  const meeting = [file, doc.municipality, doc.committee, doc.date];
  for (const item of doc.items) {
    for (const d of item.decisions) {
      if (table === 'decisions') {
        const absent = d.attendance.absent.map((p) => p.name).join('; ');
        lines.push(row([...meeting, item.number, item.title, item.caseNumber?.raw, item.caseNumber?.subject, d.body, d.date, d.current, d.outcome, absent, d.text]));
        continue;
      }
      for (const p of d.attendance.absent) {
        const sub = d.attendance.substitutes.find((s) => s.for === p.name)?.name;
        lines.push(row([...meeting, item.number, d.body, d.date, d.current, p.name, p.party, p.participant, sub]));
      }
    }
  }
  return lines.join('');
}

function row(values: unknown[]): string {
  return `${values.map(cell).join(',')}\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
