import type { CustomPatternMatcherFunc } from 'chevrotain';
import { startChars } from './patterns.js';

/**
 * A custom Chevrotain pattern for a line that is exactly one phrase of a list (a section
 * heading, the TOC heading): optional emphasis around it, an optional colon, trailing spaces,
 * any case, runs of spaces or NBSP between words. It looks the line up in a `Set` instead of
 * trying a regular expression with dozens of alternatives, which is faster per line and costs
 * nothing to build (Chevrotain need not analyse a large pattern at start-up).
 *
 * Most lines are no phrase, and most differ from every phrase within a few characters; a
 * heading is mostly written as it is listed. {@link readPhrase} tells both kinds by walking a
 * trie of the keys along the line in place, reading runs of spaces between words as one space
 * and a trailing colon, emphasis and spaces as the key's end, so only the other lines (emphasis
 * or a colon inside, a space before one…) pay for a slice, its key and the lookup. Lines longer
 * than the longest phrase allows are rejected after a bounded scan, so a 5 MB line costs nothing
 * here.
 */
export function phraseLine(phrases: readonly string[]): {
  exec: CustomPatternMatcherFunc;
  startChars: string[];
} {
  const keys = new Set(phrases.map(phraseKey));
  const trie = trieOf([...keys]);
  // Room for emphasis, a colon and trailing spaces around the longest phrase.
  const maxLength = Math.max(0, ...phrases.map((p) => p.length)) + 16;

  /** The end of the line at `offset` (before its break) if it is a phrase, else -1. */
  const lookUp = (text: string, offset: number): number => {
    const limit = Math.min(text.length, offset + maxLength);
    let end = offset;
    while (end < limit) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13 || c === 9) break;
      end++;
    }
    if (end === limit && limit < text.length) return -1; // too long for any phrase
    if (end < text.length && text.charCodeAt(end) === 9) return -1; // a TAB: a table row
    return keys.has(phraseKey(text.slice(offset, end))) ? end : -1;
  };

  const exec: CustomPatternMatcherFunc = (text, offset) => {
    const read = readPhrase(text, offset, trie, offset + maxLength);
    if (read === NO) return null;
    let end = read >= 0 && read - offset < maxLength ? read : lookUp(text, offset);
    if (end < 0) return null;
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    return [text.slice(offset, end)];
  };
  // (The characters of the phrases' first letters in either case, and emphasis.)
  return { exec, startChars: startChars(phrases) };
}

/**
 * The lookup form of a heading line: emphasis, a trailing colon and spaces removed, words
 * separated by single spaces, lower case. `**Beslutning:**` and `beslutning` share a key.
 */
export function phraseKey(line: string): string {
  // Most lines have nothing to remove: one test, then lower case.
  if (!/[*_:\u00a0]| {2}| $/.test(line)) return line.toLowerCase();
  return line
    .replace(/^(?:\*{1,2}|_{1,2})/, '')
    .replace(/(?:\*{1,2}|_{1,2})?[ \u00a0]*(?::(?:\*{1,2}|_{1,2})?[ \u00a0]*)?$/, '')
    .replace(/[ \u00a0]+/g, ' ')
    .toLowerCase();
}

/** The characters up to which {@link PLAIN} is tabled (Latin, with its extensions). */
const TABLED = 0x250;

/**
 * A "plain" character's lower case, by its code below {@link TABLED}; -1 for the others. A plain
 * character is one `phraseKey` keeps in place and lower-cases to one character, the same alone
 * as inside a line (only `Σ` depends on its neighbours, and it is not tabled), so the key of a
 * line of plain characters is their lower case. Not plain: what `phraseKey` may drop or change
 * (emphasis, a colon, spaces, NBSP), line ends and TAB, `İ` (two characters in lower case) and
 * letters whose lower case lies above the table.
 */
const PLAIN = Int32Array.from({ length: TABLED }, (_, c) => {
  if ([9, 10, 13, 32, 0xa0, 42, 95, 58].includes(c)) return -1;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) < TABLED ? lower.charCodeAt(0) : -1;
});

/**
 * A plain character's lower case (see {@link PLAIN}), above the table too; -1 for the others.
 * Above the table no character lower-cases to two (checked over the BMP), and only `Σ` depends
 * on its neighbours (`ς` at a word's end); a surrogate lower-cases with its pair, not alone.
 * NaN (past the input's end) is no character.
 */
function plainLower(c: number): number {
  if (c < TABLED) return PLAIN[c]!;
  if (!(c <= 0xffff) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return -1;
  // Remembered: a lower case made from a one-character string costs a string and a call into
  // the runtime, and a document repeats its few characters above the table on line after line.
  let lower = LOWER_ABOVE.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    LOWER_ABOVE.set(c, (lower = s.length === 1 ? s.charCodeAt(0) : -1));
  }
  return lower;
}

/** {@link plainLower} of the characters above the table met so far (at most the BMP's). */
const LOWER_ABOVE = new Map<number, number>();

/**
 * The keys, character by character: a node per shared prefix (`end` where a key ends), its
 * children by character code (a few each: a scan of a short array is cheaper than a `Map`),
 * and where only one key goes on, the rest of it (`tail`).
 */
interface Trie {
  codes: number[];
  children: Trie[];
  end: boolean;
  tail: string | null;
}

/** The trie of `keys` (distinct; also their suffixes, below the root). */
function trieOf(keys: readonly string[]): Trie {
  if (keys.length === 1) return { codes: [], children: [], end: false, tail: keys[0]! };
  const byFirst = new Map<number, string[]>();
  for (const key of keys) if (key) byFirst.set(key.charCodeAt(0), [...(byFirst.get(key.charCodeAt(0)) ?? []), key.slice(1)]);
  const codes = [...byFirst.keys()];
  return { codes, children: codes.map((c) => trieOf(byFirst.get(c)!)), end: keys.includes(''), tail: null };
}

/** The child of `node` at character `c`, or undefined. */
function childAt(node: Trie, c: number): Trie | undefined {
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === c) return node.children[i];
  return undefined;
}

/** {@link readPhrase}: the line cannot be a phrase. */
const NO = -1;
/** {@link readPhrase}: the line may be a phrase; its key must be looked up. */
const MAYBE = -2;

/** Whether a line's character `c` ends it: a line break or the end of the input (NaN). */
function isLineEnd(c: number): boolean {
  return c === 10 || c === 13 || c !== c;
}

/** A space, NBSP, emphasis mark or colon: in the key, it is a space or itself, or the key ends. */
function isDroppable(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 42 || c === 95 || c === 58;
}

/**
 * Reads the line at `offset` along the trie of keys. Returns where the line ends when it is
 * plain characters that spell a key, with single spaces for runs of spaces between words and
 * what `phraseKey` trims off its end (a sure match); {@link NO} when its key leaves the trie, or
 * it has a TAB; else {@link MAYBE}: it has a character that `phraseKey` could drop or change
 * (a colon or emphasis inside, a space before one…), and stands where a key may go on. Runs of
 * spaces are read up to `limit`, where the line is too long for any phrase.
 */
function readPhrase(text: string, offset: number, trie: Trie, limit: number): number {
  let at = offset;
  const e = text.charCodeAt(at);
  // The leading emphasis `phraseKey` removes.
  if (e === 42 || e === 95) at += text.charCodeAt(at + 1) === e ? 2 : 1;
  let node = trie;
  for (; node.tail === null; at++) {
    const c = text.charCodeAt(at);
    const lower = plainLower(c);
    if (lower >= 0) {
      const next = childAt(node, lower);
      if (next === undefined) return NO;
      node = next;
    } else if (isLineEnd(c)) {
      return node.end ? at : NO;
    } else if (c === 9) {
      return NO;
    } else if (isDroppable(c)) {
      // Spaces between words are one space of the key.
      const word = wordAfterSpaces(text, at, limit);
      if (word >= 0) {
        const next = childAt(node, 32);
        if (next === undefined) return NO;
        node = next;
        at = word - 1;
        continue;
      }
      // What `phraseKey` cuts off the line's end: the key ends here.
      const end = endAfterTrail(text, at, limit);
      if (end >= 0) return node.end ? end : NO;
      return node.end || node.codes.some(isDroppable) ? MAYBE : NO;
    } else {
      return MAYBE;
    }
  }
  return readTail(text, at, node.tail, limit);
}

/** {@link readPhrase} where one key is left, `tail` its rest. */
function readTail(text: string, at: number, tail: string, limit: number): number {
  for (let i = 0; ; i++, at++) {
    const c = text.charCodeAt(at);
    // The key's next character; -1 where it ends.
    const k = i < tail.length ? tail.charCodeAt(i) : -1;
    const lower = plainLower(c);
    if (lower >= 0) {
      if (lower !== k) return NO;
    } else if (isLineEnd(c)) {
      return k < 0 ? at : NO;
    } else if (c === 9) {
      return NO;
    } else if (isDroppable(c)) {
      const word = wordAfterSpaces(text, at, limit);
      if (word >= 0) {
        if (k !== 32) return NO;
        at = word - 1;
        continue;
      }
      const end = endAfterTrail(text, at, limit);
      if (end >= 0) return k < 0 ? end : NO;
      return k < 0 || isDroppable(k) ? MAYBE : NO;
    } else {
      return MAYBE;
    }
  }
}

/**
 * Where a plain character (see {@link PLAIN}) follows a run of spaces and NBSP at `at`, or -1.
 * Such a run lies inside the key (`phraseKey` trims only emphasis at the start, and only
 * emphasis, spaces and colons at the end), where it is one space. The run is read up to
 * `limit` (where a line is too long for any phrase), so a long run costs no more than that.
 */
function wordAfterSpaces(text: string, at: number, limit: number): number {
  const i = skipSpaces(text, at, limit);
  return i > at && i < limit && plainLower(text.charCodeAt(i)) >= 0 ? i : -1;
}

/**
 * Where the line ends, if from `at` to there it is what `phraseKey` trims off its end: emphasis,
 * spaces, then a colon and emphasis and spaces after it (each optional); else -1 (also past
 * `limit`). Right after a plain character, the trimmed part starts nowhere before `at`.
 */
function endAfterTrail(text: string, at: number, limit: number): number {
  let i = skipSpaces(text, skipEmphasis(text, at), limit);
  if (text.charCodeAt(i) === 58) i = skipSpaces(text, skipEmphasis(text, i + 1), limit);
  return i < limit && isLineEnd(text.charCodeAt(i)) ? i : -1;
}

/** Past `*`, `**`, `_` or `__` at `at` (one or two of the same mark). */
function skipEmphasis(text: string, at: number): number {
  const e = text.charCodeAt(at);
  if (e !== 42 && e !== 95) return at;
  return text.charCodeAt(at + 1) === e ? at + 2 : at + 1;
}

/** Past a run of spaces and NBSP at `at`, stopping at `limit`. */
function skipSpaces(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpaceOrNbsp(text.charCodeAt(i))) i++;
  return i;
}

function isSpaceOrNbsp(c: number): boolean {
  return c === 32 || c === 0xa0;
}
