import type { CustomPatternMatcherFunc } from 'chevrotain';

/**
 * A custom Chevrotain pattern for a line that is exactly one phrase of a list (a section
 * heading, the TOC heading): optional emphasis around it, an optional colon, trailing spaces,
 * any case, runs of spaces or NBSP between words. It looks the line up in a `Set` instead of
 * trying a regular expression with dozens of alternatives, which is faster per line and costs
 * nothing to build (Chevrotain need not analyse a large pattern at start-up).
 *
 * Lines longer than the longest phrase allows are rejected after a bounded scan, so a 5 MB
 * line costs nothing here.
 */
export function phraseLine(phrases: readonly string[]): {
  exec: CustomPatternMatcherFunc;
  startChars: string[];
} {
  const keys = new Set(phrases.map(phraseKey));
  // Room for emphasis, a colon and trailing spaces around the longest phrase.
  const maxLength = Math.max(0, ...phrases.map((p) => p.length)) + 16;
  const startChars = new Set(['*', '_']);
  for (const p of phrases) {
    const c = p.trim()[0];
    if (c) for (const v of [c.toLowerCase(), c.toUpperCase()]) startChars.add(v);
  }

  const exec: CustomPatternMatcherFunc = (text, offset) => {
    const limit = Math.min(text.length, offset + maxLength);
    let end = offset;
    while (end < limit) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13 || c === 9) break;
      end++;
    }
    if (end === limit && limit < text.length) return null; // too long for any phrase
    if (end < text.length && text.charCodeAt(end) === 9) return null; // a TAB: a table row
    if (!keys.has(phraseKey(text.slice(offset, end)))) return null;
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    return [text.slice(offset, end)];
  };
  return { exec, startChars: [...startChars] };
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
