import { expectInteger, expectString } from '../util/check-argument.js';
/**
 * Danish dates, times and election periods as they are printed in minutes, read into ISO form.
 * Pure functions; each returns null when the text holds no such value, and `valid: false` when
 * it holds one that cannot be a real date (31-02-2025).
 */

/** Danish month names and the abbreviations printed for them, lower case. */
export const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** A date found in a text. */
export interface FoundDate {
  /** `YYYY-MM-DD`, or null when the printed date is impossible. */
  iso: string | null;
  /** Index of the date in the searched text, and its length. */
  index: number;
  length: number;
}

/**
 * The three forms in one pattern, so a text is searched once: numeric (`22-05-2025`,
 * `22.05.2025`, `11/06/2024`, `04.12-2012`; not after a full stop), ISO (`2025-05-22`) and with
 * a month name (`22. maj 2025`, `11 december, 2017`), longest names first. The leftmost match
 * is the earliest date; where two forms start at one index, the first listed wins.
 */
const DATE = new RegExp(
  '(?<!\\d)(?:' +
    [
      '(?<!\\.)(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})',
      '(\\d{4})-(\\d{2})-(\\d{2})',
      `(\\d{1,2})\\.?\\s*(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?,?\\s+(\\d{4})`,
    ].join('|') +
    ')(?!\\d)',
  'i',
);

/**
 * Finds the first date in `text`: `22-05-2025`, `22.05.2025`, `11/06/2024`, `04.12-2012` (mixed
 * separators), `22. maj 2025`, `11 december, 2017`, `2025-05-22`.
 *
 * @example
 * import { findDate } from 'referat';
 * findDate('Mødedato: 22. maj 2025'); // { iso: '2025-05-22', index: 10, length: 12 }
 * findDate('ingen dato'); // null
 */
export function findDate(text: string): FoundDate | null {
  expectString('findDate', 'the text', text);
  const m = DATE.exec(text);
  if (!m) return null;
  let iso: string | null;
  if (m[1] !== undefined) iso = isoOfPrinted(Number(m[3]), Number(m[2]), Number(m[1]));
  else if (m[4] !== undefined) iso = isoOfPrinted(Number(m[4]), Number(m[5]), Number(m[6]));
  else iso = isoOfPrinted(Number(m[9]), monthOf(m[8]!), Number(m[7]));
  return { iso, index: m.index, length: m[0].length };
}

/**
 * The number of a month name {@link DATE} matched, in any case: its first three letters tell
 * the months apart (`jun`, `jul`, `sep`…). Read by character codes, without the lower-cased
 * copy and the lookup by name.
 */
function monthOf(name: string): number {
  return MONTH_BY_PREFIX.get(prefixCode(name))!;
}

/** The first three letters of a month name, lower case, as one number. */
function prefixCode(name: string): number {
  return ((name.charCodeAt(0) | 0x20) << 16) | ((name.charCodeAt(1) | 0x20) << 8) | (name.charCodeAt(2) | 0x20);
}

const MONTH_BY_PREFIX = new Map(Object.entries(MONTHS).map(([name, month]) => [prefixCode(name), month]));

/**
 * {@link isoDate} of a printed date, whose year has four digits: the same result without its
 * argument checks, the `Date` it makes and the padding calls. Like `Date.UTC`, it reads years
 * 0–99 as 1900–1999 when it counts the days of a month (`0000-02-29` is no date).
 */
function isoOfPrinted(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > 28 && day > daysIn(year <= 99 ? year + 1900 : year, month)) return null;
  // Remembered: a document prints its few dates again and again, and each string built here
  // costs a copy per piece joined.
  const code = (year * 100 + month) * 100 + day;
  let iso = ISO_OF.get(code);
  if (iso === undefined) {
    iso = `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    if (ISO_OF.size >= 4096) ISO_OF.clear();
    ISO_OF.set(code, iso);
  }
  return iso;
}

/** {@link isoOfPrinted}'s results by `YYYYMMDD` as a number (at most 4096, then started over). */
const ISO_OF = new Map<number, string>();

/** The days of `month` (1–12) in `year` of the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `YYYY-MM-DD` for a real calendar date, else null.
 *
 * @example
 * import { isoDate } from 'referat';
 * isoDate(2025, 5, 22); // '2025-05-22'
 * isoDate(2025, 2, 30); // null: no such day
 */
export function isoDate(year: number, month: number, day: number): string | null {
  expectInteger('isoDate', 'the year', year);
  expectInteger('isoDate', 'the month', month);
  expectInteger('isoDate', 'the day', day);
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TIME = /\b(?:kl\.?|klokken)\s*(\d{1,2})(?:[:.](\d{2}))?(?!\d)|(?<=\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/i;

/**
 * Finds a start time printed as `kl. 15:00`, `kl. 15.45`, `kl. 9`, `klokken 10` or in an ISO
 * timestamp (`2025-05-22T15:00`); `HH:MM`, or null (also for an impossible time, `kl. 25`).
 *
 * @example
 * import { findTime } from 'referat';
 * findTime('Mødetidspunkt: kl. 15.00'); // '15:00'
 */
export function findTime(text: string): string | null {
  expectString('findTime', 'the text', text);
  const m = TIME.exec(text);
  if (!m) return null;
  const hours = Number(m[1] ?? m[3]);
  const minutes = (m[2] ?? m[4]) === undefined ? 0 : Number(m[2] ?? m[4]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const PERIOD = /(?<!\d)(\d{4})\s*[-–]\s*(\d{4})(?!\d)/;

/**
 * Finds an election period printed as `2022 - 2025`, `2022-2025` or `2022–2025`; `YYYY-YYYY`, or null.
 *
 * @example
 * import { findPeriod } from 'referat';
 * findPeriod('REFERAT Handicaprådet 2022-2025 d. 22.05.2025')?.period; // '2022-2025'
 */
export function findPeriod(text: string): { period: string; index: number; length: number } | null {
  expectString('findPeriod', 'the text', text);
  const m = PERIOD.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 5) return null;
  return { period: `${from}-${to}`, index: m.index, length: m[0].length };
}

const CLOCK = /(?<![\d.:,-])(\d{1,2})[:.](\d{2})(?::\d{2})?(?![\d.,]\d|\d)/;

/**
 * The start time in a header value that may hold a date too: `kl. 15:00`, `Kl. 9`, a bare
 * `19:00` or `18.30`, `15-05-2013 16:30:00`, `11 december, 2017 - 17:00`, `9:30-11:00` (the
 * start). The date is taken out first, so its day and month are never read as a time.
 */
export function findClock(text: string): string | null {
  const date = findDate(text);
  const rest = date ? `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}` : text;
  const labelled = findTime(rest);
  if (labelled) return labelled;
  const m = CLOCK.exec(rest);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}
