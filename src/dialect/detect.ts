import { genericDialect, templateDialects } from '../../grammar/index.js';
import { escapeRegExp, linePatternSource } from '../lexer/patterns.js';
import { type Dialect, isDialect } from './define-dialect.js';
import { ReferatOptionsError } from '../errors.js';
import { forgetLastMatch } from '../util/last-match.js';

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
/** What a line may start with before a mark: indentation and Markdown decoration. */
const DECORATION = ' \t#*_';

/**
 * A detection mark: its line pattern, and how the lines worth trying are found. A mark that
 * starts with a word (`Sagstema`, `Beslutning fra {text}`) is tried on the lines that start with
 * that word's first letter; a mark that starts with a hole (`{text} indstiller,`) on the lines
 * that hold its first word anywhere.
 */
interface Marker {
  /** Sticky: tried at the start of a line. A mark matches a whole line, after decoration. */
  re: RegExp;
  /** The first character of a mark that starts with a word, matched as `re` matches it; or null. */
  lead: RegExp | null;
  /** The first word of a mark that starts with a hole, found case-insensitively as `re` finds it. */
  word: RegExp | null;
}

const compiled = new WeakMap<Dialect, Marker[]>();

function markers(dialect: Dialect): Marker[] {
  let res = compiled.get(dialect);
  if (!res) {
    res = dialect.detect.map((p) => {
      const re = new RegExp(`[${DECORATION}]*${linePatternSource(p)}`, 'iy');
      const [first] = p.replace(/\{n\}|\{text\}/g, ' ').split(/\s+/).filter(Boolean);
      // A mark without words is never found.
      if (first === undefined) return { re, lead: null, word: null };
      const start = p.trim()[0]!;
      if (start !== '{' && !DECORATION.includes(start)) return { re, lead: new RegExp(`[${start.replace(/[\\\]^-]/g, '\\$&')}]`, 'i'), word: null };
      return { re, lead: null, word: new RegExp(escapeRegExp(first), 'gi') };
    });
    compiled.set(dialect, res);
  }
  return res;
}

/** The marks of a list of dialects, by how they are looked for. */
interface Detector {
  /** The marks that start with a word. */
  leading: Marker[];
  /** Those of them a line's first character (code) may start (the first 256 characters seen). */
  byLead: Map<number, Marker[]>;
  /** The marks that start with a hole. */
  holes: Marker[];
}

const detectors = new WeakMap<readonly Dialect[], Detector>();

function detector(candidates: readonly Dialect[]): Detector {
  let d = detectors.get(candidates);
  if (!d) {
    const all = candidates.flatMap(markers);
    d = { leading: all.filter((m) => m.lead), byLead: new Map(), holes: all.filter((m) => m.word) };
    detectors.set(candidates, d);
  }
  return d;
}

/** The marks that may start at a line whose first character (after decoration) has code `c`. */
function marksLedBy(d: Detector, c: number): Marker[] {
  let res = d.byLead.get(c);
  if (!res) {
    const char = String.fromCharCode(c);
    res = d.leading.filter((m) => m.lead!.test(char));
    if (d.byLead.size < 256) d.byLead.set(c, res);
  }
  return res;
}

/**
 * The marks found in `text`: each mark is tried at the start of every line where it can match,
 * once per line. Lines are read as `^` in a multi-line pattern sees them (LF, CR, CRLF, U+2028,
 * U+2029). A mark that starts with a word is tried where the line starts with that word's first
 * letter, after decoration (the mark's pattern skips the same decoration).
 */
function foundMarks(d: Detector, text: string): Set<Marker> {
  const found = new Set<Marker>();
  const tryAt = (m: Marker, start: number) => {
    m.re.lastIndex = start;
    if (m.re.test(text)) found.add(m);
  };
  const breaks = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
  for (let start = 0; start >= 0 && found.size < d.leading.length; ) {
    let at = start;
    while (isDecoration(text.charCodeAt(at))) at++;
    if (at < text.length) for (const m of marksLedBy(d, text.charCodeAt(at))) if (!found.has(m)) tryAt(m, at);
    start = nextLine(text, at, breaks);
  }
  for (const m of d.holes) {
    let tried = -1;
    m.word!.lastIndex = 0;
    for (let hit = m.word!.exec(text); hit && !found.has(m); hit = m.word!.exec(text)) {
      const start = lineStart(text, hit.index, breaks);
      if (start !== tried) tryAt(m, start);
      tried = start;
    }
  }
  return found;
}

/** Space, TAB, `#`, `*`, `_` (see DECORATION). */
function isDecoration(c: number): boolean {
  return c === 32 || c === 9 || c === 35 || c === 42 || c === 95;
}

/** A line break as `^` in a multi-line pattern sees it (CRLF is one). */
const BREAK = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Where the line after the one holding `from` starts, or -1. `breaks` says whether the text has
 * line breaks other than LF (else the fast search for LF finds them all).
 */
function nextLine(text: string, from: number, breaks: boolean): number {
  if (!breaks) {
    const lf = text.indexOf('\n', from);
    return lf < 0 ? -1 : lf + 1;
  }
  BREAK.lastIndex = from;
  const m = BREAK.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** The start of the line holding `offset` (`breaks` as for {@link nextLine}). */
function lineStart(text: string, offset: number, breaks: boolean): number {
  if (offset === 0) return 0;
  const from = offset - 1;
  const lf = text.lastIndexOf('\n', from);
  if (!breaks) return lf + 1;
  return Math.max(lf, text.lastIndexOf('\r', from), text.lastIndexOf('\u2028', from), text.lastIndexOf('\u2029', from)) + 1;
}

/**
 * The dialect that fits `input` best, with its score (0–1): among `candidates` (default: the
 * built-in templates), the one with the largest share of its `detect` marks (line patterns)
 * found in the first 16 KB, if at least half; else `fallback` (default: `genericDialect`) with
 * score 0. Ties go to the earlier candidate.
 *
 * @throws TypeError when `input` is no string; {@link ReferatOptionsError} when `candidates` is
 * no array of dialects or `fallback` no dialect (made by `defineDialect`).
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
  // (Indexed: `every` skips the holes of a sparse array.)
  if (!Array.isArray(candidates) || !Array.from(candidates).every(isDialect)) {
    throw new ReferatOptionsError('candidates', 'detectDialect() expects an array of Dialects made by defineDialect()');
  }
  if (!isDialect(fallback)) throw new ReferatOptionsError('fallback', 'detectDialect() expects a Dialect made by defineDialect()');
  let found: Set<Marker>;
  try {
    found = foundMarks(detector(candidates), input.slice(0, HEAD));
  } finally {
    // The marks were matched on the input's head, a slice that keeps the input: see `forgetLastMatch`.
    forgetLastMatch();
  }
  let best: DetectedDialect = { dialect: fallback, score: 0 };
  for (const dialect of candidates) {
    const res = markers(dialect);
    if (!res.length) continue;
    const score = res.filter((m) => found.has(m)).length / res.length;
    if (score >= THRESHOLD && score > best.score) best = { dialect, score };
  }
  return best;
}
