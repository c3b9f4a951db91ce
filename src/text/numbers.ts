import { expectString } from '../util/check-argument.js';
import { isDigit } from './plain.js';
/**
 * Danish amounts as tables print them: `1.629` (thousands separated by `.`), `-3,80 mio. kr.`
 * (decimal comma), `32,8% (22 %)`, `344 mio .kr.`. Pure functions.
 */

/**
 * The units a table cell's amount can carry.
 *
 * @example
 * import { readAmount, type AmountUnit } from 'referat';
 * const unit: AmountUnit | null = readAmount('1.250 kr.')?.unit ?? null; // 'kr'
 */
export type AmountUnit = 'kr' | 'tkr' | 'mio. kr.' | 'mia. kr.' | '%';

/**
 * An amount read from a cell: the number and its unit (null when none is printed).
 *
 * @example
 * import { readAmount, type Amount } from 'referat';
 * const amount: Amount | null = readAmount('-3,80 mio. kr.');
 * console.log(amount?.value, amount?.unit); // -3.8 'mio. kr.'
 */
export interface Amount {
  value: number;
  unit: AmountUnit | null;
}

const AMOUNT =
  /^([-−–+]?)\s?(\d{1,3}(?:\.\d{3}){1,8}|\d+)(?:,(\d+))?(?:\s?(mio[\s.]{0,3}kr\.?|mia[\s.]{0,3}kr\.?|t\.?\s?kr\.?|kr\.?|%))?(?:\s?\([^()]{0,20}\))?$/i;
/** Longer cells are text: no amount is printed in more characters. */
const MAX_LENGTH = 40;
const HAS_DIGIT = /\d/;

/**
 * Reads a cell's text as an amount, or null when it is not one (text, `-`, empty, a column
 * number header such as `3 (1+2)` is read as 3).
 *
 * @example
 * readAmount('1.629');           // { value: 1629, unit: null }
 * readAmount('-3,80 mio. kr.');  // { value: -3.8, unit: 'mio. kr.' }
 * readAmount('32,8% (22 %)');    // { value: 32.8, unit: '%' }
 * readAmount('-');               // null
 */
export function readAmount(text: string): Amount | null {
  expectString('readAmount', 'the cell text', text);
  return trimmedAmount(text.trim());
}

/** {@link readAmount} of a text without spaces around it (a table cell's), unchecked. */
export function trimmedAmount(text: string): Amount | null {
  let t = text;
  // Most cells are words: an amount starts with a digit, a sign or a bracket, and has a digit.
  if (t.length > MAX_LENGTH || !startsAmount(t)) return null;
  // A plain number (a year, a count) reads as the pattern would read it; so does a number with
  // a unit after it (`3 kr.`, `25%`), the most common cell with a unit.
  if (isDigits(t)) return { value: Number(t), unit: null };
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const unitAmount = numberWithUnit(t);
    if (unitAmount) return unitAmount;
  } else if (!HAS_DIGIT.test(t)) return null;
  // Accounts print `1.629,-` for whole kroner and `(1.000)` for a negative amount.
  if (t.endsWith(',-')) t = t.slice(0, -2);
  const bracketed = t.startsWith('(') ? /^\((\d[\d.,]*)\)$/.exec(t) : null;
  if (bracketed) t = `-${bracketed[1]}`;
  const m = AMOUNT.exec(t);
  if (!m) return null;
  const digits = m[2]!.includes('.') ? m[2]!.replace(/\./g, '') : m[2]!;
  const value = Number(m[3] ? `${digits}.${m[3]}` : digits) * (m[1] && m[1] !== '+' ? -1 : 1);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, unit: unitOf(m[4]) };
}

/** Whether a text starts as `AMOUNT` (or a bracketed amount) may: a digit, a sign, `(` or a space. */
function startsAmount(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 40 || c === 32 || (c >= 9 && c <= 13);
  return c === 0x2212 || c === 0x2013 || /\s/.test(t[0]!);
}

/**
 * The amount of a text of ASCII digits, at most one space and a unit in lower case (`kr.`, `kr`,
 * `%`): what `AMOUNT` reads from it (no sign, no thousands dot: the digits are the number),
 * without the pattern and its match. Undefined for any other text.
 */
function numberWithUnit(t: string): Amount | undefined {
  let digits = 0;
  while (digits < t.length && isDigit(t.charCodeAt(digits))) digits++;
  const at = t.charCodeAt(digits) === 32 ? digits + 1 : digits;
  const rest = t.length - at;
  let unit: AmountUnit;
  if (rest === 1 && t.charCodeAt(at) === 37) unit = '%';
  else if (rest >= 2 && rest <= 3 && t.charCodeAt(at) === 107 && t.charCodeAt(at + 1) === 114 && (rest === 2 || t.charCodeAt(at + 2) === 46)) {
    unit = 'kr';
  } else return undefined;
  return { value: Number(t.slice(0, digits)), unit };
}

/** Whether a text is ASCII digits only (not empty). */
function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return t.length > 0;
}

/**
 * The unit a matched unit word names. The word is one of `AMOUNT`'s: its first letter (and the
 * third, `mio` or `mia`) tells which, in either case.
 */
function unitOf(raw: string | undefined): AmountUnit | null {
  if (!raw) return null;
  if (raw === '%') return '%';
  const first = raw[0]!.toLowerCase();
  if (first === 'm') return raw[2]!.toLowerCase() === 'o' ? 'mio. kr.' : 'mia. kr.';
  if (first === 't') return 'tkr';
  return 'kr';
}
