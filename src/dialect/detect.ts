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

/** A detection mark: its line pattern, and the words the text must contain for it to match. */
interface Marker {
  /** Sticky: tried at the start of a line. */
  re: RegExp;
  /** The pattern's words in lower case, in order; a mark without words is never found. */
  words: string[];
}

const compiled = new WeakMap<Dialect, Marker[]>();

function markers(dialect: Dialect): Marker[] {
  let res = compiled.get(dialect);
  if (!res) {
    res = dialect.detect.map((p) => ({
      // A marker matches a whole line, after optional indentation and Markdown decoration.
      re: new RegExp(`[ \\t#*_]*${linePatternSource(p)}`, 'iy'),
      words: p.replace(/\{n\}|\{text\}/g, ' ').toLowerCase().split(/\s+/).filter(Boolean),
    }));
    compiled.set(dialect, res);
  }
  return res;
}

/** The text a mark is looked for in: the head, in lower case index for index, and where its lines start. */
interface Head {
  text: string;
  lower: string;
  lines: number[];
}

/**
 * Whether a mark is on some line of the text: the lines holding its first word are tried, once
 * each, when the text holds all its words.
 */
function found(marker: Marker, head: Head): boolean {
  const [first] = marker.words;
  if (first === undefined || !marker.words.every((w) => head.lower.includes(w))) return false;
  let tried = -1;
  for (let at = head.lower.indexOf(first); at >= 0; at = head.lower.indexOf(first, at + 1)) {
    const start = lineStart(head.lines, at);
    if (start === tried) continue;
    tried = start;
    marker.re.lastIndex = start;
    if (marker.re.test(head.text)) return true;
  }
  return false;
}

/** The start of the line holding `offset`, by binary search in the lines' starts. */
function lineStart(lines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]!;
}

/** Where the text's lines start, as `^` in a multi-line pattern sees them (LF, CR, CRLF, U+2028, U+2029). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10) || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
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
  const text = input.slice(0, HEAD);
  let lower = text.toLowerCase();
  // A few characters change length in lower case (`İ`); they stay as they are, so that the
  // lower-case copy keeps the text's indices.
  if (lower.length !== text.length) lower = text.replace(/[^\x00-\x7f]|[A-Z]/g, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
  const head: Head = { text, lower, lines: lineStarts(text) };
  let best: DetectedDialect = { dialect: fallback, score: 0 };
  for (const dialect of candidates) {
    const res = markers(dialect);
    if (!res.length) continue;
    const score = res.filter((m) => found(m, head)).length / res.length;
    if (score >= THRESHOLD && score > best.score) best = { dialect, score };
  }
  return best;
}
