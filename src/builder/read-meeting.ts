import type { HeaderField, Participant } from '../model/meeting.js';
import { readMembers } from './read-members.js';
import { findClock, findDate, findTime } from '../text/dates.js';
import type { BuildContext } from './context.js';
import { labelKey } from './header-words.js';
import { cleanCommittee, namesBody } from './read-committee.js';
import { type HeadField, type HeadLine, headLines, readHeadFields } from './read-header.js';
import { trimEndOf } from '../text/plain.js';

/** The meeting's fields as the header states them; null where it does not. */
export interface Meeting {
  /** The member list the line reader found (empty when it found none). */
  members: Participant[];
  committee: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  /** `referat` or `dagsorden` from a title word after the committee (`Byrådet - Referat`). */
  kind: 'referat' | 'dagsorden' | null;
}

/** What the header builders already read: the lexer's header fields, the title, the unlabelled lines. */
export interface HeaderSources {
  fields: readonly HeaderField[];
  title: { committee: string | null; date: string | null } | null;
  titleField: HeaderField | undefined;
  inferred: { date(): string | null; time(): string | null; committee(): string | null };
  /** Offset where the first item starts (the head ends there). */
  headEnd: number;
}

/**
 * Decides the meeting's committee, date, start time and place, each from the most specific
 * source that states it: a label (the lexer's header fields, then the labels the line reader
 * finds), then the title, then unlabelled lines (`… kl. 17:00 i Byrådssalen`). A value that is
 * a label, web chrome or empty is no value.
 */
export function readMeeting(ctx: BuildContext, src: HeaderSources): Meeting {
  const lines = headLines(ctx, src.headEnd);
  const head = readHeadFields(ctx, lines);
  const words = ctx.lookups.header;
  const of = (key: HeaderField['key']) => [
    ...src.fields.filter((f) => f.key === key).map((f) => f.value),
    ...head.filter((f) => f.key === key).map((f) => f.value),
  ];
  const firstOf = <T>(values: readonly string[], read: (v: string) => T | null): T | null => {
    for (const v of values) {
      const r = read(v);
      if (r !== null) return r;
    }
    return null;
  };
  const dateField = src.fields.find((f) => f.key === 'date');
  const isoOf = (v: string) => findDate(v)?.iso ?? null;

  const committee =
    firstOf(of('committee'), (v) => committeeValue(v, ctx)) ??
    (src.title?.committee ? cleanCommittee(src.title.committee, words) : null) ??
    firstOf(titleCandidates(ctx, lines, head), (v) => cleanCommittee(v, words)) ??
    firstOf([src.inferred.committee() ?? ''], (v) => cleanCommittee(v, words)) ??
    firstOf(datedNames(lines), (v) => cleanCommittee(v, words)) ??
    firstOf(genitives(ctx, lines), (v) => cleanCommittee(v, words));
  const date =
    (dateField ? isoOf(dateField.value) : null) ??
    firstOf(of('time'), isoOf) ??
    firstOf(of('date'), isoOf) ??
    src.title?.date ??
    src.inferred.date();
  const startTime =
    (dateField ? findTime(dateField.value) : null) ??
    firstOf(of('time'), findClock) ??
    firstOf(of('date'), findClock) ??
    (src.titleField ? findTime(src.titleField.value) : null) ??
    src.inferred.time();
  const location = firstOf(of('location'), (v) => placeValue(v, ctx)) ?? whenLocation(ctx, lines);
  return { members: readMembers(ctx, lines, head), committee, date, startTime, location, kind: titleKind(ctx, lines) };
}

/** A committee label's value, unless it is empty, another label or chrome. */
function committeeValue(value: string, ctx: BuildContext): string | null {
  const v = value.trim();
  if (!v || v.endsWith(':') || ctx.lookups.header.chrome.test(v) || isLabel(v, ctx)) return null;
  return v;
}

/** A place label's value, unless it is empty, another label, chrome or only a time or date. */
function placeValue(value: string, ctx: BuildContext): string | null {
  const v = value.trim();
  if (!v || v.endsWith(':') || isLabel(v, ctx) || ctx.lookups.header.chrome.test(v)) return null;
  if (!LETTER.test(v) || findDate(v)) return null;
  return v;
}

// Compiled once, as a module constant.
const LETTER = /\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether the text is a label: alone, or with a colon after it (`Hent som fil:`). */
function isLabel(text: string, ctx: BuildContext): boolean {
  const m = ctx.lookups.header.lineLabel.exec(text);
  return m !== null && /^[ ]*:?[ ]*$|^[ ]*:/.test(text.slice(m[0].length));
}

/**
 * Title texts from the head: a line that opens with a title word (`Referat fra Økonomiudvalget`,
 * also after a page number), or names the committee before it (`Byrådet - Referat`,
 * `Forretningsudvalget - referat 05-12-2007`, `Byrådet REFERAT.`). Each ends at the first
 * label inside the line.
 */
function titleCandidates(ctx: BuildContext, lines: readonly HeadLine[], head: readonly HeadField[]): string[] {
  const out: string[] = [];
  const title = ctx.lookups.titleWord;
  lines.forEach((line, index) => {
    const firstLabel = head.find((f) => f.line === index);
    let text = line.text;
    if (firstLabel) {
      const labelAt = text.indexOf(firstLabel.label);
      if (labelAt >= 0) text = text.slice(0, labelAt);
    }
    text = text.replace(/^\d{1,3}\s+/, '').trim();
    if (!text) return;
    const m = title.exec(text);
    const opens = m !== null && m[0].length < text.length;
    const after = TITLE_AFTER.exec(text);
    const names = after !== null && after.index > 0 && ctx.lookups.titleKinds.has(labelKey(titleWordOf(after[0])));
    // Web chrome is no title; asked last, as most lines have no title word.
    if (!(opens || names) || ctx.lookups.header.chrome.test(text)) return;
    if (opens) out.push(text.slice(m[0].length));
    if (names) out.push(text.slice(0, after.index), text.slice(after.index + after[0].length));
  });
  return out;
}

/** The kind a title word after the committee's name gives (`Byrådet - Referat`), or null. */
function titleKind(ctx: BuildContext, lines: readonly HeadLine[]): 'referat' | 'dagsorden' | null {
  for (const { text } of lines) {
    if (text.length > 120) continue;
    const after = TITLE_AFTER.exec(text);
    if (!after || after.index === 0 || text.slice(after.index + after[0].length).trim().length > 30) continue;
    const kind = ctx.lookups.titleKinds.get(labelKey(titleWordOf(after[0])));
    if (kind) return kind;
  }
  return null;
}

/** The title word of a `TITLE_AFTER` match, without the dash and stop around it. */
function titleWordOf(match: string): string {
  return match.replace(/^[\s\-–]+/, '').replace(/[.\s]+$/, '');
}

/** ` - Referat`, ` REFERAT.`: a title word after the committee's name. */
const TITLE_AFTER = /\s(?:[-–]\s+)?(?:referat|dagsorden|protokol)(?![\p{L}])/iu;

/** Lines that give a name and a date only: `Byrådet - 11-12-2017`, `Byrådet 20-09-2016`. */
function datedNames(lines: readonly HeadLine[]): string[] {
  const out: string[] = [];
  for (const { text } of lines) {
    const d = findDate(text);
    if (!d || d.index === 0 || d.index + d.length < text.trimEnd().length - 1 || text.length > 80) continue;
    const name = text.slice(0, d.index).replace(/(?:\s(?:den|d\.))?[\s\-–,]*$/i, '');
    // Only a name: `Beslutning i Økonomiudvalget den …` is a heading, not the committee.
    if (name.split(/\s+/).every((w) => UPPER_FIRST.test(w) || w === 'og' || w.endsWith('-'))) out.push(name);
  }
  return out;
}

/** Short head lines that name a body in the genitive before `møde` (`… for Kultur- og fritidsudvalgets møde den …`). */
function genitives(ctx: BuildContext, lines: readonly HeadLine[]): string[] {
  return lines
    .map((l) => l.text)
    .filter((t) => t.length <= 160 && /s møde(?:t)?(?![\p{L}])/iu.test(t) && !ctx.lookups.header.chrome.test(t));
}

/** `kl. 17:00`, `Kl. 9.30`, `kl. 15:00-16:10`: a printed start time, with an end time after it. */
const WHEN = /(?:kl\.?|klokken)[ \u00a0]*\d{1,2}(?:[:.]\d{2})?(?:[ \u00a0]*[-–][ \u00a0]*\d{1,2}(?:[:.]\d{2})?)?/i;

/**
 * The place printed with the meeting's time, without a label: after the time on its line
 * (`… kl. 13:00 i Tapperiet, Sdr. Badevej 1`, `21-01-2016 kl. 17:00 Kommunalbestyrelsens
 * mødesal`), on the line below it (`i Mødecenter C, Lokale 32`, `Kaløvig Kursuscenter`), or
 * before it on a line with no date (`Mødelokale F 7, Frederikssund kl. 16.00`).
 */
function whenLocation(ctx: BuildContext, lines: readonly HeadLine[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 200) continue;
    const m = WHEN.exec(text);
    if (!m || ctx.lookups.header.chrome.test(text)) continue;
    const rest = text.slice(m.index + m[0].length).replace(/^[\s,.:;\-–]+/, '');
    if (rest) {
      const place = /^i\s/i.test(rest) ? rest.slice(2) : findDate(rest) ? null : rest;
      return place ? placeLine(place, ctx, false) : null;
    }
    const next = lines.slice(i + 1).find((l) => l.text)?.text;
    if (next && /^i\s/i.test(next)) return placeLine(next.slice(2), ctx, false);
    if (next) {
      const place = placeLine(next, ctx, true);
      if (place) return place;
    }
    const before = trimEndOf(text.slice(0, m.index), ',', true);
    if (before && !findDate(before)) return placeLine(before, ctx, true);
    return null;
  }
  return null;
}

/**
 * A place as printed, with a meeting word after it taken off (`Mødesalen, Ringe -
 * Ekstraordinært`); null for what is no place. `alone`: the line stands without `i` in front
 * of it, so it must not look like anything else of the header (a label, a title, a body).
 */
function placeLine(text: string, ctx: BuildContext, alone: boolean): string | null {
  const words = ctx.lookups.header;
  let t = text.trim();
  const meeting = words.meeting.exec(t);
  if (meeting && meeting.index > 0) t = t.slice(0, meeting.index);
  t = trimEndOf(t, ',-–', true).trim();
  if (!t || t.length > 100 || t.endsWith(':') || words.chrome.test(t) || isLabel(t, ctx) || findDate(t)) return null;
  if (!alone) return t;
  if (t.length > 80 || !/^[\p{Lu}\d]/u.test(t) || ctx.lookups.titleWord.test(t)) return null;
  const last = t.split(/\s+/).pop()!.replace(/[^\p{L}]+$/u, '');
  if (words.bodyEnding.test(last) || namesBody(t.split(/\s+/)[0]!, words)) return null;
  return t;
}
