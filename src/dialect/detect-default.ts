import { genericDialect, templateDialects } from '../../grammar/index.js';
import type { Dialect } from './define-dialect.js';
import { type DetectedDialect, detectDialect as detectAmong } from './detect.js';

export type { DetectedDialect };

/**
 * The built-in dialect that fits `input` best, with its score (0–1): the template whose marks
 * (`detect` line patterns) are found most, else `genericDialect` with score 0. Pass your own
 * `candidates` (and `fallback`) to choose among other dialects.
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
  return detectAmong(input, candidates, fallback);
}
