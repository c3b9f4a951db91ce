/**
 * Scoring a parse against the hand-made gold in `test/fixtures/corpus/gold/` (format:
 * `test/fixtures/corpus/GOLD.md`). The same measure as `../shared/tools/score-corpus.mjs`, the
 * one the project is judged by on documents it has never seen: per document the committee,
 * date, start time, location, participant count, TOC entry count and item count; per gold item
 * its number, title, case number, section headings, this meeting's decision (first sentence),
 * attachment count and table count; and the nothing-lost and position invariants.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Item, Referat } from 'referat';
import { CORPUS_DIR } from './match.js';

/** One item as the gold lists it. */
export interface GoldItem {
  number: number | null;
  title: string | null;
  caseNumber: string | null;
  sections: string[];
  decision: string | null;
  attachments: number;
  tables: number;
}

/** What a careful reader finds in one corpus document. */
export interface Gold {
  committee?: string | null;
  date?: string | null;
  startTime?: string | null;
  location?: string | null;
  participants: number | unknown[];
  tocEntries: number;
  items: GoldItem[];
}

/** The outcome of one check: its label, and what was found when it failed. */
export interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

export const norm = (s: unknown) =>
  (s ?? '').toString().replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const normHeading = (s: unknown) => norm(s).replace(/[:.]$/, '').trim();
const firstSentence = (s: string) => {
  const t = norm(s);
  return /^.*?[.!?](?=\s|$)/.exec(t)?.[0] ?? t;
};

/** The gold of every corpus document, keyed by the document's file name. */
export function loadGold(): Map<string, Gold> {
  const dir = new URL('gold/', CORPUS_DIR);
  const out = new Map<string, Gold>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    out.set(f.replace(/\.json$/, '.txt'), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Gold);
  }
  return out;
}

function decisionText(item: Item): string {
  const current = item.decisions.filter((d) => d.current !== false);
  const d = current[0] ?? item.decisions[item.decisions.length - 1];
  return d ? norm(d.text) : '';
}

const countTables = (item: Item) =>
  item.sections.reduce((n, s) => n + s.blocks.filter((b) => b.type === 'table').length, 0);

/** Scores one document's parse against its gold; `problems` are the invariant checker's findings. */
export function scoreDocument(document: Referat, gold: Gold, problems: string[]): Check[] {
  const checks: Check[] = [];
  const check = (label: string, ok: boolean, detail = '') => checks.push({ label, ok, detail });
  const meeting = document as unknown as Record<string, unknown>;
  for (const k of ['committee', 'date', 'startTime', 'location'] as const) {
    if (gold[k] === undefined) continue;
    check(k, norm(meeting[k]) === norm(gold[k]), `got ${JSON.stringify(meeting[k])} want ${JSON.stringify(gold[k])}`);
  }
  const wantP = Array.isArray(gold.participants) ? gold.participants.length : (gold.participants ?? 0);
  check('participants', document.participants.length === wantP, `got ${document.participants.length} want ${wantP}`);
  check('toc', document.toc.length === (gold.tocEntries ?? 0), `got ${document.toc.length} want ${gold.tocEntries ?? 0}`);
  const items = document.items;
  check('item count', items.length === gold.items.length, `got ${items.length} want ${gold.items.length}`);
  gold.items.forEach((g, i) => {
    const it: Partial<Item> =
      (g.number != null && items.find((x) => x.number === g.number)) || items[i] || {};
    const tag = `item ${g.number ?? i + 1}`;
    check(`${tag} number`, it.number === g.number, `got ${it.number}`);
    if (g.title !== null) check(`${tag} title`, norm(it.title) === norm(g.title), `got ${JSON.stringify(it.title)}`);
    check(
      `${tag} case`,
      norm(it.caseNumber?.raw) === norm(g.caseNumber),
      `got ${JSON.stringify(it.caseNumber?.raw)} want ${JSON.stringify(g.caseNumber)}`,
    );
    const hs = (it.sections ?? []).map((s) => normHeading(s.heading)).filter((h) => h !== '');
    const gs = (g.sections ?? []).map(normHeading);
    check(`${tag} sections`, JSON.stringify(hs) === JSON.stringify(gs), `got ${JSON.stringify(hs)} want ${JSON.stringify(gs)}`);
    const dt = it.decisions ? decisionText(it as Item) : '';
    if (g.decision === null) check(`${tag} decision`, dt === '', `got ${JSON.stringify(dt.slice(0, 60))} want none`);
    else {
      const want = norm(g.decision);
      const bare = want.replace(/^(ad\.?\s*)?\d+[.)]+\s*/i, '');
      const ok = dt.includes(want) || dt.includes(bare) || (dt !== '' && want.startsWith(firstSentence(dt)));
      check(`${tag} decision`, ok, `got ${JSON.stringify(dt.slice(0, 80))}`);
    }
    const attachments = it.attachments?.length ?? 0;
    check(`${tag} attachments`, attachments === (g.attachments ?? 0), `got ${attachments} want ${g.attachments}`);
    const tables = it.sections ? countTables(it as Item) : 0;
    check(`${tag} tables`, tables === (g.tables ?? 0), `got ${tables} want ${g.tables}`);
  });
  check('invariants', problems.length === 0, problems.join('; '));
  return checks;
}

interface RangeLike {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}
const isRange = (x: unknown): x is RangeLike =>
  typeof x === 'object' && x !== null && 'start' in x && 'end' in x &&
  typeof (x as RangeLike).start?.offset === 'number';

/** Every range in the tree, and whether it covers like a leaf (no ranged descendants). */
function rangedNodes(root: unknown): { range: RangeLike; leaf: boolean }[] {
  const out: { range: RangeLike; leaf: boolean }[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown): boolean => {
    if (!v || typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    if (!('type' in v) && isRange(v)) {
      out.push({ range: v, leaf: true });
      return false;
    }
    let childRanged = false;
    for (const [k, c] of Object.entries(v)) {
      if (k === 'range') continue;
      if (Array.isArray(c)) for (const x of c) childRanged = walk(x) || childRanged;
      else if (c && typeof c === 'object') childRanged = walk(c) || childRanged;
    }
    const r = (v as { range?: unknown }).range;
    if (isRange(r)) out.push({ range: r, leaf: !childRanged });
    for (const [k, x] of Object.entries(v)) if (k !== 'range' && k.endsWith('Range') && isRange(x)) out.push({ range: x, leaf: true });
    return isRange(r) || childRanged;
  };
  walk(root);
  return out;
}

/** Positions that disagree with their offsets, and non-blank lines inside no leaf's range. */
export function invariantProblems(input: string, document: Referat): string[] {
  const problems: string[] = [];
  const lineStarts = [0];
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '\n' || (input[i] === '\r' && input[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (lineStarts[m]! <= off) lo = m;
      else hi = m - 1;
    }
    return lo;
  };
  let badPos = 0;
  const covered = new Uint8Array(input.length + 1);
  for (const { range, leaf } of rangedNodes(document)) {
    const { start, end } = range;
    if (start.offset < 0 || end.offset > input.length || start.offset > end.offset) {
      badPos++;
      continue;
    }
    for (const p of [start, end]) {
      const l = lineOf(Math.min(p.offset, input.length));
      if (p.line !== l + 1 || p.column !== p.offset - lineStarts[l]! + 1) badPos++;
    }
    if (leaf) covered.fill(1, start.offset, end.offset);
  }
  if (badPos) problems.push(`${badPos} positions disagree with their offset`);
  let lost = 0;
  let example: string | null = null;
  let off = 0;
  for (const line of input.split(/\r\n|\r|\n/)) {
    for (let i = 0; i < line.length; i++) {
      if (!/\s/.test(line[i]!) && line[i] !== '\ufeff' && !covered[off + i]) {
        lost++;
        example ??= line.slice(0, 60);
        break;
      }
    }
    off += line.length;
    off += input.startsWith('\r\n', off) ? 2 : off < input.length ? 1 : 0;
  }
  if (lost) problems.push(`${lost} non-blank lines not inside any leaf range, e.g. "${example}"`);
  return problems;
}

/** Per document: the checks; and the totals. */
export interface CorpusScore {
  documents: { file: string; checks: Check[]; pass: number; total: number }[];
  pass: number;
  total: number;
}

/** Parses every corpus document with `parse` and scores it against its gold. */
export function scoreCorpus(parse: (input: string) => { document: Referat }): CorpusScore {
  const score: CorpusScore = { documents: [], pass: 0, total: 0 };
  for (const [file, gold] of loadGold()) {
    const input = readFileSync(new URL(file, CORPUS_DIR), 'utf8');
    const { document } = parse(input);
    const checks = scoreDocument(document, gold, invariantProblems(input, document));
    const pass = checks.filter((c) => c.ok).length;
    score.documents.push({ file, checks, pass, total: checks.length });
    score.pass += pass;
    score.total += checks.length;
  }
  return score;
}
