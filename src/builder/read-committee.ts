import type { HeaderWords } from './header-words.js';
import { labelKey } from './header-words.js';
import { findDate } from '../text/dates.js';

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
  text = text.replace(/^[\s:.,\-–•·|]+/, '').replace(/(?:\s(?:d\.|den))?[\s:.,\-–•·|"]*$/i, '').trim();
  if (!text || !namesBody(text, words) || words.chrome.test(text) || words.keys.has(labelKey(text))) return null;
  return text;
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
  return text.split(/[\s/]+/).some((w) => words.bodyEnding.test(w.replace(/[^\p{L}]+$/u, '')));
}
