import { genericDialect, templateDialects } from '../../grammar/index.js';
import { linePatternSource } from '../lexer/patterns.js';
import type { Dialect } from './define-dialect.js';

/**
 * The dialect {@link detectDialect} picked, and how well its markers matched (0–1).
 *
 * @example
 * import { detectDialect, type DetectedDialect } from 'referat';
 * const { dialect, score }: DetectedDialect = detectDialect(text);
 * console.log(dialect.name, score); // 'thisted' 1
 */
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
 * The dialect that fits `input` best, with its score (0–1): among `candidates` (default: the
 * built-in templates), the one with the largest share of its `detect` marks (line patterns)
 * found in the first 16 KB, if at least half; else `fallback` (default: `genericDialect`) with
 * score 0. Ties go to the earlier candidate.
 *
 * @example
 * detectDialect(text); // { dialect: thistedDialect, score: 1 }
 */
export function detectDialect(
  input: string,
  candidates: readonly Dialect[] = templateDialects,
  fallback: Dialect = genericDialect,
): DetectedDialect {
  if (typeof input !== 'string') throw new TypeError(`detectDialect() expects the document text as a string, got ${typeof input}`);
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
