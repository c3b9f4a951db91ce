import type { Item, Section } from '../model/agenda.js';
import type { Block } from '../model/blocks.js';
import type { Decision, DecisionPart } from '../model/decision.js';
import type { Report } from '../diagnostics/report.js';
import type { Range } from '../model/range.js';
import { type FoundDate, findDate } from '../text/dates.js';
import { isDigit, isSpace } from '../text/plain.js';
import { type AttendanceMemo, type AttendanceWords, type TextEntry, readAttendance } from './attendance.js';
import { nameKey } from './names.js';
import { type OutcomePhrase, outcomeOf } from './outcome.js';
import { readVotes } from './votes.js';

/** What decisions are read against: the meeting the document records, and the dialect's words. */
export interface DecisionContext {
  committee: string | null;
  date: string | null;
  outcomes: readonly OutcomePhrase[];
  attendance: AttendanceWords;
  /** Labels of earlier decisions written as fields; null when the dialect has none. */
  history: HistoryLabels | null;
  report: Report;
  /** Attendance lines already read in this document. */
  attendanceMemo: AttendanceMemo;
}

/** Labels of an earlier decision written as fields (`Udvalg:`, `Dato:`, `Punktnummer:`). */
export interface HistoryLabels {
  body: readonly string[];
  date: readonly string[];
  itemNumber: readonly string[];
}

/** One decision's source before it is read: who decided when, and its blocks. */
interface Group {
  body: string | null;
  date: string | null;
  /** The date as printed, when one is; an impossible one leaves `date` null. */
  dateText: string | null;
  itemNumber: number | null;
  current: boolean;
  blocks: Block[];
  range: Range;
}

/**
 * The decisions an item records, in order (see `DecisionSchema`). Sources:
 * - a plain `Beslutning` section: this meeting's decision, or, when it holds blocks opened by
 *   `<committee>, den <date>`, one decision per committee (the current one is the meeting's);
 * - a decision heading (`Beslutning fra <body>, den <date>, punkt <n>:`): that body's decision;
 * - a previous-decisions section (`Sagens forløb`) with `DD/MM/YYYY <body>` lines.
 */
export function readDecisions(item: Item, ctx: DecisionContext): Decision[] {
  // The first section's groups are kept as they are (a fresh array, sized to them); the
  // next ones are appended to it.
  let groups: Group[] | null = null;
  const sections = item.sections;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    if (section.kind !== 'decision' && section.kind !== 'previousDecisions') continue;
    const next = sections[i + 1];
    const found = section.kind === 'decision' ? decisionGroups(section, item, ctx) : historyGroups(section, ctx.history);
    // `Beslutning fra <this committee>, <date>, pkt. 11:` with nothing under it, then
    // `Beslutning` with the text (001 item 11): one decision, heading and text together.
    const only = found.length === 1 ? found[0]! : null;
    if (only && section.heading && !section.blocks.length && next?.kind === 'decision' && next.heading && !readDecisionHeading(next.heading)) {
      only.blocks = next.blocks;
      only.range = { start: only.range.start, end: next.range.end };
      i++;
    }
    if (!found.length) continue;
    if (groups === null) groups = found;
    else for (let k = 0; k < found.length; k++) groups.push(found[k]!);
  }
  // (Most items of a long agenda record none.)
  return groups ? readGroups(groups, ctx) : [];
}

/**
 * The decisions of the groups, in order. An indexed loop into an array of the right size: `map`
 * with a closure would allocate the closure and its context per item, and pushing would reserve
 * room for 17.
 */
function readGroups(groups: readonly Group[], ctx: DecisionContext): Decision[] {
  const decisions = new Array<Decision>(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.dateText !== null && g.date === null) {
      ctx.report('invalid-date', g.range, `“${g.dateText}” is not a real date; the decision's date is left empty.`, 'warning');
    }
    decisions[i] = readGroup(g, ctx);
  }
  return decisions;
}

function decisionGroups(section: Section, item: Item, ctx: DecisionContext): Group[] {
  const range = section.range;
  const head = section.heading ? readHeading(section.heading) : null;
  if (head) {
    const current = isMeeting(head.body, head.date, ctx);
    return [{ body: head.body, date: head.date, dateText: head.dateText, itemNumber: head.itemNumber, current, blocks: section.blocks, range }];
  }
  // `Beslutning` with one block per committee (`Teknikudvalget, den 29. oktober 2024`), when
  // the section starts with such a line.
  const blocks = section.blocks;
  const first = blocks[0];
  const opensWith = first ? bodyLineOf(first) : null;
  if (!opensWith) return [ownDecision(section, item, ctx)];
  const groups: Group[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const opener = k === 0 ? opensWith : bodyLineOf(block);
    if (opener) {
      const current = isMeeting(opener.body, opener.date, ctx);
      groups.push({ body: opener.body, date: opener.date, dateText: opener.dateText, itemNumber: null, current, blocks: [], range: block.range });
    } else if (groups.length) {
      const g = groups[groups.length - 1]!;
      g.blocks.push(block);
      g.range = { start: g.range.start, end: block.range.end };
    }
  }
  return groups.length ? groups : [ownDecision(section, item, ctx)];
}

/** A plain `Beslutning` section: the decision of the meeting the document records. */
function ownDecision(section: Section, item: Item, ctx: DecisionContext): Group {
  return { body: ctx.committee, date: ctx.date, dateText: null, itemNumber: item.number, current: true, blocks: section.blocks, range: section.range };
}

/** The committee-and-date line a paragraph or heading block is, if it is one (`readBodyLine`). */
function bodyLineOf(block: Block): BodyLine | null {
  return block.type === 'heading' || block.type === 'paragraph' ? readBodyLine(block.text) : null;
}

/**
 * Earlier decisions under `Sagens forløb` / `Tidligere behandling`, each a line and the blocks
 * under it: `11/06/2024 Udvalget for Børn og Ungdom - 2022-2025`, `KMB IT-udvalget den 5.
 * december 2012 Punkt 3`, or the fields `Udvalg: Magistraten` / `Dato: 02-09-2025` /
 * `Punktnummer: 3`.
 */
function historyGroups(section: Section, labels: HistoryLabels | null): Group[] {
  const groups: Group[] = [];
  const blocks = section.blocks;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    let text = block.type === 'paragraph' || block.type === 'heading' ? block.text : null;
    let range = block.range;
    // The fields of one earlier decision may stand as paragraphs of one line each.
    let last = text;
    while (text !== null && last !== null && isField(last, labels) && isField(textOf(blocks[k + 1]), labels)) {
      last = textOf(blocks[++k]);
      text = `${text}\n${last}`;
      range = { start: range.start, end: blocks[k]!.range.end };
    }
    const head = text === null ? null : (historyLine(text) ?? historyFields(text, labels));
    if (head) {
      groups.push({ ...head, current: false, blocks: [], range });
    } else if (groups.length) {
      const g = groups[groups.length - 1]!;
      g.blocks.push(block);
      g.range = { start: g.range.start, end: block.range.end };
    }
  }
  return groups;
}

type HistoryHead = Pick<Group, 'body' | 'date' | 'dateText' | 'itemNumber'>;

function textOf(block: Block | undefined): string {
  return block && (block.type === 'paragraph' || block.type === 'heading') ? block.text : '';
}

/** A one-line `Label: value` paragraph whose label is one of the history labels. */
function isField(text: string, labels: HistoryLabels | null): boolean {
  const colon = text.indexOf(':');
  if (!labels || colon < 1 || text.includes('\n')) return false;
  return lowerLabels(labels).has(text.slice(0, colon).trim().toLowerCase());
}

const lowered = new WeakMap<HistoryLabels, Set<string>>();

/** All history labels, lower-cased: made once per dialect. */
function lowerLabels(labels: HistoryLabels): Set<string> {
  let set = lowered.get(labels);
  if (!set) lowered.set(labels, (set = new Set([...labels.body, ...labels.date, ...labels.itemNumber].map((l) => l.toLowerCase()))));
  return set;
}

/** `11/06/2024 Udvalget for Børn og Ungdom - 2022-2025`, `KMB IT-udvalget den 5. december 2012 Punkt 3`. */
function historyLine(text: string): HistoryHead | null {
  const m = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(.{3,120})$/.exec(text);
  if (m) {
    const body = m[2]!.replace(/\s+-\s+\d{4}\s*-\s*\d{4}\s*$/, '').trim();
    return { body, date: findDate(m[1]!)?.iso ?? null, dateText: m[1]!, itemNumber: null };
  }
  if (text.length > 140 || text.includes('\n') || /\.$/.test(text)) return null;
  const date = findDate(text);
  if (!date || date.index === 0) return null;
  const tail = text.slice(date.index + date.length);
  // The item number is what makes the line a reference to a treatment, not a plan or a date.
  const number = /^[\s,]*(?:punkt|pkt\.?)\s*(\d{1,4})[\s:]*$/i.exec(tail);
  const body = stripTail(text, 0, date.index);
  if (!number || !/^[A-ZÆØÅ]/.test(body) || !BODY.test(body)) return null;
  return { body, date: date.iso, dateText: text.slice(date.index, date.index + date.length), itemNumber: Number(number[1]) };
}

/** The fields `Udvalg: Magistraten` / `Dato: 02-09-2025` / `Punktnummer: 3`, one per line. */
function historyFields(text: string, labels: HistoryLabels | null): HistoryHead | null {
  if (!labels) return null;
  const field = (names: readonly string[]) => {
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0 && names.some((n) => n.toLowerCase() === line.slice(0, colon).trim().toLowerCase())) return line.slice(colon + 1).trim();
    }
    return null;
  };
  const body = field(labels.body);
  const dateText = field(labels.date);
  if (!body || !dateText) return null;
  const number = field(labels.itemNumber);
  return { body, date: findDate(dateText)?.iso ?? null, dateText, itemNumber: number && /^\d{1,4}$/.test(number) ? Number(number) : null };
}

/**
 * Body, date and item number of a decision heading: `Beslutning fra Social- og Seniorudvalget,
 * den 13. maj 2025, punkt 64:`, `Beslutning i Kommunalbestyrelsen den 28-10-2014`,
 * `Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1`. Null for a plain
 * heading (`Beslutning`).
 */
export function readDecisionHeading(text: string): { body: string | null; date: string | null; itemNumber: number | null } | null {
  const head = readHeading(text);
  return head && { body: head.body, date: head.date, itemNumber: head.itemNumber };
}

/** {@link readDecisionHeading}, with the date as printed (one date search for both). */
function readHeading(text: string): HistoryHead | null {
  const date = findDate(text);
  const numberAt = text.search(ITEM_NUMBER);
  let body: string | null = null;
  const offset = fromEnd(text);
  if (offset >= 0) {
    // The body runs to the date or the item number after it, if either follows.
    let end = text.length;
    if (date && date.index >= offset && date.index < end) end = date.index;
    if (numberAt >= offset && numberAt < end) end = numberAt;
    body = stripTail(text, offset, Math.min(end, offset + 200)) || null;
  } else if (text.length >= 13) {
    // (`<x>s beslutning` has 13 characters at least.)
    const genitive = /^(.+?)s\s+beslutning\b/i.exec(text);
    if (genitive) body = genitive[1]!.trim();
  }
  if (!body && !date && numberAt < 0) return null;
  return { body, date: date?.iso ?? null, dateText: printed(text, date), itemNumber: numberAt < 0 ? null : itemNumberAt(text, numberAt) };
}

/** `punkt 64`, `pkt. 3`: the item number of a decision heading. */
const ITEM_NUMBER = /\b(?:punkt|pkt\.?)\s*\d{1,4}/i;

/**
 * The number of the {@link ITEM_NUMBER} found at `at`, read in place: past `punkt` or `pkt`
 * (and its full stop: a match always has digits after it), spaces, then up to four digits.
 */
function itemNumberAt(text: string, at: number): number {
  let i = at + ((text.charCodeAt(at + 1) | 0x20) === 117 ? 5 : 3); // punkt (u), pkt
  if (text.charCodeAt(i) === 46) i++;
  while (isSpace(text.charCodeAt(i))) i++;
  let n = 0;
  for (const end = i + 4; i < end && isDigit(text.charCodeAt(i)); i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** `Beslutning fra ` / `Beslutning i ` with something after it on the line (sticky: tried at the start only). */
const FROM = /beslutning\s+(?:fra|i)\s+(?=.+$)/iy;

/** Where the body of `Beslutning fra <body>…` starts, or -1 when `text` is not of that form. */
function fromEnd(text: string): number {
  if ((text.charCodeAt(0) | 0x20) !== 98) return -1; // b, B
  FROM.lastIndex = 0;
  return FROM.test(text) ? FROM.lastIndex : -1;
}

/** A committee and a date alone on a line, and the date as printed. */
interface BodyLine {
  body: string;
  date: string | null;
  dateText: string | null;
}

/** `Teknikudvalget, den 29. oktober 2024` (a committee and a date alone on a line). */
function readBodyLine(text: string): BodyLine | null {
  if (text.length > 140 || /\.$/.test(text)) return null;
  const date = findDate(text);
  if (!date || date.index + date.length < text.replace(/[\s:]+$/, '').length) return null;
  const body = stripTail(text, 0, date.index);
  if (!/^[A-ZÆØÅ]/.test(body) || body.split(/\s+/).length > 10 || /[.;:]/.test(body) || !BODY.test(body)) return null;
  return { body, date: date.iso, dateText: printed(text, date) };
}

/** A word that names a deciding body: `Teknikudvalget`, `Ældrerådet`, `Direktionen`, `Område-MED`. */
const BODY = /(?:udvalg|råd|bestyrelse|nævn|direktion|forum|komit[eé]|MED\b|forsamling)/i;

/**
 * `Social- og Seniorudvalget, den ` → `Social- og Seniorudvalget`: `text` from `start` to `end`
 * with trailing `,`, `:`, `den`, `d.` and spaces cut (repeatedly), then spaces around it. Works
 * on the indices, so only the result is sliced.
 */
function stripTail(text: string, start: number, end: number): string {
  for (let before = -1; before !== end; ) {
    before = end;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    if (end > start && (last === 44 || last === 58)) end--; // , :
    end -= dateWordBefore(text, start, end);
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

/**
 * The length of `den` or `d.` (any case) ending `text` at `end` as a word of its own (at
 * `start` or after a space); 0 when neither does.
 */
function dateWordBefore(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end - 1);
  let n = 0;
  if ((c | 0x20) === 110 && (text.charCodeAt(end - 2) | 0x20) === 101 && (text.charCodeAt(end - 3) | 0x20) === 100) n = 3; // den
  else if (c === 46 && (text.charCodeAt(end - 2) | 0x20) === 100) n = 2; // d.
  if (n === 0 || end - n < start) return 0;
  return end - n === start || isSpace(text.charCodeAt(end - n - 1)) ? n : 0;
}

/** The date `findDate` found in `text`, as printed; null when it found none. */
function printed(text: string, date: FoundDate | null): string | null {
  return date ? text.slice(date.index, date.index + date.length) : null;
}

/** Whether a decision by `body` on `date` is the one of the meeting the document records. */
function isMeeting(body: string | null, date: string | null, ctx: DecisionContext): boolean {
  if (date && ctx.date && date !== ctx.date) return false;
  if (!body || !ctx.committee) return date !== null && date === ctx.date;
  const a = nameKey(body);
  const b = nameKey(ctx.committee);
  return a === b || a.replace(/s\b/g, '') === b.replace(/s\b/g, '');
}

/** A line of a decision's blocks; a numbered list entry (`1.`, `Ad 2)`) is a part with its label. */
interface GroupEntry extends TextEntry {
  label: string | null;
}

function readGroup(g: Group, ctx: DecisionContext): Decision {
  // A heading with nothing under it (`Beslutning fra Udvalget, den 1. maj 2025, punkt 3:`)
  // records no text, parts, votes or attendance.
  if (!g.blocks.length) return decisionOf(g, '', null, [], null, { absent: [], substitutes: [] });
  const entries = groupEntries(g.blocks);
  const { attendance, used } = readAttendance(entries, ctx.attendance, ctx.attendanceMemo);
  // The lines that are not attendance (mostly all): the decision's text, its parts and its votes.
  const kept = used.size ? entries.filter((_, i) => !used.has(i)) : entries;
  const parts: DecisionPart[] = [];
  let text = '';
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i]!;
    if (i) text += '\n';
    if (e.label === null) {
      text += e.text;
      continue;
    }
    text += `${e.label}. ${e.text}`;
    parts.push({ type: 'decisionPart', label: e.label, text: e.text, outcome: outcomeOf(e.text, ctx.outcomes), range: e.range });
  }
  const leadIn = kept[0] && kept[0].label === null ? kept[0].text : '';
  return decisionOf(g, text, outcome(text, parts, ctx, leadIn), parts, readVotes(kept), attendance);
}

/** The decision of group `g`, read as the other arguments say. */
function decisionOf(
  g: Group,
  text: string,
  outcome: Decision['outcome'],
  parts: DecisionPart[],
  votes: Decision['votes'],
  attendance: Decision['attendance'],
): Decision {
  return { type: 'decision', body: g.body, date: g.date, itemNumber: g.itemNumber, current: g.current, text, outcome, parts, votes, attendance, range: g.range };
}

/**
 * The lines of a decision's blocks, in order: paragraphs, list entries, table rows (cells
 * TAB-joined). Counted first, so the array is made at its size (pushing the first line would
 * reserve room for 17).
 */
function groupEntries(blocks: readonly Block[]): GroupEntry[] {
  let count = 0;
  for (let b = 0; b < blocks.length; b++) count += entryCount(blocks[b]!);
  const entries = new Array<GroupEntry>(count);
  let n = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.type === 'paragraph' || block.type === 'heading') entries[n++] = { text: block.text, range: block.range, label: null };
    else if (block.type === 'list') {
      for (const it of block.items) {
        const label = partLabel(it.marker);
        entries[n++] = { text: label ? it.text : `${it.marker} ${it.text}`, range: it.range, label };
      }
    } else {
      for (const row of block.header) entries[n++] = { text: rowText(row.cells), range: row.range, label: null };
      for (const row of block.rows) entries[n++] = { text: rowText(row.cells), range: row.range, label: null };
    }
  }
  return entries;
}

/** How many lines {@link groupEntries} reads from a block. */
function entryCount(block: Block): number {
  if (block.type === 'paragraph' || block.type === 'heading') return 1;
  if (block.type === 'list') return block.items.length;
  return block.header.length + block.rows.length;
}

function rowText(cells: readonly { text: string }[]): string {
  let text = cells.length ? cells[0]!.text : '';
  for (let i = 1; i < cells.length; i++) text += `\t${cells[i]!.text}`;
  return text;
}

/**
 * The parts' common outcome, or the text's; `other` when parts disagree. A lead-in before the
 * parts that states an outcome (`Godkendt med følgende bemærkninger:`) wins.
 */
function outcome(text: string, parts: DecisionPart[], ctx: DecisionContext, leadIn: string): Decision['outcome'] {
  if (!text.trim()) return null;
  const lead = leadIn ? outcomeOf(leadIn, ctx.outcomes) : null;
  if (lead && lead !== 'other') return lead;
  if (parts.length) {
    const kinds = new Set(parts.map((p) => p.outcome));
    return kinds.size === 1 ? [...kinds][0]! : 'other';
  }
  // (A decision of one paragraph is its own lead-in, already read.)
  return leadIn && text === leadIn ? lead : outcomeOf(text, ctx.outcomes);
}

/** `1.` → `1`, `Ad 2-3.` → `2-3`, `Ad. 1)` → `1`; null for bullets and letters. */
function partLabel(marker: string): string | null {
  const m = /^(?:ad\.?\s*)?(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*[.)]*$/i.exec(marker.trim());
  return m ? m[1]!.replace(/\s+/g, '') : null;
}
