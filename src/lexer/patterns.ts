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
 * of spaces or NBSP. A `{text}` at the end takes the rest of the line greedily; elsewhere it
 * matches lazily; at the start it must begin with a letter or digit. Either way no two repeats compete for the same characters, so matching a
 * line costs one pass over it.
 */
export function linePatternSource(pattern: string): string {
  const parts = pattern.trim().split(/(\{n\}|\{text\})/).filter((p) => p !== '');
  let source = '';
  parts.forEach((part, i) => {
    if (part === '{n}') source += '\\d{1,4}';
    else if (part === '{text}') {
      // A leading {text} starts at a letter or digit: that keeps the first-character set small,
      // which Chevrotain's lexer optimisation (and its build time) depends on.
      if (i === 0) source += `[${UPPER}a-zæøå0-9]`;
      source += i === parts.length - 1 ? `${CHAR}*` : `${CHAR}*?`;
    }
    else {
      const words = part.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
      if (/^\s/.test(part)) source += `${SPACE}+`;
      source += words.join(`${SPACE}+`);
      if (/\s$/.test(part)) source += `${SPACE}+`;
    }
  });
  return source;
}

/** A whole-line phrase: the words, optional emphasis, an optional colon, then end of line. */
export function wholeLineSource(phrases: readonly string[]): string {
  if (!phrases.length) return '(?!)';
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const words = sorted.map((p) => p.trim().split(/\s+/).map(escapeRegExp).join(`${SPACE}+`));
  return `${EMPHASIS}(?:${words.join('|')})${EMPHASIS}${SPACE}*:?${EMPHASIS}${SPACE}*${AT_EOL}${NEWLINE}`;
}
