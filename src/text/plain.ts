/**
 * Text helpers shared by the builders: turning a raw line into the plain text the model holds,
 * and judging line shape (does a line continue the one before, could it be a heading).
 * Every function is linear in its input; none uses a RegExp that can backtrack.
 */

const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
/**
 * Whether a raw line holds a character the Markdown clean-up removes or reads (`*`, `_`, `\\`):
 * most lines hold none. A loop, not a pattern: asked of every line, most of them short.
 */
function hasMarkdownMarks(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 42 || c === 95 || c === 92) return true;
  }
  return false;
}

/**
 * The plain text of a raw line or value: line break and outer whitespace removed, NBSP as a
 * space, and, for Markdown input, emphasis markers (`**`, `__`, a wrapping `*`) and backslash
 * escapes (`\_`) removed. Raw bytes stay in the tokens; this is what the model shows.
 */
export function plainText(raw: string, markdown: boolean): string {
  if (markdown && hasMarkdownMarks(raw)) {
    let text = raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw;
    text = text.replace(/\*\*|__/g, '').replace(MARKDOWN_ESCAPE, '$1');
    text = stripWrapping(text.trim(), '*');
    text = stripWrapping(text, '_');
    return text.trim();
  }
  // `trim` removes NBSP as it removes a space: trimmed first, only the NBSPs inside are left to
  // replace (most lines hold none; one at a line's edge costs no pattern).
  const text = raw.trim();
  return text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text;
}

function stripWrapping(text: string, mark: string): string {
  return text.length > 1 && text.startsWith(mark) && text.endsWith(mark) ? text.slice(1, -1).trim() : text;
}

/** Whether a text holds an ASCII digit (`/\d/`): a loop, asked of nearly every line, most of them short. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a UTF-16 code is one that `\s` matches in a RegExp (and `trim` removes). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a character code is an ASCII digit, `[0-9]`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `text` without the run at its end of the characters in `chars` (and of spaces, `\s`, when
 * `spaces`): `trimEndOf(t, ',-–', true)` is `t.replace(/[\s,\-–]+$/, '')` in one pass from the
 * end. The pattern, searched from every start, restarts at every character of a long run that
 * something else ends, and so takes time quadratic in the run (`'…'.repeat(12000) + 'x'`).
 * `chars` holds characters of one UTF-16 unit each.
 */
export function trimEndOf(text: string, chars: string, spaces = false): string {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!(spaces && isSpace(c)) && chars.indexOf(text[i - 1]!) < 0) break;
    i--;
  }
  return i === text.length ? text : text.slice(0, i);
}

/**
 * Whether a line has the shape of a heading: short, starting with an upper-case letter, no
 * colon or TAB, and not ending like a sentence. Shape alone does not make a heading; callers also ask
 * what stands around it.
 */
export function isHeadingShaped(text: string): boolean {
  if (text.length < 2 || text.length > 80) return false;
  if (!isHeadingInitial(text.charCodeAt(0))) return false;
  // One loop over at most 80 characters for both, and the last read as a code: asked of most
  // short lines.
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 9) return false;
  }
  return !isClosing(text.charCodeAt(text.length - 1));
}

/** Whether a character ends a sentence or a clause (`.,;:!?`): a line ending so is no title. */
function isClosing(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/**
 * Whether a character is one of the upper-case letters a heading starts with, `[A-ZÆØÅÄÖÜ]`
 * (each changes under `toLowerCase`), tested without a pattern: asked of most lines.
 */
function isHeadingInitial(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c === 0xc6 || c === 0xd8 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0xdc;
}

/**
 * Whether `next` continues `previous` as one wrapped paragraph (PDF text wrapped at a fixed
 * width) rather than starting a new one: it does when it starts in lower case, or when the
 * previous line is long and stops mid-clause (ends with a hyphen, a comma or a lower-case word).
 */
export function continuesLine(previous: string, next: string): boolean {
  if (!previous || !next) return false;
  if (isLowerCase(next.charCodeAt(0))) return true;
  if (previous.length < 40) return false;
  const last = previous.charCodeAt(previous.length - 1);
  if (last === 45 || last === 44 || last === 40) return true;
  return isDanishLower(last);
}

/** Whether a character (a UTF-16 unit) is one that `toUpperCase` changes: `c !== c.toUpperCase()`. */
function isLowerCase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  // A surrogate alone has no case; nor has half of a pair.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  // Remembered: a one-character string and a call into the runtime per line otherwise, and a
  // document repeats its few characters above ASCII line after line (at most the BMP's).
  let lower = LOWER_CASE.get(code);
  if (lower === undefined) {
    const c = String.fromCharCode(code);
    LOWER_CASE.set(code, (lower = c !== c.toUpperCase()));
  }
  return lower;
}

/** {@link isLowerCase} of the characters above ASCII met so far. */
const LOWER_CASE = new Map<number, boolean>();

/** Whether a character is a lower-case Danish letter, `[a-zæøå]`. */
function isDanishLower(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 0xe6 || code === 0xf8 || code === 0xe5;
}

/** Whether a text starts with a lower-case Danish letter: `/^[a-zæøå]/`, without the pattern. */
export function startsLower(text: string): boolean {
  return isDanishLower(text.charCodeAt(0));
}

/** Short words a line does not end with unless the sentence runs on to the next line. */
const RUN_ON_WORDS = new Set(
  'og eller af for i til med på om fra ved de den det en et som at samt mellem under efter over hos'.split(' '),
);

/**
 * Whether `next` continues a title (an item title wrapped in a PDF): stricter than
 * {@link continuesLine}, since the line after a title is usually a page header or a case number.
 * It does when it starts in lower case, with `(` or a digit, or when the title stops on a
 * hyphen, a comma or a word such as `og`, `af`, `til`.
 */
export function continuesTitle(title: string, next: string): boolean {
  if (!title || !next) return false;
  const first = next[0]!;
  if (first !== first.toUpperCase() || first === '(' || /\d/.test(first)) return true;
  if (/[-,&+/]$/.test(title)) return true;
  const lastWord = /(\S+)$/.exec(title)?.[1]?.toLowerCase() ?? '';
  return RUN_ON_WORDS.has(lastWord);
}

/**
 * Joins wrapped lines with a space; a word hyphenated at the line end (`budget-` / `opfølgning`)
 * loses the hyphen, a hyphen of the word itself (`KL-` / `aftalen`, `2024-` / `2027`) stays, and
 * `Social-` / `og Sundhed` keeps its space.
 */
export function joinLines(lines: readonly string[]): string {
  // Most paragraphs are one line.
  if (lines.length === 1) return lines[0]!;
  // Decided on the previous line, not on the text so far, and joined once: testing the end of a
  // growing string would copy it on every line.
  const out: string[] = [];
  let previous = '';
  for (const line of lines) {
    if (!line) continue;
    if (out.length) {
      if (!previous.endsWith('-')) out.push(' ');
      else if (/[a-zæøå]-$/.test(previous) && /^[a-zæøå]/.test(line) && !/^(?:og|eller|samt|til)\b/.test(line)) {
        // `budget-⏎opfølgning`: a word hyphenated at the line end.
        out[out.length - 1] = previous.slice(0, -1);
      } else if (/[A-Za-zÆØÅæøå0-9]-$/.test(previous) && !/^(?:og|eller|samt|til)\b/.test(line)) {
        // `KL-⏎aftalen`: a hyphen of the word itself.
      } else out.push(' ');
    }
    out.push(line);
    previous = line;
  }
  return out.join('');
}

const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * The ways `text` reads as `^(.{min,max}?)\s+PHRASE` (a name, then a verb phrase: `X indstiller`,
 * `X deltog som suppleant`), first one first: what stands before the whitespace, and where the
 * phrase ends. `phrase` must be a global RegExp of the form `(?<!\s)\s+(?:…)\b`, so that each
 * whitespace run is read once from its start; the lazy expression itself tried `max` splits of
 * every run, quadratic on a long run of spaces.
 */
export function* leadingPhrase(text: string, phrase: RegExp, min: number, max: number): Generator<{ before: string; end: number }> {
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    const word = m.index + m[0].search(/\S/);
    // The lead ends where the run starts, or inside the run when it would be too short.
    const end = Math.max(m.index, min);
    if (end > max) return;
    if (end >= word) continue;
    const before = text.slice(0, end);
    if (LINE_END.test(before)) return;
    yield { before, end: m.index + m[0].length };
  }
}
