/**
 * Compares a parse with what a reader finds in a small case (`test/fixtures/cases/NN.expected.json`,
 * format in `test/fixtures/cases/README.md`). Only the fields a case names are compared; `…Note`
 * fields explain a choice and are not compared. Returns the differences, one line each.
 */
import type { Item, Referat } from 'referat';

type Json = Record<string, unknown>;

const heading = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim().replace(/[:.]$/, '').trim();
const firstSentence = (s: string) => /^.*?[.!?](?=\s|$)/s.exec(s.trim())?.[0].replace(/\s+/g, ' ') ?? s.trim();

/** The current decision of an item, or null when it has none. */
function current(item: Item) {
  return item.decisions.find((d) => d.current) ?? null;
}

/** Who the document says was absent from this meeting (current decisions), in order, with their substitutes. */
export function absences(doc: Referat): { name: string; substitute: string | null }[] {
  const out: { name: string; substitute: string | null }[] = [];
  for (const item of doc.items) {
    for (const d of item.decisions.filter((x) => x.current)) {
      for (const p of d.attendance.absent) {
        if (out.some((o) => o.name === p.name)) continue;
        const sub = d.attendance.substitutes.find((s) => s.for === p.name);
        out.push({ name: p.name, substitute: sub?.name ?? null });
      }
    }
  }
  return out;
}

export function checkCase(doc: Referat, expected: Json): string[] {
  const diffs: string[] = [];
  const same = (label: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  for (const f of ['kind', 'committee', 'date', 'startTime', 'location'] as const) if (f in expected) same(f, doc[f], expected[f]);
  if (Array.isArray(expected.participants)) same('participants', doc.participants.map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}`), expected.participants);
  const items = (expected.items ?? []) as Json[];
  same('item count', doc.items.length, items.length);
  items.forEach((want, i) => {
    const it = doc.items[i];
    const tag = `item ${i + 1}`;
    if (!it) return;
    if ('number' in want) same(`${tag} number`, it.number, want.number);
    if ('printedNumber' in want) same(`${tag} label`, it.label, want.printedNumber);
    if ('title' in want) same(`${tag} title`, it.title, want.title);
    if ('caseNumber' in want) same(`${tag} case number`, it.caseNumber?.raw ?? null, want.caseNumber);
    if ('sections' in want) {
      same(`${tag} sections`, it.sections.filter((s) => s.heading).map((s) => heading(s.heading)), (want.sections as string[]).map(heading));
    }
    const d = current(it);
    if ('decision' in want) {
      const text = d ? d.text.replace(/\s+/g, ' ').trim() : null;
      const ok = want.decision === null ? text === null : text !== null && (text.startsWith(String(want.decision)) || firstSentence(text) === want.decision);
      if (!ok) diffs.push(`${tag} decision: got ${JSON.stringify(text)}, want ${JSON.stringify(want.decision)}`);
    }
    // `outcomeNote` may allow `other` where no outcome is stated.
    const otherOk = want.outcome === null && /'other' is acceptable/.test(String(want.outcomeNote ?? ''));
    if ('outcome' in want && !(otherOk && d?.outcome === 'other')) same(`${tag} outcome`, d?.outcome ?? null, want.outcome);
    if ('closed' in want) same(`${tag} closed`, it.closed, want.closed);
    if ('absent' in want) same(`${tag} absent`, it.attendance.absent.map((p) => p.name), want.absent);
    if ('authority' in want) same(`${tag} authority`, it.authority, want.authority);
    if ('recommendationBy' in want) same(`${tag} recommendation by`, it.recommendation?.by ?? null, want.recommendationBy);
    if (Array.isArray(want.earlierDecisions)) {
      const earlier = it.decisions.filter((x) => !x.current);
      (want.earlierDecisions as Json[]).forEach((e, k) => {
        const got = earlier[k];
        for (const f of ['body', 'date', 'itemNumber', 'current'] as const) if (f in e) same(`${tag} earlier ${k + 1} ${f}`, got?.[f] ?? null, e[f]);
        if ('text' in e) same(`${tag} earlier ${k + 1} text`, got ? firstSentence(got.text) : null, e.text);
        if ('absent' in e) same(`${tag} earlier ${k + 1} absent`, got?.attendance.absent.map((p) => p.name) ?? null, e.absent);
      });
    }
  });
  if (Array.isArray(expected.absences)) {
    const want = (expected.absences as (string | Json)[]).map((a) => (typeof a === 'string' ? { name: a } : { name: a.name, substitute: a.substitute }));
    const got = absences(doc).map((a, k) => ('substitute' in (want[k] ?? {}) ? a : { name: a.name }));
    same('absences', got, want);
  }
  return diffs;
}
