// npx tsx bench/seeds-report.ts: what the read layer finds in each seed (decisions by outcome,
// absences, substitutes, meeting absences, KLE vs other case numbers, typed table cells).
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/index.js';
for (const f of readdirSync('seeds').sort()) {
  const { document: d } = parse(readFileSync('seeds/' + f, 'utf8'));
  const decisions = d.items.flatMap((i) => i.decisions);
  const byOutcome: Record<string, number> = {};
  for (const x of decisions) byOutcome[String(x.outcome)] = (byOutcome[String(x.outcome)] ?? 0) + 1;
  const absences = decisions.reduce((n, x) => n + x.attendance.absent.length, 0);
  const subs = decisions.reduce((n, x) => n + x.attendance.substitutes.length, 0);
  const kle = d.items.filter((i) => i.caseNumber?.scheme === 'kle').length;
  const other = d.items.filter((i) => i.caseNumber?.scheme === 'other').length;
  let cells = 0, typed = 0;
  for (const b of [d.preamble, ...d.items.flatMap((i) => i.sections.map((s) => s.blocks))].flat()) if (b.type === 'table') for (const r of [...b.header, ...b.rows]) for (const c of r.cells) { cells++; if (c.value !== null) typed++; }
  console.log(`| ${f.slice(0, 3)} | ${decisions.length} (${decisions.filter((x) => x.current).length} current) | ${Object.entries(byOutcome).map(([k, v]) => `${k} ${v}`).join(', ')} | ${absences} | ${subs} | ${d.participants.filter((p) => p.absent).length} | ${kle} / ${other} | ${typed} / ${cells} | ${d.municipality} |`);
}
