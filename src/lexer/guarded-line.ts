import type { CustomPatternMatcherFunc } from 'chevrotain';
import { escapeRegExp, stickyMatch } from './patterns.js';

/** A guarded line pattern (see {@link guardedLine}) and how to start it over. */
export interface GuardedLine {
  /** The custom pattern's matcher. */
  exec: CustomPatternMatcherFunc;
  /**
   * Forgets the place kept in the last tokenize run: the lexer calls it before and after each
   * run (`LineLexer`), so that one run's place never reads another's text.
   */
  reset: () => void;
}

/**
 * A custom Chevrotain pattern for a line token whose vocabulary patterns all open with
 * `{text}` (`{text} indstiller,`): such a pattern reads any line that starts with a letter to
 * its end before it fails, and most lines do. The guard first asks whether the line holds a
 * word of one of the patterns (`indstiller,`; see {@link guardWord}), and runs `regex` only
 * where it does. The word is looked for with one case-insensitive search per occurrence over
 * the whole input, not one per line: lexing moves forward through the input, so the next
 * occurrence is kept between the calls of one tokenize run and the searches together read the
 * input once. The place is offsets only (no text is held); `reset` forgets it between runs, and
 * a call further back than the last starts over too.
 *
 * @param regex The token's full pattern (it must match at the start of a line's text).
 * @param patterns The vocabulary patterns the token reads; each must have a {@link guardWord}.
 */
export function guardedLine(regex: RegExp, patterns: readonly string[]): GuardedLine {
  const sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}y`);
  const finder = new RegExp(patterns.map((p) => escapeRegExp(guardWord(p)!)).join('|'), 'gi');
  let from = -1;
  let next = -1;
  // The next CR and LF at or after `from` (Infinity past the last), kept between calls like
  // `next`, so that each search reads on from the last instead of from every line.
  let cr = -1;
  let lf = -1;
  const reset = () => {
    from = next = cr = lf = -1;
  };
  const exec: CustomPatternMatcherFunc = (input, offset) => {
    if (offset < from) reset();
    from = offset;
    if (next !== Infinity && next < offset) {
      finder.lastIndex = offset;
      next = finder.exec(input)?.index ?? Infinity;
    }
    if (next === Infinity) return null;
    // The word must stand before the end of this line (a LF, a CR, or a CR LF).
    if (lf < offset) lf = indexFrom(input, '\n', offset);
    if (cr < offset) cr = indexFrom(input, '\r', offset);
    if (next > Math.min(lf, cr)) return null;
    return stickyMatch(sticky, input, offset);
  };
  return { exec, reset };
}

/** Where `char` next stands in `text` from `offset`, or Infinity. */
function indexFrom(text: string, char: string, offset: number): number {
  const at = text.indexOf(char, offset);
  return at < 0 ? Infinity : at;
}

/**
 * The word a line must hold for a pattern that opens with `{text}` to match it: the longest
 * of its words (`{text}s beslutning den {text}` → `beslutning`). Null when the pattern opens
 * otherwise, or has no words.
 */
export function guardWord(pattern: string): string | null {
  const p = pattern.trim();
  if (!p.startsWith('{text}')) return null;
  const words = p.split(/\{n\}|\{text\}|\s+/).filter(Boolean);
  return words.length ? words.reduce((a, b) => (b.length > a.length ? b : a)) : null;
}
