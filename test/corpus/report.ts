/**
 * Parses every file of the development corpus (`test/fixtures/corpus/`) and prints, per file,
 * how much of what `facts.json` lists the parse finds. Run: `npx tsx test/corpus/report.ts`
 * (`--details` adds, per file, the listed items not found and the items facts does not list).
 *
 * Columns: bytes; items listed in facts; listed items found (same number and matching title, see
 * `test/corpus/match.ts`); listed case numbers found on the matching item; parsed items facts
 * does not list (files marked complete only, `-` otherwise); parsed items whose number facts
 * lists but whose title does not match (`wrong`); committee and date against facts (`ok`, or
 * what was found); diagnostics by severity (error/warning/info).
 */
import { parse, type ParseResult } from 'referat';
import { corpusFiles, type FactsMatch, loadFacts, matchFacts, readCorpusFile } from './match.js';

const details = process.argv.includes('--details');
const facts = loadFacts();

interface Row {
  file: string;
  bytes: number;
  match: FactsMatch | null;
  complete: boolean;
  diagnostics: Record<'error' | 'warning' | 'info', number>;
  crash: string | null;
}

const clip = (s: string | null, n: number) => (s === null ? 'null' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

const rows: Row[] = [];
for (const file of corpusFiles()) {
  const text = readCorpusFile(file);
  const fact = facts.get(file);
  const row: Row = {
    file,
    bytes: Buffer.byteLength(text, 'utf8'),
    match: null,
    complete: fact?.complete ?? false,
    diagnostics: { error: 0, warning: 0, info: 0 },
    crash: null,
  };
  let result: ParseResult | null = null;
  try {
    result = parse(text);
  } catch (error) {
    row.crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  if (result) {
    for (const d of result.diagnostics) row.diagnostics[d.severity]++;
    if (fact) row.match = matchFacts(result.document, fact);
  }
  rows.push(row);
}

const header = ['file', 'bytes', 'listed', 'found', 'case#', 'extra', 'wrong', 'committee', 'date', 'e/w/i'];
const table: string[][] = rows.map((r) => {
  const m = r.match;
  const diag = `${r.diagnostics.error}/${r.diagnostics.warning}/${r.diagnostics.info}`;
  if (r.crash) return [r.file.slice(0, 28), String(r.bytes), '', 'THROWS', '', '', '', clip(r.crash, 40), '', ''];
  if (!m) return [r.file.slice(0, 28), String(r.bytes), '', 'NO FACTS', '', '', '', '', '', diag];
  return [
    r.file.slice(0, 28),
    String(r.bytes),
    String(m.listed),
    String(m.found),
    m.caseNumbersListed ? `${m.caseNumbersFound}/${m.caseNumbersListed}` : '-',
    r.complete ? String(m.extras.length) : '-',
    String(m.wrongItems.length),
    m.committee.ok ? 'ok' : clip(m.committee.found, 30),
    m.date.ok ? 'ok' : clip(m.date.found, 10),
    diag,
  ];
});

const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
const ok = rows.filter((r) => r.match);
table.push([
  `TOTAL (${rows.length} files)`,
  String(sum((r) => r.bytes)),
  String(sum((r) => r.match?.listed ?? 0)),
  String(sum((r) => r.match?.found ?? 0)),
  `${sum((r) => r.match?.caseNumbersFound ?? 0)}/${sum((r) => r.match?.caseNumbersListed ?? 0)}`,
  String(sum((r) => (r.complete ? (r.match?.extras.length ?? 0) : 0))),
  String(sum((r) => r.match?.wrongItems.length ?? 0)),
  `${ok.filter((r) => r.match!.committee.ok).length}/${ok.length} ok`,
  `${ok.filter((r) => r.match!.date.ok).length}/${ok.length} ok`,
  `${sum((r) => r.diagnostics.error)}/${sum((r) => r.diagnostics.warning)}/${sum((r) => r.diagnostics.info)}`,
]);

const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
const numeric = new Set([1, 2, 3, 4, 5, 6]);
const line = (cells: string[]) =>
  cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
table.slice(0, -1).forEach((row) => console.log(line(row)));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(table.at(-1)!));

const missingFacts = [...facts.keys()].filter((f) => !rows.some((r) => r.file === f));
if (missingFacts.length) console.log(`\nfacts.json lists files not in the corpus: ${missingFacts.join(', ')}`);

const notes: string[] = [];
for (const r of rows) {
  const m = r.match;
  if (r.crash) notes.push(`${r.file}: parse throws: ${r.crash}`);
  if (!m) continue;
  for (const w of m.wrongItems) {
    notes.push(`${r.file}: item ${w.item.number} (line ${w.item.headingRange.start.line}) is titled ${JSON.stringify(w.item.title)}; facts lists ${w.fact.number} as ${JSON.stringify(w.fact.title)}`);
  }
  for (const w of m.wrongCaseNumbers) {
    notes.push(`${r.file}: item ${w.item.number} has case number ${w.item.caseNumber!.raw}; facts says ${w.fact.caseNumber}`);
  }
  if (details) {
    const missed = m.matches.filter((x) => !x.item);
    if (missed.length) notes.push(`${r.file}: not found: ${missed.map((x) => `${x.fact.number ?? '?'} ${clip(x.fact.title, 40)}`).join(' | ')}`);
    const caseMissed = m.matches.filter((x) => x.item && x.fact.caseNumber && !x.caseNumberFound);
    if (caseMissed.length) notes.push(`${r.file}: case number missing on item(s) ${caseMissed.map((x) => x.fact.number).join(', ')}`);
    if (m.extras.length) notes.push(`${r.file}: not in facts: ${m.extras.map((it) => `${it.number ?? '?'} ${clip(it.title, 40)}`).join(' | ')}`);
    if (!m.committee.ok) notes.push(`${r.file}: committee ${JSON.stringify(m.committee.found)}, facts ${JSON.stringify(m.committee.expected)}`);
    if (!m.date.ok) notes.push(`${r.file}: date ${JSON.stringify(m.date.found)}, facts ${JSON.stringify(m.date.expected)}`);
  }
}
if (notes.length) console.log(`\n${notes.join('\n')}`);
