import type { SectionKind } from '../model/agenda.js';
import { findDate } from '../text/dates.js';
import { isDigit, isSpace } from '../text/plain.js';
import type { LayoutEnv } from './infer.js';
import { type LineFacts, LineType, Role } from './line-facts.js';
import type { Opener } from './openers.js';

/*
 * What evidence makes one line a heading: the dialect's bank (any case, a colon, framed), the
 * family of decision headings, headings that count only when they recur, and absence labels
 * with no names under them. `infer.ts` calls these while it reads the lines.
 */

/** A heading from the dialect's bank: any case, a trailing colon, or framed as `--- Bilag ---`. */
export function bankedHeading(text: string, env: LayoutEnv): SectionKind | null {
  // Headings are printed capitalised; `bilag:` under a line is that line's end.
  if (text.length > 64) return null;
  const first = text.charCodeAt(0);
  const dash = first === 45;
  if (first < 128 ? !dash && !(first >= 65 && first <= 90) : !CAPITAL_FIRST.test(text)) return null;
  // The key starts with the line's first letters in lower case: most capitals start no heading.
  if (first < 128 && !dash && !mayStartKey(keyStarts(env.sectionKinds), text)) return null;
  const framed = dash ? FRAMED.exec(text) : null;
  const inner = framed ? framed[1]! : text;
  const last = inner.charCodeAt(inner.length - 1);
  const key = env.lookupKey(last === 46 || last === 58 ? inner.slice(0, -1) : inner);
  return env.sectionKinds.get(key) ?? null;
}

// (The patterns of this file stand here, not in the functions: a pattern written in a function
// is a new object on every call.)
/** A capital letter first. */
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A heading framed by dashes (`--- Bilag ---`): group 1 is the heading. */
const FRAMED = /^-{2,}[ \u00a0]*([^-].*[^-])[ \u00a0]*-{2,}$/;
/** `Beslutning ` or `Beslutninger ` first. */
const DECISION_WORD = /^beslutning(?:er)?[ \u00a0]/i;
/** `den` or `d.` last (`Beslutning Økonomiudvalget den :`). */
const DEN_LAST = /[ \u00a0](?:den|d\.)[ \u00a0]*:?$/i;
/** `, pkt. 146:` last. */
const POINT_LAST = /,[ \u00a0]*(?:pkt\.?|punkt)[ \u00a0]*\d{1,4}[ \u00a0]*:?$/i;

/** How the keys of a bank start (in lower case: see `lookupKey`), and how short they are. */
interface KeyStarts {
  /** Their first characters. */
  firsts: Set<number>;
  /** Their first two characters where both are ASCII, flagged at `first * 128 + second`. */
  pairs: Uint8Array;
  /** Their first three characters where all are ASCII, as `(first * 128 + second) * 128 + third`. */
  triples: Set<number>;
  /** Their first two characters where the second is not ASCII, as `first * 65536 + second`. */
  wide: Set<number>;
  /** The length of the shortest key. */
  shortest: number;
}

const bankStarts = new WeakMap<ReadonlyMap<string, unknown>, KeyStarts>();
/** The bank asked for last and how its keys start: asked for line after line, mostly of one bank. */
let lastBank: ReadonlyMap<string, unknown> | null = null;
let lastStarts: KeyStarts | null = null;

/** How a bank's keys start, computed once per bank. */
function keyStarts(bank: ReadonlyMap<string, unknown>): KeyStarts {
  if (bank === lastBank) return lastStarts!;
  let res = bankStarts.get(bank);
  if (!res) {
    res = { firsts: new Set(), pairs: new Uint8Array(128 * 128), triples: new Set(), wide: new Set(), shortest: Infinity };
    for (const key of bank.keys()) {
      res.firsts.add(key.charCodeAt(0));
      const a = key.charCodeAt(0);
      const b = key.charCodeAt(1);
      const c = key.charCodeAt(2);
      if (a < 128 && b < 128) res.pairs[a * 128 + b] = 1;
      if (a < 128 && b < 128 && c < 128) res.triples.add((a * 128 + b) * 128 + c);
      if (b >= 128) res.wide.add(a * 65536 + b);
      res.shortest = Math.min(res.shortest, key.length);
    }
    bankStarts.set(bank, res);
  }
  lastBank = bank;
  lastStarts = res;
  return res;
}

/**
 * Whether the key of a line starting with an ASCII letter or digit may be one of a bank's, by
 * its first character and, as far as they are ASCII letters or digits too, its first two and
 * three: the key starts with them in lower case (spaces, a trailing colon or full stop do not
 * come first). Nor has a line of ASCII characters shorter than every key one: lower case keeps
 * its length, and the rest of `lookupKey` only shortens it.
 */
function mayStartKey(starts: KeyStarts, text: string): boolean {
  const a = loweredAlphanumeric(text.charCodeAt(0));
  if (a < 0) return true;
  if (!starts.firsts.has(a)) return false;
  if (text.length < starts.shortest && isAscii(text)) return false;
  const b = loweredAlphanumeric(text.charCodeAt(1));
  if (b < 0) return mayFollow(starts, a, text.charCodeAt(1));
  if (starts.pairs[a * 128 + b] !== 1) return false;
  const c = loweredAlphanumeric(text.charCodeAt(2));
  return c < 0 || starts.triples.has((a * 128 + b) * 128 + c);
}

/**
 * Whether a key starting with `a` may go on with the second character `c` of a line (not an
 * ASCII letter or digit): false only for a character above ASCII that `lookupKey` keeps as one
 * character above ASCII in lower case, where no key has that character second after `a`
 * (`A\u200b…`: no key goes on with a zero-width space).
 */
function mayFollow(starts: KeyStarts, a: number, c: number): boolean {
  if (!(c >= 128) || (c >= 0xd800 && c <= 0xdfff)) return true;
  const lower = keyChar(c);
  return lower < 0 || starts.wide.has(a * 65536 + lower);
}

/**
 * A character above ASCII as `lookupKey` keeps it: its lower case, or -1 where that is not one
 * character above ASCII (`İ` lower-cases to two, the Kelvin sign to `k`, `Σ` to `σ` or `ς`) or
 * `lookupKey` reads it as a space (`\s`). Remembered: asked line by line.
 */
function keyChar(c: number): number {
  let lower = KEY_CHARS.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c);
    const l = s.toLowerCase();
    // Σ lower-cases by its place in the word (σ or final ς): not one answer.
    lower = c === 0x3a3 || isSpace(c) || l.length !== 1 || l.charCodeAt(0) < 128 ? -1 : l.charCodeAt(0);
    KEY_CHARS.set(c, lower);
  }
  return lower;
}

/** {@link keyChar} of the characters met so far (at most the BMP's). */
const KEY_CHARS = new Map<number, number>();

/** Whether every character of a (short) text is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** An ASCII letter (in lower case) or digit, or -1 for any other character. */
function loweredAlphanumeric(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : -1;
}

/**
 * The family of decision headings: `Beslutning Byrådet den 30-11-2022`, `Beslutning
 * Økonomiudvalget, 20.09.2016`, `Beslutning den :`, `Beslutning Økonomiudvalget den`, and the
 * earlier decisions quoted as `Økonomiudvalget, 19. juni 2019, pkt. 146:`. A heading line: short,
 * and not a sentence.
 */
export function isDecisionHeading(text: string): boolean {
  // The first and last characters are tested before any pattern: most lines fail there.
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 140 || last === 46 || last === 59) return false;
  const first = text.charCodeAt(0);
  if ((first === 66 || first === 98) && DECISION_WORD.test(text)) {
    return findDate(text) !== null || DEN_LAST.test(text);
  }
  // A capital and `,pkt1` at least; the number, a space or a colon last.
  if (text.length >= 6 && isCapital(first) && (isDigit(last) || last === 32 || last === 0xa0 || last === 58) && POINT_LAST.test(text)) {
    return findDate(text) !== null;
  }
  return false;
}

/** `[A-ZÆØÅ]`. */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5;
}

/**
 * Headings that are also sub-headings in some templates (`Baggrund`) become headings when the
 * document prints them, alone on a line, in two or more items.
 */
export function confirmRecurring(lines: LineFacts, openers: readonly Opener[], env: LayoutEnv): void {
  const { role, text, type } = lines;
  // Where the openers stand, in order, walked along with the lines (a lookup per line costs more).
  const starts = openers.map((o) => o.at).sort((a, b) => a - b);
  let next = 0;
  const seen = new Map<string, { items: Set<number>; lines: number[] }>();
  const recurringStarts = keyStarts(env.recurringKinds);
  let item = -1;
  for (let k = 0; k < lines.count; k++) {
    // (Two openers may stand on one line: it opens one item.)
    let opens = false;
    for (; next < starts.length && starts[next] === k; next++) opens = true;
    if (opens || type[k] === LineType.itemOpener) item++;
    if (item < 0 || role[k] || type[k] !== LineType.text || text[k]!.length > 40) continue;
    const line = text[k]!;
    // A key starts with the line's first letters or digits in lower case: most lines start no recurring heading.
    if (!mayStartKey(recurringStarts, line)) continue;
    const last = line.charCodeAt(line.length - 1);
    const key = env.lookupKey(last === 46 || last === 58 ? line.slice(0, -1) : line);
    if (!env.recurringKinds.has(key)) continue;
    const entry = seen.get(key) ?? { items: new Set(), lines: [] };
    seen.set(key, entry);
    entry.items.add(item);
    entry.lines.push(k);
  }
  const near = (k: number, step: number) => {
    for (let j = k + step, n = 0; n < 3 && j >= 0 && j < lines.count; j += step, n++) if (lines.isHeading(j)) return true;
    return false;
  };
  for (const entry of seen.values()) {
    for (const k of entry.lines) {
      // Printed in capitals (`BAGGRUND`), it is a heading at once: writers' sub-headings are not;
      // nor are they one line among short sections (`Høring` / `Ingen` between two headings).
      const line = text[k]!;
      const upper = line.length >= 4 && line === line.toUpperCase();
      if (entry.items.size >= 2 || upper || (near(k, -1) && near(k, 1))) role[k] = Role.heading;
    }
  }
}

/**
 * An absence label alone on its line inside an item, with no names under it (`Fraværende:`
 * before the next item, `Fraværende` / `Ingen.`), is a heading of its own; followed by names it
 * stays the attendance line the decision's reader takes it for.
 */
export function absenceHeadings(lines: LineFacts, from: number, env: LayoutEnv): void {
  const { role, text, type } = lines;
  for (let k = from; k < lines.count; k++) {
    if (role[k] || (type[k] !== LineType.headerLabel && type[k] !== LineType.text) || !env.absenceLabel.test(text[k]!)) continue;
    const next = k + 1;
    if (next >= lines.count || role[next] || !NAMES.test(text[next]!)) role[k] = Role.heading;
  }
}

/** A line that starts with a name: two capitalised words, or a capitalised word and a party. */
const NAMES = /^\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*|[ \u00a0]*\()/u;

/** The shape of a case number, for the report: `27.69.48-P35-1-22` → `99.99.99-A99-9-99`. */
export function caseForm(raw: string): string {
  return raw.replace(/\d/g, '9').replace(/[A-ZÆØÅ]/gi, 'A');
}
