import { trimEndOf } from '../text/plain.js';
import { mayStart } from '../text/first-chars.js';
import { type LineFacts, LineType, Role } from './line-facts.js';
import type { LayoutShapes } from './shapes.js';

/**
 * An item opener as layout inference reads it: where it stands, the number and label printed,
 * the title, and the lines it takes beyond its own (the title under a lone number, the
 * `Sag nr. 129` under a title, the `Navn:` field).
 */
export interface Opener {
  /** Index of the opener's line in the line list. */
  at: number;
  /** The item number as an integer, or null for an unnumbered item. */
  number: number | null;
  /** The number as printed (`4`, `4a`, `4.1`), or null. */
  label: string | null;
  /** The title, or null when the item prints none. */
  title: string | null;
  /** Further lines the opener takes (indices into the line list). */
  head: number[];
  /** Which form printed it. */
  form: OpenerForm;
}

/** The forms an item opener takes (reported in `document.layout`). */
export type OpenerForm =
  | 'dialect'
  | 'numbered'
  | 'numberAlone'
  | 'numberUnderTitle'
  | 'fields'
  | 'titleAndCaseNumber'
  | 'caseNumber'
  | 'headings';

interface Candidate extends Opener {
  key: number;
  score: number;
  /** The last line the opener takes (its own or the last of `head`). */
  last: number;
}

/** Lines after a candidate that may pass before its evidence comes (a page header fits). */
const REACH = 12;
/** How far item numbers may jump (closed items are often left out of the open minutes). */
const MAX_GAP = 10;

/**
 * Reads the numbered opener forms of one line and the lines around it. Returns null when the
 * line cannot open an item.
 */
function candidateAt(lines: LineFacts, k: number, shapes: LayoutShapes): Candidate | null {
  // (The digit first: most lines have none.)
  if (!lines.digit[k]) return null;
  const role = lines.role[k];
  if (role !== Role.none && role !== Role.status) return null;
  const type = lines.type[k];
  if (type !== LineType.text && type !== LineType.listItem) return null;
  const text = lines.text[k]!;
  const { starts } = shapes;
  const field = mayStart(starts.numberField, text) ? shapes.numberField.exec(text) : null;
  if (field) {
    // `Punktnummer: 3` alone is a field of something else (an earlier decision's triplet).
    const title = k + 1 < lines.count ? shapes.titleField.exec(lines.text[k + 1]!) : null;
    return title ? make(k, field[1]!, title[1]!.trim(), [k + 1], 'fields') : null;
  }
  const under = mayStart(starts.numberUnder, text) ? shapes.numberUnder.exec(text) : null;
  if (under) {
    const previous = k - 1;
    if (previous < 0 || lines.role[previous] || !titleShaped(lines.text[previous]!) || lines.type[previous] !== LineType.text) return null;
    return make(previous, under[1]!, lines.text[previous]!, [k], 'numberUnderTitle');
  }
  // The committee's abbreviation starts with a capital.
  const first = text.charCodeAt(0);
  const labelled = first >= 128 || (first >= 65 && first <= 90) ? shapes.committeeNumbered.exec(text) : null;
  if (labelled) return make(k, labelled[1]!, shortTitle(labelled[2]!), [], 'numbered');
  const m = mayStart(starts.numbered, text) ? shapes.numbered.exec(text) : null;
  if (!m) return null;
  let title = m[3]!.trim();
  const status = mayStart(starts.status, title) ? shapes.status.exec(title) : null;
  if (status && title.length > status[0].length) {
    title = title.slice(status[0].length).trim();
  }
  if (!title) {
    // `3` alone: the title is the next line.
    const next = k + 1;
    if (next >= lines.count || lines.role[next] || !titleShaped(lines.text[next]!) || m[1]) return null;
    return make(k, m[2]!, lines.text[next]!, [next], 'numberAlone');
  }
  // An empty pair of parentheses left by a template (`Godkendelse af dagsorden ( )`).
  if (title.charCodeAt(title.length - 1) === 41) title = withoutEmptyParentheses(title);
  if (lines.inList[k] && !m[1]) return null;
  if (!titleShaped(title)) return null;
  // The opener printed twice and glued (`1. Status1. Status`).
  const twice = title.length <= 400 ? title.indexOf(`${m[2]}.`) : -1;
  if (twice > 0 && title.slice(twice + m[2]!.length + 1).trim() === title.slice(0, twice).trim()) title = title.slice(0, twice).trim();
  return make(k, m[2]!, title, [], 'numbered');
}

function make(at: number, label: string, title: string | null, head: number[], form: OpenerForm): Candidate {
  const number = Number.parseInt(label, 10);
  let last = at;
  for (const h of head) if (h > last) last = h;
  return { at, number, label, title, head, form, key: number * 100 + subKey(label), score: 0, last };
}

/** Where a sub-item sorts under its number: `4a` → 1, `4.2` → 2, `4` → 0. */
function subKey(label: string): number {
  // A label of digits alone (most) has no sub-item.
  const end = label.charCodeAt(label.length - 1);
  if (end >= 48 && end <= 57 && !label.includes('.')) return 0;
  const sub = /\d([a-zæøå])$/i.exec(label)?.[1] ?? /\.(\d{1,2})$/.exec(label)?.[1];
  return sub === undefined ? 0 : /\d/.test(sub) ? Number(sub) : sub.toLowerCase().charCodeAt(0) - 96;
}

/**
 * The title of an opener whose line runs on into the item's text (a flattened page): up to where
 * the title is printed again (`Økonomisk orientering maj 2007 Økonomisk Orientering illustrerer
 * …`), else up to the first sentence's end.
 */
function shortTitle(text: string): string {
  if (text.length <= 80) return text;
  const words = text.split(/\s+/);
  const head = words.slice(0, 2).join(' ').toLowerCase();
  for (let w = 2; w < Math.min(words.length - 1, 40); w++) {
    if (`${words[w]} ${words[w + 1]}`.toLowerCase() === head) return words.slice(0, w).join(' ');
  }
  if (text.length <= 200) return text;
  const end = /^.{10,200}?[.!?](?=\s)/s.exec(text);
  return end ? end[0] : text.slice(0, 200).replace(/\s+\S*$/, '');
}

/** An item title: starts with a capital letter, a digit or a quote; does not end like a clause or a TOC row. */
export function titleShaped(title: string): boolean {
  if (!title || title.length > 200) return false;
  if (!TITLE_INITIALS.has(title.charCodeAt(0))) return false;
  const last = title.charCodeAt(title.length - 1);
  // `,` `;` `:`
  if (last === 44 || last === 59 || last === 58) return false;
  // A TOC row's page number ends it in a digit.
  return !(last >= 48 && last <= 57) || !PAGE_COLUMN.test(title);
}

/** Leaders or a gap, then a page number, last: a TOC row. (Here, not in the function: a pattern written there is a new object on every call.) */
const PAGE_COLUMN = /(?:\.{2,}|…|\s{2,}|\t)\s*\d{1,4}$/;

/** The characters a title starts with: `[A-ZÆØÅÄÖÜ0-9"“»§]`. */
const TITLE_INITIALS = new Set([...'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÜ0123456789"“»§'].map((c) => c.charCodeAt(0)));

/**
 * Chooses the item openers among the numbered lines. A numbered line opens an item when its
 * title reads like one, evidence confirms it (a case number, a known heading, item metadata
 * within a few lines, a case number right above it, its title in the table of contents) and
 * its number runs on from the item before. The choice is the increasing run of numbers with
 * the most evidence, so a numbered list inside an item (`1. Trafik`, `2. Støj`: numbering goes
 * back) does not open items even where a heading follows one of its entries.
 */
export function chooseNumberedOpeners(
  lines: LineFacts,
  shapes: LayoutShapes,
  tocTitles: ReadonlySet<string> | null,
): Opener[] {
  const candidates: Candidate[] = [];
  for (let k = 0; k < lines.count; k++) {
    const c = candidateAt(lines, k, shapes);
    if (c) candidates.push(c);
  }
  candidates.forEach((c, n) => {
    const stop = candidates[n + 1]?.at ?? lines.count;
    const from = c.last + 1;
    let score = 0;
    for (let j = from; j < stop && j < from + REACH; j++) {
      const role = lines.role[j];
      if (role === Role.case || role === Role.caseLabel) score = Math.max(score, 3);
      else if (role === Role.heading || role === Role.decision || role === Role.metadata || role === Role.status) score = Math.max(score, 2);
      if (score >= 3) break;
    }
    // Some systems print the case number above the opener (`00.01.00-G01-24-17` / `342. Title`).
    if (c.at > 0 && lines.role[c.at - 1] === Role.case) score = Math.max(score, 3);
    if (c.form === 'fields' || c.form === 'numberUnderTitle') score = Math.max(score, 2);
    if (tocTitles && c.title) {
      if (tocTitles.has(tocKey(c.title))) score += 4;
      else if (score < 3) score -= 1;
    }
    c.score = score;
  });
  // A numbered line right before the next-numbered confirmed line opens an (empty) item.
  candidates.forEach((c, n) => {
    const next = candidates[n + 1];
    if (c.score <= 0 && next && next.score >= 2 && next.number === c.number! + 1 && next.at === c.last + 1) c.score = 1;
    // The last numbered line of the document, next to its end, after a confirmed item.
    const previous = candidates[n - 1];
    if (c.score <= 0 && !next && previous && previous.score >= 2 && c.number === previous.number! + 1 && lines.count - c.last <= 2) c.score = 1;
  });
  // Entries of a list that restarted below a confirmed item number (`1. Trafik` after item 1).
  let strongest = -1;
  let previous: Candidate | null = null;
  let inSublist = false;
  for (const c of candidates) {
    const restart = strongest >= 0 && c.key <= strongest;
    inSublist = restart || (inSublist && previous !== null && c.number === previous.number! + 1);
    if (restart) c.score -= 3;
    else if (inSublist) c.score -= 1.5;
    if (c.score >= 3) strongest = Math.max(strongest, c.key);
    previous = c;
  }
  return bestRun(candidates);
}

/** The increasing run of candidates (by number, gaps of at most MAX_GAP) with the most evidence. */
function bestRun(candidates: Candidate[]): Opener[] {
  const WINDOW = 64;
  const best: number[] = [];
  const from: number[] = [];
  let top = -1;
  candidates.forEach((c, k) => {
    best[k] = -Infinity;
    from[k] = -1;
    if (c.score <= 0) return;
    best[k] = c.score;
    for (let j = Math.max(0, k - WINDOW); j < k; j++) {
      const p = candidates[j]!;
      if (best[j]! === -Infinity || p.key >= c.key || c.number! - p.number! > MAX_GAP) continue;
      if (p.at >= c.at || p.last >= c.at) continue;
      if (best[j]! + c.score > best[k]!) {
        best[k] = best[j]! + c.score;
        from[k] = j;
      }
    }
    if (top < 0 || best[k]! > best[top]!) top = k;
  });
  const run: Opener[] = [];
  for (let k = top; k >= 0; k = from[k]!) {
    const { key: _k, score: _s, last: _l, ...opener } = candidates[k]!;
    run.push(opener);
  }
  return run.reverse();
}

/** How a title is compared with a table-of-contents entry: letters and digits, lower case. */
export function tocKey(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC, ' ').trim();
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/**
 * A title without the empty pair of parentheses at its end (`Godkendelse af dagsorden ( )`), as
 * `/[ \u00a0]*\([ \u00a0]*\)$/` cuts it, found from the end (see `trimEndOf`).
 */
export function withoutEmptyParentheses(title: string): string {
  if (title.charCodeAt(title.length - 1) !== 41) return title;
  const open = trimEndOf(title.slice(0, -1), ' \u00a0').length - 1;
  if (open < 0 || title.charCodeAt(open) !== 40) return title;
  return trimEndOf(title.slice(0, open), ' \u00a0');
}
