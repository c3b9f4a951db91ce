import type { CustomPatternMatcherFunc } from 'chevrotain';
import { escapeRegExp } from './patterns.js';

/**
 * A custom Chevrotain pattern for a line token whose vocabulary patterns all open with
 * `{text}` (`{text} indstiller,`): such a pattern reads any line that starts with a letter to
 * its end before it fails, and most lines do. The guard first asks whether one of the words
 * after the `{text}` (`indstiller,`) occurs on the line, with one case-insensitive search per
 * occurrence over the whole input rather than one per line, and runs `regex` only where one
 * does. Lexing moves forward through the input, so the next occurrence is kept between calls
 * and the searches together read the input once.
 *
 * @param regex The token's full pattern (it must match at the start of a line's text).
 * @param patterns The vocabulary patterns the token reads; each must open with `{text}` and
 *   have a word after it.
 */
export function guardedLine(regex: RegExp, patterns: readonly string[]): CustomPatternMatcherFunc {
  const sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}y`);
  const finder = new RegExp(patterns.map((p) => escapeRegExp(wordAfterText(p)!)).join('|'), 'gi');
  let text: string | null = null;
  let from = -1;
  let next = -1;
  return (input, offset) => {
    if (input !== text || offset < from) {
      text = input;
      next = -1;
    }
    from = offset;
    if (next !== Infinity && next < offset) {
      finder.lastIndex = offset;
      next = finder.exec(input)?.index ?? Infinity;
    }
    if (next === Infinity) return null;
    // The word must stand before the end of this line.
    const n = input.indexOf('\n', offset);
    if (n >= 0 && next > n) return null;
    sticky.lastIndex = offset;
    return sticky.exec(input);
  };
}

/** The first word after a pattern's opening `{text}` (`indstiller,`), or null when it opens otherwise. */
export function wordAfterText(pattern: string): string | null {
  const m = /^\{text\}\s*([^\s{]+)/.exec(pattern.trim());
  return m ? m[1]! : null;
}
