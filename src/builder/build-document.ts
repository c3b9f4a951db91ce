import type { Item } from '../model/agenda.js';
import type { Block } from '../model/blocks.js';
import type { Referat } from '../model/document.js';
import type { HeaderField, TocEntry } from '../model/meeting.js';
import type { Range } from '../model/range.js';
import { findDate, findPeriod, findTime } from '../text/dates.js';
import { readMeeting } from './read-meeting.js';
import { isName } from './read-members.js';
import type { Participant } from '../model/meeting.js';
import type { TocDraft } from './build-front-matter.js';
import { type BuildContext, lookupKey } from './context.js';
import type { FrontMatter } from './build-outline.js';
import { commonPairs, letterPairs } from '../text/letter-pairs.js';
import { trimEndOf } from '../text/plain.js';

/**
 * Interprets the front matter and items into the document: the title's kind, committee,
 * period and date, the meeting's date, time and place, and the table of contents matched to
 * the items. Reports what it cannot read. See `docs/document-tree.md#referat`.
 */
export function buildDocument(ctx: BuildContext, front: FrontMatter, items: Item[]): Referat {
  const field = (key: HeaderField['key']) => front.header.find((h) => h.key === key);
  const titleField = field('title');
  const dateField = field('date');
  const fromTitle = titleField ? readTitle(ctx, titleField) : null;
  if (dateField) readDate(ctx, dateField);
  const toc = matchToc(ctx, front.toc, items, front.preamble);
  const inferred = inferFromPreamble(ctx, front);
  const meeting = readMeeting(ctx, {
    fields: front.header,
    title: fromTitle,
    titleField,
    inferred,
    headEnd: items[0]?.range.start.offset ?? ctx.input.length,
  });
  checkNumbers(ctx, items);
  if (!titleField && ctx.input.trim()) {
    ctx.report('missing-title', start(ctx), 'No title line (REFERAT …, DAGSORDEN …) was found.', 'info');
  }
  if (!items.length && ctx.input.trim()) {
    ctx.report('missing-items', start(ctx), 'No agenda item opener (such as `Punkt 1:`) was found.', 'warning');
  }
  return {
    type: 'referat',
    kind: (titleField ? ctx.lookups.titleKinds.get(lookupKey(titleField.label)) : null) ?? meeting.kind,
    title: titleField ? `${titleField.label} ${titleField.value}`.trim() : null,
    committee: meeting.committee,
    period: fromTitle?.period ?? null,
    date: meeting.date,
    startTime: meeting.startTime,
    location: meeting.location,
    municipality: null,
    header: front.header,
    participants: chooseMembers(front.participants, meeting.members),
    toc,
    preamble: front.preamble,
    items,
    artifacts: ctx.artifacts.sort((a, b) => a.range.start.offset - b.range.start.offset),
    layout: ctx.layout?.report ?? null,
    range: ctx.lines.range(0, ctx.input.length),
  };
}

/**
 * The header's members: those the field builder read, unless one of them is no name (a label,
 * a date, a page header taken into the list) or the line reader found a longer list.
 */
function chooseMembers(fields: Participant[], lines: Participant[]): Participant[] {
  const named = fields.filter((p) => isName(p.name));
  if (lines.length && (named.length < fields.length || lines.length > named.length)) return lines;
  return named;
}

function start(ctx: BuildContext): Range {
  return ctx.lines.range(0, 0);
}

/** Committee, period and date from the title's value: `Handicaprådet 2022 - 2025 d. 22-05-2025`. */
function readTitle(
  ctx: BuildContext,
  title: HeaderField,
): { committee: string | null; period: string | null; date: string | null } {
  let rest = title.value;
  const date = readDate(ctx, title);
  const found = findDate(rest);
  if (found) rest = rest.slice(0, found.index).replace(/(?:\s|^)(?:d\.|den)\s*$/i, '');
  // A date without a year (`tirsdag den 18. april Kl. 16:30`): the committee ends before it.
  const when = /\s(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den\s+\d|kl\.)/i.exec(rest);
  if (when) rest = rest.slice(0, when.index);
  const period = findPeriod(rest);
  if (period && period.index + period.length >= rest.trimEnd().length) rest = rest.slice(0, period.index);
  // (The trailing `[\s,\-–]` cut from the end: a pattern searched from every start is quadratic.)
  const committee = trimEndOf(rest.replace(/^[\s:\-–]+/, '').replace(/^(?:af\s+)?møde(?:t)?\s+i\s+/i, ''), ',-–', true).trim();
  return { committee: committee || null, period: period?.period ?? null, date };
}

/** The ISO date a field states, reporting a printed date that cannot be real. */
function readDate(ctx: BuildContext, field: HeaderField): string | null {
  const found = findDate(field.value);
  if (!found) return null;
  if (!found.iso) {
    ctx.report('invalid-date', field.range, `“${field.value}” holds a date that does not exist.`, 'warning');
  }
  return found.iso;
}

/** How many lines at the top of a document may hold an unlabelled header. */
const HEAD_LINES = 40;

/** Words that end the name of a political body (`Økonomiudvalget`, `Byrådet`, `Kommunalbestyrelsen`). */
const BODY = /(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet)$/i;

/**
 * Values read from unlabelled front-matter lines, for documents whose header has no labels
 * (web pages, other systems): the first date and time, and the first line that names a
 * political body (`Kommunalbestyrelsen`, `Økonomiudvalgets møde den …` → `Økonomiudvalget`).
 * Each is looked up only when needed and reported as inferred.
 */
/** Words that may stand beside a meeting's date on its line: a weekday, `den`, `kl.` and a time. */
const BESIDE_DATE = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den|d\.?|kl\.?|\d{1,2}[.:]\d{2}(?:[-–]\d{1,2}[.:]\d{2})?|[-–])$/i;

/** A weekday or a clock time: a date printed with one is a meeting's. */
const MEETING_WHEN = /(?<![\p{L}])(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?![\p{L}])|\d{1,2}[.:]\d{2}(?![\d.])/iu;

/** The date of a line that holds a date and only the words that stand beside one, else null. */
function datedAlone(text: string): string | null {
  const date = findDate(text);
  if (!date?.iso) return null;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}`.split(/[\s,]+/).filter(Boolean);
  return rest.every((w) => BESIDE_DATE.test(w)) ? date.iso : null;
}

function inferFromPreamble(
  ctx: BuildContext,
  front: FrontMatter,
): { date(): string | null; time(): string | null; committee(): string | null } {
  const lines: { text: string; range: Range }[] = [];
  for (const block of front.preamble) {
    // Only the head of the document: further down, a date is about something else. The
    // preamble is in document order (`matchToc` sorts what it adds): no block after this one is.
    if (block.range.start.line > HEAD_LINES) break;
    if (block.type === 'table') continue;
    const starts = ctx.lines.lineStarts;
    const last = Math.min(block.range.end.line, HEAD_LINES);
    for (let line = block.range.start.line; line <= last; line++) {
      const from = Math.max(starts[line - 1]!, block.range.start.offset);
      const to = Math.min(starts[line] ?? ctx.input.length, block.range.end.offset);
      const raw = ctx.input.slice(from, to);
      const text = raw.trim();
      if (!text) continue;
      const start = from + raw.indexOf(text);
      lines.push({ text, range: ctx.lines.range(start, start + text.length) });
    }
  }
  const first = <T>(read: (text: string) => T | null, what: string): T | null => {
    for (const line of lines) {
      const value = read(line.text);
      if (value === null) continue;
      ctx.report('inferred-field', line.range, `The meeting's ${what} is read from this unlabelled line.`, 'info');
      return value;
    }
    return null;
  };
  return {
    // Header lines are short; a date inside running text is about something else.
    // A line that is a date and little else (`14. sep 2020`), or that names a weekday or a time
    // with it (`Økonomiudvalgets møde onsdag 3. marts 2020`), before any other: a web page's
    // banner may print a headline with a date above the meeting's.
    date: () =>
      first((t) => (t.length > 100 ? null : (datedAlone(t) ?? (MEETING_WHEN.test(t) ? (findDate(t)?.iso ?? null) : null))), 'date') ??
      first((t) => (t.length <= 100 ? (findDate(t)?.iso ?? null) : null), 'date'),
    time: () => first((t) => (t.length <= 100 ? findTime(t) : null), 'start time'),
    committee: () =>
      first((t) => {
        if (t.length > 80 || !/^[A-ZÆØÅ]/.test(t)) return null;
        const genitive = /^(\S+(?:udvalg|råd|bestyrelse|nævn)\S*?)s\s+møde\b/i.exec(t);
        if (genitive) return genitive[1]!;
        if (/[:.;!?]/.test(t) || findDate(t)) return null;
        const words = t.split(/\s+/);
        const lastWord = words[words.length - 1]!.replace(/[^\p{L}]+$/u, '');
        return BODY.test(words[0]!) || (words.length <= 6 && BODY.test(lastWord)) ? t : null;
      }, 'committee'),
  };
}

const normal = (s: string) => s.toLowerCase().replace(/[^0-9a-zæøåäöü]+/g, ' ').trim();

/** Matches each TOC entry to an item: by printed number, then by title (also when cut short). */
function matchToc(ctx: BuildContext, drafts: TocDraft[], items: Item[], preamble: Block[]): TocEntry[] {
  if (!drafts.length) return [];
  const titles = items.map((it) => normal(it.title));
  const byTitle = indexBy(titles, (t) => t);
  const byNumber = indexBy(items, (it) => it.number);
  const used = new Set<number>();
  // The letter pairs of each title, counted once (`mostSimilar` looks at a title for several entries).
  const titlePairs: (Map<number, number> | undefined)[] = [];
  const entries: TocEntry[] = [];
  let returned = false;
  let cursor = 0;
  // Exact lookups go through maps; the loose ones (cut short, misspelt) look only at the few
  // items after the last match, as TOC and items run in the same order: linear overall.
  const near = (test: (title: string) => boolean) => {
    for (let i = cursor; i < Math.min(titles.length, cursor + NEAR); i++) if (!used.has(i) && test(titles[i]!)) return i;
    return -1;
  };
  let numbering: number | null = null;
  for (const { entry, printedNumber, printed, tentative } of drafts) {
    const t = normal(entry.title);
    let index = printedNumber === null ? -1 : firstUnused(byNumber.get(printedNumber), used);
    // A printed number is the entry's label when an item has it or it continues the TOC's
    // numbering; otherwise (`2013 godkendes.`) it is the start of the title.
    const label = printedNumber !== null && (index >= 0 || continuesNumbering(numbering, printedNumber));
    if (label) {
      numbering = printedNumber;
      entry.label = String(printedNumber);
    } else if (printed) {
      entry.title = `${printed} ${entry.title}`;
    }
    if (index < 0) index = firstUnused(byTitle.get(t), used);
    if (index < 0 && t.length >= 8) index = near((it) => it !== '' && (it.startsWith(t) || t.startsWith(it)));
    if (index < 0) index = mostSimilar(t, titles, titlePairs, used, cursor);
    if (index >= 0) cursor = index + 1;
    if (index < 0 && tentative) {
      // A line under the TOC heading with no page and no item to point to is ordinary text.
      preamble.push({ type: 'paragraph', text: entry.title, range: entry.range });
      ctx.report('unrecognised-front-matter', entry.range, 'This line under the table of contents matches no item; it is kept in the preamble.', 'info');
      returned = true;
      continue;
    }
    if (index >= 0) {
      used.add(index);
      entry.itemNumber = items[index]!.number;
    } else if (items.length) {
      ctx.report('toc-entry-unmatched', entry.range, `No agenda item matches “${entry.title}”.`, 'warning');
    }
    entries.push(entry);
  }
  if (returned) preamble.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return entries;
}

/**
 * Whether a printed number goes on from the TOC's last label: the first one below 1000 (no
 * year), each next one above the last and not far past it.
 */
function continuesNumbering(last: number | null, n: number): boolean {
  return last === null ? n < 1000 : n > last && n <= last + 20;
}

/** How many items after the last match a loose TOC match may look at. */
const NEAR = 8;

/** Indices of the list by key, with a cursor past the ones already used. */
interface Indices {
  list: number[];
  next: number;
}

function indexBy<T, K>(list: readonly T[], key: (t: T) => K): Map<K, Indices> {
  const map = new Map<K, Indices>();
  list.forEach((t, i) => {
    const k = key(t);
    const indices = map.get(k);
    if (indices) indices.list.push(i);
    else map.set(k, { list: [i], next: 0 });
  });
  return map;
}

function firstUnused(indices: Indices | undefined, used: Set<number>): number {
  if (!indices) return -1;
  while (indices.next < indices.list.length && used.has(indices.list[indices.next]!)) indices.next++;
  return indices.list[indices.next] ?? -1;
}

/**
 * The unused item whose title is most like `title` (Dice coefficient of letter pairs ≥ 0.8), for
 * entries whose title differs from the item's by a typo (`Omprioritering…` / `Omprioreringsforslag`).
 */
function mostSimilar(
  title: string,
  titles: string[],
  titlePairs: (Map<number, number> | undefined)[],
  used: Set<number>,
  from: number,
): number {
  // The entry's own pairs are counted only once there is a title to compare them with: a TOC
  // past the last item (an agenda cut short) compares with none.
  let a: Map<number, number> | undefined;
  let best = -1;
  let bestScore = 0.8;
  for (let i = from; i < Math.min(titles.length, from + NEAR); i++) {
    if (used.has(i)) continue;
    const other = titles[i]!;
    const b = (titlePairs[i] ??= letterPairs(other));
    a ??= letterPairs(title);
    const score = (2 * commonPairs(a, b)) / Math.max(1, title.length - 1 + other.length - 1);
    if (score >= bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Reports an item number that does not follow the one before it. */
function checkNumbers(ctx: BuildContext, items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!.number;
    const b = items[i]!.number;
    if (a !== null && b !== null && b !== a + 1) {
      ctx.report(
        'item-number-sequence',
        items[i]!.headingRange,
        `Item ${b} follows item ${a}.`,
        'info',
      );
    }
  }
}
