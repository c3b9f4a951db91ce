/**
 * Regular-expression fragments shared by the line tokens. Chevrotain rejects the `^`/`$`
 * anchors and cannot optimise complement sets (`[^\n]`), so "any character but a line break"
 * is an explicit range. All patterns are linear: no nested or adjacent unbounded repeats that
 * overlap, so a 5 MB line costs one pass.
 */

/** Any character except `\r` and `\n`. */
export const CHAR = '[\\x00-\\x09\\x0b\\x0c\\x0e-\\uffff]';
/** Any character except `\t`, `\r` and `\n`. */
export const CHAR_NO_TAB = '[\\x00-\\x08\\x0b\\x0c\\x0e-\\uffff]';
/** Horizontal space inside a line: space, NBSP (TABs are cell separators). */
export const SPACE = '[ \\u00a0]';
/** The line break that ends a line token, or nothing on the last line. */
export const NEWLINE = '(?:\\r\\n?|\\n)?';
/** The end of the line: a line break follows or the input ends. */
export const AT_EOL = '(?=[\\r\\n]|(?![\\s\\S]))';
/** Markdown emphasis that may wrap a line's text (`**Beslutning**`); harmless in plain text. */
export const EMPHASIS = '(?:\\*{1,2}|_{1,2})?';
/** Letters including Danish ones, for patterns written without the `u` flag. */
export const UPPER = 'A-ZÆØÅ';

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a vocabulary line pattern (`Punkt {n}:`, `Beslutning fra {text}`) into a RegExp source
 * fragment that matches from the start of the line's text. Spaces in the pattern match any run
 * of spaces or NBSP. A `{text}` at the end takes the rest of the line; at the start it must
 * begin with a letter or digit. A `{text}` elsewhere ends at the first place where the words
 * after it (up to the next `{text}`) match: `Beslutning fra {text}, den {text}` reads the
 * committee up to the first `, den`.
 *
 * The result is linear whatever a dialect author writes: a space run cannot end inside a run
 * (it is entered at its start and must be followed by a non-space), and an inner `{text}` is a
 * tempered repeat that cannot run past its closing words, so no two repeats compete for the
 * same characters and a failed match is not retried at every split of the line. (A lazy
 * `{text}` after a greedy space run took 200 s on a 16 KB line.) `test/lexer/adversarial.test.ts`
 * runs every compiled pattern against the inputs that make such shapes backtrack.
 */
export function linePatternSource(pattern: string): string {
  const parts = pattern.trim().split(/(\{n\}|\{text\})/).filter((p) => p !== '');
  const sources = parts.map((part, i) => (part === '{n}' ? N_SOURCE : part === '{text}' ? '' : literalSource(part, i > 0)));
  let source = '';
  parts.forEach((part, i) => {
    if (part !== '{text}') {
      source += sources[i];
      return;
    }
    // A leading {text} starts at a letter or digit: that keeps the first-character set small,
    // which Chevrotain's lexer optimisation (and its build time) depends on.
    if (i === 0) source += `[${UPPER}a-zæøå0-9]`;
    const next = parts.indexOf('{text}', i + 1);
    const closing = sources.slice(i + 1, next < 0 ? undefined : next).join('');
    // Bounded: each repetition of a group costs V8 a backtrack entry (stack), and no heading's
    // inner words run to a thousand characters.
    // The closing words are looked for only where their first character stands, so most
    // characters cost one class test.
    const first = closing ? firstChars(parts[i + 1]!) : null;
    if (!closing) source += `${CHAR}*`;
    else if (first) source += `(?:[^${first}\\r\\n]|(?!${closing})[${first}]){0,${INNER_TEXT}}`;
    else source += `(?:(?!${closing})${CHAR}){0,${INNER_TEXT}}`;
  });
  return source;
}

/**
 * The characters a pattern part can start with, as the body of a character class: a space run
 * or the escaped first character of its first word; null for a hole (`{n}`).
 */
function firstChars(part: string): string | null {
  if (part === '{n}' || part === '{text}') return part === '{n}' ? '0-9' : null;
  if (/^\s/.test(part)) return ' \\u00a0';
  return part[0]!.replace(/[\\\]^-]/g, '\\$&');
}

/** A number, or an add-on item's number and letter (`4a`). */
const N_SOURCE = '\\d{1,4}[a-zæøå]?(?![a-zæøå])';

/** The longest inner `{text}` of a line pattern. */
const INNER_TEXT = 1000;

/** The words of a pattern part; spaces match a whole run of spaces or NBSP, never part of one. */
function literalSource(part: string, afterHole: boolean): string {
  const words = part.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  let source = '';
  // A run of spaces is entered at its start only (the lookbehind), so a {text} before it cannot
  // try every position inside a long run.
  if (/^\s/.test(part)) source += `${afterHole ? '(?<![ \\u00a0])' : ''}${SPACE}+(?![ \\u00a0])`;
  source += words.join(`${SPACE}+`);
  // A part of spaces only (`{n} {text}`) is one run, added above.
  if (/\s$/.test(part) && words.length) source += `${SPACE}+(?![ \\u00a0])`;
  return source;
}

const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

/**
 * The characters a line matched by one of `patterns` (vocabulary line patterns or plain
 * phrases) can start with, in both cases, plus the emphasis markers. Given to Chevrotain as
 * `start_chars_hint`, so it need not analyse the generated regular expressions at start-up;
 * it must list every possible first character, or the lexer would skip the token.
 */
export function startChars(patterns: readonly string[], extra = ''): string[] {
  const chars = new Set('*_');
  const firsts = patterns.map((pattern) => {
    const p = pattern.trim();
    return p.startsWith('{n}') ? DIGITS : p.startsWith('{text}') ? LETTERS + DIGITS : p[0] ?? '';
  });
  for (const c of new Set([...firsts, extra].join(''))) {
    const upper = c.toUpperCase();
    chars.add(c.toLowerCase()).add(upper);
    // A case-insensitive pattern matches every character that shares its upper case: `μ` (mu)
    // and `µ` (micro sign) both upper-case to `Μ`. Chevrotain keeps a slot per Latin-1
    // character, so those are added (above Latin-1 it keeps one per block of 256, which the
    // cases above fill for the letters of Danish words).
    for (const other of latin1ByUpper().get(upper) ?? []) chars.add(other);
  }
  return [...chars];
}

/** The Latin-1 characters (U+0000 to U+00FF) by their upper case, made on first use. */
let latin1: Map<string, string[]> | null = null;
function latin1ByUpper(): Map<string, string[]> {
  if (!latin1) {
    latin1 = new Map();
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c);
      const upper = ch.toUpperCase();
      latin1.set(upper, [...(latin1.get(upper) ?? []), ch]);
    }
  }
  return latin1;
}

/** Digits and letters (`startChars` adds the other case), for patterns that may start with any. */
export const ALNUM = DIGITS + LETTERS;

/** A character class of list bullets (`-`, `•`, …), for the patterns that read list entries. */
export function bulletClass(bullets: readonly string[]): string {
  return bullets.length ? `[${bullets.map((b) => b.replace(/[\\\]^-]/g, '\\$&')).join('')}]` : '(?!)';
}

/**
 * A custom token pattern's match of the sticky `regex` at `offset`: the matched text alone, or
 * null. `test` and a slice make one string, where `exec` would also build its match array (with
 * `index`, `input` and `groups`) for every matched line; Chevrotain reads only the text.
 */
export function stickyMatch(regex: RegExp, text: string, offset: number): [string] | null {
  regex.lastIndex = offset;
  return regex.test(text) ? [text.slice(offset, regex.lastIndex)] : null;
}
