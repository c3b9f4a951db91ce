import type { IToken, TokenType } from 'chevrotain';
import { TextLine } from '../lexer/tokens.js';
import { findDate } from '../text/dates.js';
import { type FirstChars, firstChars, mayStart } from '../text/first-chars.js';
import { alternation } from './shapes.js';

/**
 * Where a flattened line may be cut: before a label that ends in a colon (`Sagsnr.:`,
 * `Resumé:`, `Fraværende:`; in a line found flattened, `Mødevarighed:` too), before an UPPERCASE heading (`INDSTILLING`),
 * before a decision heading (`Beslutning Byrådet, 20.09.2016`), before a TOC heading, and
 * around page marks (`Side 3`).
 */
export interface SplitMarks {
  /** Section headings followed by a colon (`Resumé:`): cut before and after. Group 1 is the word. */
  headingColon: RegExp;
  /** Labels followed by a colon and their value (`Sagsnr.: 17/45`): cut before. */
  labelColon: RegExp;
  /**
   * The header reader's labels followed by a colon (`Mødevarighed:`, `Øvrige bemærkninger:`):
   * cut before in a line already found flattened by the marks above, never what makes it one
   * (they include words of running text: `Møde:`, `Tid:`, `Bemærkninger:`).
   */
  readerLabelColon: RegExp;
  /** Section headings with no colon: cut when capitalised and followed by a capitalised word. */
  word: RegExp;
  /** A heading at the start of a line with its text glued on (`BeslutningGodkendt.`). */
  gluedStart: RegExp;
  /** A heading and nothing else. */
  whole: RegExp;
  /** A TOC heading glued to the first entry or item (`Indholdsfortegnelse1. Fraværende`). */
  tocGlued: RegExp;
  /** The ASCII characters a TOC heading may start with, in either case: no other line is tried with `tocGlued`. */
  tocStarts: FirstChars;
  /** A TOC heading inside a line. */
  tocWord: RegExp;
}

/** Compiles the cut marks from a dialect's headings and labels. */
export function splitMarks(
  headings: readonly string[],
  labels: readonly string[],
  tocHeadings: readonly string[] = [],
  readerLabels: readonly string[] = [],
): SplitMarks {
  const colon = (words: readonly string[]) => new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(words)})[ \u00a0]*:`, 'giu');
  return {
    headingColon: colon(headings),
    labelColon: colon(labels),
    readerLabelColon: colon(readerLabels),
    word: new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(headings)})(?![\p{L}\p{N}:])`, 'giu'),
    gluedStart: new RegExp(String.raw`^(${alternation(headings)})(?=\p{Lu})`, 'iu'),
    whole: new RegExp(String.raw`^(?:${alternation(headings)})$`, 'iu'),
    tocGlued: new RegExp(String.raw`^(?:${alternation(tocHeadings)})(?=\d)`, 'iu'),
    tocStarts: firstChars(tocHeadings),
    tocWord: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(tocHeadings)})(?![\p{L}\p{N}])`, 'iu'),
  };
}

/** A flattened line is at least this long, or starts with a case number followed by text. */
const LONG = 160;
/** `3 Side 1 1. Title`, `4 001. Title`: a page number (and page mark) before an item opener. */
const PAGE_OPENER = /^(\d{1,3}[ \u00a0]+(?:Side[ \u00a0]+\d{1,3}[ \u00a0]+)?)(?=\d{1,4}\.[ \u00a0]+\p{Lu})/u;
/** A case number at the start of a line with text after it (`00.22.02-A26-1-13 Beslutning …`). */
const CASE_FIRST = /^(?:\d{2}\.\d{2}\.\d{2}[-.]?[A-ZÆØÅ]\d{2}(?:-\d{1,7}){1,3}|\d{2,4}\/\d{2,7})[ \u00a0]+(?=\p{Lu})/u;
/** `ØU-55/07-O Title` inside a line: an item labelled with committee, number and year. */
const COMMITTEE_ITEM = /(?<=[ \u00a0])[A-ZÆØÅ]{1,5}-\d{1,4}\/\d{2}(?:-[A-ZÆØÅ]{1,2})?(?=[ \u00a0]+\p{Lu})/gu;
/** `…fortegnelse.Indstilling`: a sentence's end run into a heading that ends the line. */
const GLUED_TAIL = /[.!?](\p{Lu}[\p{Ll} ]{4,40})$/u;
/** `Side 3`, `Side 3 af 12` inside a line. */
const PAGE_MARK = /(?<![\p{L}\p{N}])Side[ \u00a0]+\d{1,3}(?:[ \u00a0]+af[ \u00a0]+\d{1,3})?(?![\p{L}\p{N}])/gu;

/**
 * Splits lines that hold what should be several: PDF pages flattened to one line each (web
 * transcripts of PDFs print a page as `3 Side 1 1. Title Sagsnr.: 17/45 Resumé: …`) and lines
 * that run a case number, a decision heading and its text together. Each cut piece becomes a
 * token of its own, typed by the dialect's lexer as if it stood on a line (`relex`), so the
 * rest of inference and the parser read it like any other line. The pieces' images concatenate
 * to the line's, so nothing is lost and offsets stay true. Lines with fewer than two marks are
 * left whole: a colon in running text does not cut it.
 */
export function splitFlattenedLines(
  tokens: IToken[],
  marks: SplitMarks,
  relex: (text: string) => TokenType | null,
): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.tokenTypeIdx !== TextLine.tokenTypeIdx || token.image.length < 8) continue;
    const cuts = cutsOf(token.image, marks);
    if (!cuts.length) continue;
    const pieces: IToken[] = [];
    let from = 0;
    for (const at of [...cuts, token.image.length]) {
      if (at <= from) continue;
      const image = token.image.slice(from, at);
      const text = image.trim();
      // A blank piece lexes as nothing: it keeps the line's type.
      const type = (text && relex(text)) || token.tokenType;
      pieces.push({ ...token, image, startOffset: token.startOffset + from, endOffset: token.startOffset + at - 1, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! });
      from = at;
    }
    if (pieces.length > 1) tokens.splice(i, 1, ...pieces);
  }
}

/** No cuts (shared: most lines have none). */
const NO_CUTS: readonly number[] = [];

/**
 * The offsets at which a line is cut, or none when it is not flattened. The line is read up to
 * `end`, without its line break; until a line proves flattened, in place, as no pattern read
 * there matches a line break or is anchored at the end: most lines are not, and a copy of each
 * without its break would cost.
 */
function cutsOf(line: string, marks: SplitMarks): readonly number[] {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 10 || line.charCodeAt(end - 1) === 13)) end--;
  const glued = gluedHeading(line, end, marks);
  if (glued > 0) return [glued];
  // A flattened TOC numbers at least three entries (`1. `, `2. `, `3. `).
  const toc = end >= 40 && line.includes('1.') && line.includes('2.') && line.includes('3.') ? tocEntries(line.slice(0, end), marks) : NO_CUTS;
  if (toc.length) return toc;
  // Both start with a digit.
  const digitFirst = line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57;
  const page = digitFirst ? PAGE_OPENER.exec(line) : null;
  const caseFirst = digitFirst ? CASE_FIRST.exec(line) : null;
  // Without a page number or case number first, a flattened line is long and has two labels.
  if (!page && !caseFirst && (end < LONG || colons(line) < 2)) return NO_CUTS;
  const text = line.slice(0, end);
  const found = new Set<number>();
  if (page) found.add(page[0].length);
  if (caseFirst) found.add(caseFirst[0].length);
  let labels = 0;
  for (const [pattern, heading] of [[marks.headingColon, true], [marks.labelColon, false]] as const) {
    for (const m of allMatches(pattern, text)) {
      if (!/\p{Lu}/u.test(m[1]![0]!)) continue;
      if (m.index > 0) found.add(m.index);
      labels++;
      // A heading's text starts after its colon.
      const end = m.index + m[0].length;
      if (heading) found.add(end + (text[end] === ' ' ? 1 : 0));
    }
  }
  // Decided before the other marks are looked for: they only add cuts.
  if (!page && !caseFirst && labels < 2) return NO_CUTS;
  for (const m of allMatches(marks.readerLabelColon, text)) if (m.index > 0 && /\p{Lu}/u.test(m[1]![0]!)) found.add(m.index);
  const decisions = new Set<number>();
  for (let at = text.indexOf('Beslutning '); at >= 0; at = text.indexOf('Beslutning ', at + 1)) {
    const end = decisionHeadingEnd(text, at);
    if (end > 0) {
      decisions.add(at);
      if (at > 0) found.add(at);
      found.add(end);
    }
  }
  // A capitalised heading word followed by a capitalised word: a heading run into its text.
  for (const m of allMatches(marks.word, text)) {
    const word = m[1]!;
    const after = text.slice(m.index + word.length, m.index + word.length + 2);
    if (m.index === 0 || decisions.has(m.index) || !/^[ \u00a0]\p{Lu}/u.test(after) || !/\p{Lu}/u.test(word[0]!)) continue;
    found.add(m.index);
    found.add(m.index + word.length + 1);
  }
  // A TOC heading inside the page (`… Indholdsfortegnelse: Åben dagsorden 1 …`), capitalised.
  const tocHeading = marks.tocWord.exec(text);
  if (tocHeading && tocHeading.index > 0 && /\p{Lu}/u.test(tocHeading[0][0]!)) found.add(tocHeading.index);
  for (const m of allMatches(COMMITTEE_ITEM, text)) if (m.index > 0) found.add(m.index);
  for (const m of allMatches(PAGE_MARK, text)) {
    if (m.index > 0) found.add(m.index);
    found.add(Math.min(text.length, m.index + m[0].length + 1));
  }
  return [...found].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
}

/**
 * The matches of a global pattern in `text`, as `text.matchAll(pattern)` yields them, without
 * the copy of the pattern `matchAll` makes on every call (the dialect's patterns are long).
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as `matchAll` does.
    if (!m[0]) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

/** The index after the character at `at`: a surrogate pair is one character in a Unicode pattern. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

function colons(text: string): number {
  let n = 0;
  for (let at = text.indexOf(':'); at >= 0 && n < 2; at = text.indexOf(':', at + 1)) n++;
  return n;
}

/**
 * Where a decision heading that runs into its text ends: after its date (`Beslutning Byrådet,
 * 20.09.2016`), or after `den` when no date is printed (`Beslutning Økonomiudvalget den`), when
 * a capitalised word follows. -1 when `at` starts no such heading.
 */
function decisionHeadingEnd(text: string, at: number): number {
  const window = text.slice(at, at + 100);
  if (!/^Beslutning(?:[ \u00a0]+(?:i|fra))?[ \u00a0]+\p{Lu}/u.test(window)) return -1;
  const date = findDate(window);
  const clause = window.search(/[.;:]/);
  if (date && (clause < 0 || clause > date.index)) {
    const end = date.index + date.length;
    return /^[ \u00a0]+\p{Lu}/u.test(window.slice(end)) ? at + end + 1 : -1;
  }
  const den = /^Beslutning(?:[ \u00a0]+(?:i|fra))?(?:[ \u00a0]+\p{Lu}[\p{L}-]*){1,4}[ \u00a0]+den(?=[ \u00a0]+\p{Lu})/u.exec(window);
  return den ? at + den[0].length + 1 : -1;
}

/**
 * A heading glued to its text, as web pages lose the break between elements: at the start of
 * the line (`BeslutningGodkendt.`, `SagsfremstillingUdvalget besøger …`), or at its end after a
 * full stop (`… i henhold til en udarbejdet fortegnelse.Indstilling`). Returns the cut, or -1.
 */
function gluedHeading(line: string, end: number, marks: SplitMarks): number {
  // (Read in `line` up to `end`, as `cutsOf` says.)
  const first = line.charCodeAt(0);
  const toc = mayStart(marks.tocStarts, line) ? marks.tocGlued.exec(line) : null;
  if (toc) return toc[0].length;
  // The heading starts the line in capitals: a line that starts with another ASCII character has none.
  const head = first >= 128 || (first >= 65 && first <= 90) ? marks.gluedStart.exec(line) : null;
  // (`\p{Lu}` under the `i` flag also matches lower case: test the letters here.)
  if (head && head[1]!.length >= 5 && CAPITAL_FIRST.test(head[1]!) && CAPITAL_FIRST.test(line.slice(head[0].length, end))) return head[0].length;
  // The tail ends in a lower-case letter or a space: a line that ends in another ASCII character has none.
  const last = line.charCodeAt(end - 1);
  if (last < 128 && last !== 32 && !(last >= 97 && last <= 122)) return -1;
  // The tail is at most 42 characters: look at those only, not at every start in the line.
  const from = Math.max(0, end - 42);
  const tail = GLUED_TAIL.exec(line.slice(from, end));
  return tail && marks.whole.test(tail[1]!) ? from + tail.index + 1 : -1;
}

/** A capital letter first. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * A table of contents flattened into one line (`Side 2 af 66 Indholdsfortegnelse 1. Title 2.
 * Title …`): cut before the TOC heading and before each entry, when the entries are numbered
 * 1, 2, 3, … (at least three). Returns the cuts, or none.
 */
function tocEntries(text: string, marks: SplitMarks): number[] {
  const heading = marks.tocWord.exec(text);
  if (!heading) return [];
  const cuts = heading.index > 0 ? [heading.index] : [];
  let next = 1;
  for (const m of text.slice(heading.index).matchAll(/(?<=[ \u00a0])(\d{1,3})\.[ \u00a0]+(?=\p{Lu})/gu)) {
    if (Number(m[1]) !== next) continue;
    cuts.push(heading.index + m.index);
    next++;
  }
  return next > 3 ? cuts : [];
}
