import { linePatternSource } from '../lexer/patterns.js';
import type { Dialect } from './define-dialect.js';

/** The dialect {@link detectDialect} picked, and how well its markers matched (0–1). */
export interface DetectedDialect {
  dialect: Dialect;
  score: number;
}

/** How much of the input detection reads: templates show their marks early. */
const HEAD = 16 * 1024;
/** The share of a dialect's markers that must be found for it to beat the fallback. */
const THRESHOLD = 0.5;

const compiled = new WeakMap<Dialect, RegExp[]>();

function markers(dialect: Dialect): RegExp[] {
  let res = compiled.get(dialect);
  if (!res) {
    // A marker matches a whole line, after optional indentation and Markdown decoration.
    res = dialect.detect.map((p) => new RegExp(`^[ \\t#*_]*${linePatternSource(p)}`, 'im'));
    compiled.set(dialect, res);
  }
  return res;
}

/**
 * Scores each candidate dialect on the start of `input`: the share of its `detect` markers
 * (line patterns) that some line matches. Returns the best, or `fallback` with score 0 when no
 * candidate finds at least half its markers. Ties go to the earlier candidate.
 *
 * @example
 * detectDialect(text, [thisted, lemvig], generic); // { dialect: thisted, score: 0.83 }
 */
export function detectDialect(input: string, candidates: readonly Dialect[], fallback: Dialect): DetectedDialect {
  const head = input.slice(0, HEAD);
  let best: DetectedDialect = { dialect: fallback, score: 0 };
  for (const dialect of candidates) {
    const res = markers(dialect);
    if (!res.length) continue;
    const score = res.filter((re) => re.test(head)).length / res.length;
    if (score >= THRESHOLD && score > best.score) best = { dialect, score };
  }
  return best;
}
