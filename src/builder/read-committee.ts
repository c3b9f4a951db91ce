import type { HeaderWords } from './header-words.js';
import { labelKey } from './header-words.js';
import { findDate } from '../text/dates.js';
import { trimEndOf } from '../text/plain.js';

/**
 * The committee as a title or a header line names it, cleaned of the words around it:
 * `til mødet i Byrådet` → `Byrådet`, `af Byrådets møde` → `Byrådet`, `åbent møde for Kultur- og
 * fritidsudvalgets møde` → `Kultur- og fritidsudvalget`, `Frederikshavn Byråd Ordinært møde` →
 * `Frederikshavn Byråd`, `Tønder Kommune – Kommunalbestyrelsen` → `Kommunalbestyrelsen`. Null
 * when what is left names no political body (a version number, a download link, a word).
 */
export function cleanCommittee(raw: string, words: HeaderWords): string | null {
  let text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  // `Byrådets møde` names `Byrådet`: the genitive before `møde`.
  const genitive = /s møde(?:t)?(?![\p{L}])/iu.exec(text);
  if (genitive && words.bodyEnding.test(text.slice(0, genitive.index).split(' ').pop() ?? '')) {
    text = text.slice(0, genitive.index);
  }
  text = stripLeads(text, words);
  // `Frederikshavn Byråd Ordinært møde`; `… kl Ordinært møde Økonomiudvalget` names it after.
  const meeting = words.meeting.exec(text);
  if (meeting && meeting.index > 0) {
    const before = text.slice(0, meeting.index);
    text = namesBody(before, words) ? before : text.slice(meeting.index + meeting[0].length);
  }
  const date = findDate(text);
  if (date && date.index > 0) text = text.slice(0, date.index);
  const when = WHEN.exec(text);
  if (when) text = text.slice(0, when.index);
  // `Tønder Kommune – Kommunalbestyrelsen`: the part that names the body.
  const parts = text.split(/ [-–•|] /);
  if (parts.length > 1) text = parts.find((p) => namesBody(p, words)) ?? text;
  text = withoutTrailingDate(text.replace(/^[\s:.,\-–•·|]+/, '')).trim();
  if (!text || !namesBody(text, words) || words.chrome.test(text) || words.keys.has(labelKey(text))) return null;
  return text;
}

/**
 * The text without what ends it after the name: punctuation, spaces, and a `den` or `d.` left
 * by a date cut off (`Økonomiudvalget den :`). As `/(?:\s(?:d\.|den))?[\s:.,\-–•·|"]*$/i`
 * cuts it, found from the end (see `trimEndOf`).
 */
export function withoutTrailingDate(text: string): string {
  const end = trimEndOf(text, ':.,-–•·|"', true).length;
  // `den` before the run, or `d` with the run's first `.` after it; a space before either.
  if (end >= 4 && /^\sden$/i.test(text.slice(end - 4, end))) return text.slice(0, end - 4);
  if (end >= 2 && text.charCodeAt(end) === 46 && /^\sd$/i.test(text.slice(end - 2, end))) return text.slice(0, end - 2);
  return text.slice(0, end);
}

/** A weekday, `den 18.`, `d. 4` or `kl.`: the committee's name ends before the meeting's time. */
const WHEN = /(?:^|\s)(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den\s+\d|d\.\s*\d|kl\.)/i;

/** Removes leading connective words and meeting words (`åbent møde for`, `til mødet i`). */
function stripLeads(text: string, words: HeaderWords): string {
  let previous = '';
  let t = text.replace(/^[\s:.,\-–•·|]+/, '');
  while (t !== previous) {
    previous = t;
    t = t.replace(words.leads, '');
    const meeting = words.meeting.exec(t);
    if (meeting && meeting.index === 0) t = t.slice(meeting[0].length).replace(/^[\s:.,\-–•·|]+/, '');
  }
  return t;
}

/** Whether some word of the text ends like a political body's name (`…udvalget`, `Byråd`). */
export function namesBody(text: string, words: HeaderWords): boolean {
  return text.split(/[\s/]+/).some((w) => words.bodyEnding.test(w.slice(0, lettersEnd(w))));
}

/**
 * Where a word's trailing non-letters start (`Byrådet:)` → before `:`), code point by code point
 * from the end: what `/[^\p{L}]+$/u` finds, in one pass (see `trimEndOf`).
 */
export function lettersEnd(word: string): number {
  let i = word.length;
  while (i > 0) {
    const low = word.charCodeAt(i - 1);
    const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && word.charCodeAt(i - 2) >= 0xd800 && word.charCodeAt(i - 2) <= 0xdbff;
    const at = pair ? i - 2 : i - 1;
    if (LETTER.test(String.fromCodePoint(word.codePointAt(at)!))) break;
    i = at;
  }
  return i;
}

const LETTER = /^\p{L}$/u;
