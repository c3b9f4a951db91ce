import type { Attachment, Item, Recommendation, Section } from '../model/agenda.js';
import type { LineIndex } from '../lexer/line-index.js';
import type { Range } from '../model/range.js';
import { leadingPhrase } from '../text/plain.js';

/**
 * The recommendation (Indstilling) of an item: who recommends (`Direktionen indstiller:`,
 * `Social, Sundhed og Kultur indstiller, at:`, a heading `Direktøren for … indstiller,`) and
 * the clauses (list entries, `at …` paragraphs, the `at …` rest of an `indstiller, at …` line).
 */
export function readRecommendation(item: Item): Recommendation | null {
  let rec: Recommendation | null = null;
  for (const section of item.sections) {
    if (section.kind !== 'recommendation') continue;
    rec ??= { type: 'recommendation', by: null, clauses: [], range: section.range };
    rec.range = { start: rec.range.start, end: section.range.end };
    if (section.heading) rec.by ??= recommender(section.heading)?.by ?? null;
    for (const block of section.blocks) {
      if (block.type === 'list') for (const it of block.items) rec.clauses.push(it.text);
      if (block.type !== 'paragraph' && block.type !== 'heading') continue;
      const r = recommender(block.text);
      if (r) {
        rec.by ??= r.by;
        if (r.clause) rec.clauses.push(r.clause);
      } else if (/^at\s/i.test(block.text)) rec.clauses.push(block.text);
    }
  }
  return rec;
}

/**
 * `X indstiller, at Y` / `X foreslår, at Y` → by X, clause `at Y`; `X indstiller:` → by X;
 * `Der indstilles til, at Y` → clause `at Y`, nobody named.
 */
export function recommender(text: string): { by: string | null; clause: string | null } | null {
  const impersonal = /^der\s+indstilles(?:\s+til)?\b[,:;]?\s*(.*)$/i.exec(text);
  const named = impersonal ? null : namedRecommender(text);
  if (!impersonal && !named) return null;
  const rest = (impersonal ? impersonal[1]! : named!.rest).replace(/^,\s*/, '').trim();
  const clause = /^at\s+\S/i.test(rest) ? rest : null;
  return { by: named ? named.by : null, clause };
}

/** The verb of a named recommendation, at the start of a whitespace run (see `leadingPhrase`). */
const RECOMMENDS = /(?<!\s)\s+(?:indstiller|foreslår)\b/gi;
/** The verbs of `RECOMMENDS` alone. */
const RECOMMENDS_WORD = /indstiller|foreslår/i;

/**
 * `X indstiller, at Y`: X (2 to 160 characters, before the first such verb) and what follows the
 * verb, as `/^(.{2,160}?)\s+(?:indstiller|foreslår)\b[,:;]?\s*(.*)$/i` reads them.
 */
function namedRecommender(text: string): { by: string; rest: string } | null {
  // Most lines of a recommendation (`at …`) hold no such verb: one search passes them over.
  if (!RECOMMENDS_WORD.test(text)) return null;
  for (const { before, end } of leadingPhrase(text, RECOMMENDS, 2, 160)) {
    const after = text.slice(end).replace(/^[,:;]?\s*/, '');
    // A line end after the verb: a later verb may still take it into its `\s*`.
    if (!/[\n\r\u2028\u2029]/.test(after)) return { by: before.trim(), rest: after };
  }
  return null;
}

/**
 * The deciding body: the text of the item's authority section (`Sagen afgøres endelig af`,
 * `Beslutningskompetence`), its lines joined.
 */
export function readAuthority(item: Item): string | null {
  const section = item.sections.find(isAuthority);
  if (!section) return null;
  const texts: string[] = [];
  for (const b of section.blocks) {
    if (b.type === 'paragraph') texts.push(b.text);
    else if (b.type === 'list') for (const i of b.items) texts.push(i.text);
  }
  return texts.length ? texts.join(' ') : null;
}

function isAuthority(section: Section): boolean {
  return section.kind === 'authority';
}

/**
 * The attachments listed in the item's Bilag section: one per document reference where the
 * section prints references (`2012-208960 - Title`, `1 Åben Title 222359/12`), else one per
 * paragraph or list entry (the seeds print one per line, blank lines between); without a
 * `Bilag N:` prefix; none for `Ingen`.
 */
export function readAttachments(item: Item, positions: LineIndex): Attachment[] {
  // Most items of a long agenda have no Bilag section: nothing to gather.
  if (!item.sections.some(isAttachments)) return [];
  const entries: { title: string; range: Attachment['range'] }[] = [];
  for (const section of item.sections) {
    if (section.kind !== 'attachments') continue;
    for (const block of section.blocks) {
      if (block.type === 'list') for (const it of block.items) entries.push({ title: it.text, range: it.range });
      else if (block.type === 'paragraph' || block.type === 'heading') entries.push({ title: block.text, range: block.range });
    }
  }
  // Systems that number their documents print one reference per attachment: when the section
  // holds such references, they are the attachments, and other lines are wraps or other text.
  const references: { title: string; range: Range }[] = [];
  for (const e of entries) {
    for (const line of e.title.split('\n')) {
      const title = line.trim();
      const glued = gluedReferences(title);
      if (glued.length > 1) for (const r of splitGlued(title, glued, e.range, positions)) references.push(r);
      else if (REFERENCE.test(title) || glued.length === 1) references.push({ title, range: e.range });
    }
  }
  const out: Attachment[] = [];
  for (const { title, range } of references.length ? references : entries) {
    const t = title.replace(/^bilag\s*\d+\s*[:.)-]\s*/i, '').trim();
    if (t && !NONE.test(t)) out.push({ type: 'attachment', title: t, range });
  }
  return out;
}

function isAttachments(section: Section): boolean {
  return section.kind === 'attachments';
}

/**
 * References run together on one line, each with the part of the line it stands on as its range
 * (found in the input from the line's start, so the ranges follow each other).
 */
function splitGlued(line: string, glued: RegExpExecArray[], range: Range, lines: LineIndex): { title: string; range: Range }[] {
  const input = lines.text;
  let from = range.start.offset;
  return glued.map((m, k) => {
    const title = line.slice(m.index, glued[k + 1]?.index).trim();
    const at = input.indexOf(m[0], from);
    if (at < 0 || at >= range.end.offset) return { title, range };
    const next = k + 1 < glued.length ? input.indexOf(glued[k + 1]![0], at + m[0].length) : -1;
    let end = next < 0 || next > range.end.offset ? range.end.offset : next;
    while (end > at && /\s/.test(input[end - 1]!)) end--;
    from = end;
    return { title, range: lines.range(at, end) };
  });
}

/** The matches of `GLUED_REFERENCE` in a line, as `matchAll` gives them (without its copy of the pattern). */
function gluedReferences(line: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Every reference holds a `/`: most lines are passed over without a search.
  if (!line.includes('/')) return out;
  GLUED_REFERENCE.lastIndex = 0;
  for (let m = GLUED_REFERENCE.exec(line); m; m = GLUED_REFERENCE.exec(line)) out.push(m);
  GLUED_REFERENCE.lastIndex = 0;
  return out;
}

/**
 * An attachment reference as document systems print it: `2012-208960 - Title` (eDoc),
 * `1 Åben Title 222359/12` (Acadre), `Title 73288/09`.
 */
const REFERENCE = /^(?:\d{4}[-–]\d{4,7}[ \u00a0]+-[ \u00a0]|\d{1,3}[ \u00a0]+(?:Åben|Lukket)[ \u00a0]|\S.{0,300}[ \u00a0]\d{3,7}\/\d{2}$)/;
/** `17474/09Åben Title`: Acadre references run together on one line. */
const GLUED_REFERENCE = /\d{4,7}\/\d{2}(?=Åben|Lukket)/g;
/** `Ingen`, `Ingen bilag.`: the section says there are none. */
const NONE = /^(?:ingen(?: bilag)?|-)\.?$/i;

/** Whether an item is marked closed to the public: `(Lukket)`, `Lukket punkt`, `Lukket:` in its title or first line. */
export function isClosed(item: Item): boolean {
  const section = item.sections[0];
  const first = section?.blocks[0];
  if (marksClosed(item.title) || (first && (first.type === 'paragraph' || first.type === 'heading') && marksClosed(first.text))) return true;
  // A status line among the item's leading lines (`Sagsnr.:` / `Lukket`).
  if (!section || section.heading !== null) return false;
  const blocks = section.blocks;
  for (let i = 0; i < blocks.length && i < 4; i++) {
    const b = blocks[i]!;
    if ((b.type === 'paragraph' || b.type === 'heading') && /^lukket(?: punkt| sag)?\.?$/i.test(b.text)) return true;
  }
  return false;
}

/** Whether a title or first line says the item is closed: `(Lukket)`, `Lukket punkt`, `Lukket - …`. */
function marksClosed(text: string | null): boolean {
  // Each form holds the word: a line without it (most first lines are long) is passed over in one search.
  return !!text && /lukket/i.test(text) && /\(lukket(?: punkt)?\)|\blukket punkt\b|^lukket\s*[:-]/i.test(text);
}

/** The most frequent `<Name> Kommune(s)` of the text; the earliest on a tie; null when none. */
export function readMunicipality(input: string): string | null {
  const counts = new Map<string, number>();
  // ` Kommune` and ` KOMMUNE`, found in one pass over the capitals K (a one-character search is
  // the fastest there is); the names before ` KOMMUNE` count after all those before ` Kommune`.
  const upper: number[] = [];
  for (let k = input.indexOf('K', 1); k >= 0; k = input.indexOf('K', k + 1)) {
    if (input.charCodeAt(k - 1) !== 32) continue;
    if (input.startsWith('ommune', k + 1)) countMunicipality(input, k - 1, counts);
    else if (input.startsWith('OMMUNE', k + 1)) upper.push(k - 1);
  }
  for (const at of upper) countMunicipality(input, at, counts);
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best ? `${best} Kommune` : null;
}

/** Counts the name before ` Kommune` at `at`, unless the word goes on (`Kommunen` does, `Kommunes` not). */
function countMunicipality(input: string, at: number, counts: Map<string, number>): void {
  const next = input[at + 8] ?? '';
  if (LETTER.test(next) && !(/[sS]/.test(next) && !LETTER.test(input[at + 9] ?? ''))) return;
  const printed = NAME_BEFORE.exec(input.slice(Math.max(0, at - 40), at))?.[1];
  if (!printed) return;
  // `NORDBY KOMMUNE` → `Nordby`
  const name = printed === printed.toUpperCase() ? printed.toLowerCase().replace(/(^|-)\p{L}/gu, (c) => c.toUpperCase()) : printed;
  if (STOP.has(name)) return;
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

const LETTER = /\p{L}/u;
/** The capitalised name (`Thisted`, `Lyngby-Taarbæk`) at the end of a text. */
const NAME_BEFORE = /(?<![\p{L}-])([A-ZÆØÅ]\p{L}+(?:-[A-ZÆØÅ]\p{L}+)?)$/u;


/** Capitalised words that precede `Kommune` without naming one (`Hver Kommune`, `Den Kommune`). */
const STOP = new Set(['Den', 'Denne', 'Din', 'Hver', 'Hvilken', 'Anden', 'Samme', 'Egen', 'Enhver', 'Vores', 'Jeres', 'Hele', 'Nabo']);
