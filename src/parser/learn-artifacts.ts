import type { IToken } from 'chevrotain';
import { Break, indentStart } from '../lexer/tokens.js';
import { findDate } from '../text/dates.js';
import { append } from '../util/append.js';
import { hasDigit, isSpace, plainText } from '../text/plain.js';

/** The token group artifact lines go to: the parser never sees them. */
export const ARTIFACT_GROUP = 'artifact';

/** How often a page header must repeat before it is taken for one. */
const MIN_REPEATS = 3;

/**
 * Learns the page headers of a document extracted from PDF, between lexing and parsing, and
 * moves their tokens out of the parser's way into the `artifact` group (so text on both sides of
 * a page break joins as one paragraph):
 * - a title line printed again on later pages (`REFERAT Handicaprådet … d. 22-05-2025`): every
 *   occurrence after the first;
 * - a short line with a date that recurs at least three times and has no word the title lines
 *   lack (`Handicaprådet 22-05-2025`), so a recurring `Arbejdsmarkedsudvalget den 12. maj 2025`
 *   heading of quoted decisions stays content.
 * - a short line without a date that recurs at least three times and, every time after the
 *   first, stands right next to one of those (`Tønder Kommune – Kommunalbestyrelsen` over the
 *   repeated title): the rest of a page header; the first stays content (the cover's header);
 * - a line of digits alone next to another artifact line or a form feed: a page number
 *   (elsewhere a lone digit numbers the paragraph after it, as in seed 000), one per page break
 *   at most (see {@link onePerBreak}): a TOC printed in columns puts its page and item numbers
 *   next to page breaks too.
 * `isPageNumber` says which of the dialect's artifact lines print a page number (`Side 2 af 9`);
 * `input` is the text the tokens were read from.
 * Returns the page headers moved (the page numbers are found by their text).
 */
export function learnArtifacts(
  tokens: IToken[],
  groups: Record<string, IToken[]>,
  markdown: boolean,
  isPageNumber: (text: string) => boolean,
  input: string,
): IToken[] {
  let title: string | null = null;
  const counts = new Map<string, number>();
  let titleLines = 0;
  let repeats = false;
  // Each token's text as page headers are compared, '' for the tokens that cannot be one; and
  // the blank lines that hold a form feed (a page break). (Allocated at its length at once:
  // grown line by line, the list would be copied as it grows.)
  const texts = new Array<string>(tokens.length);
  const feedBreaks: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenTypeIdx === Break.tokenTypeIdx) {
      texts[i] = '';
      if (t.image.includes('\f')) feedBreaks.push(t);
      continue;
    }
    const text = headerText(t, markdown, isPageNumber);
    texts[i] = text;
    if (t.tokenType.name === 'TitleLine' && titleLines++ === 0) title = text;
    if (!text || text.length > 80) continue;
    const n = (counts.get(text) ?? 0) + 1;
    counts.set(text, n);
    if (n >= MIN_REPEATS) repeats = true;
  }
  const titleWords = new Set((title ?? '').split(' '));

  let moved: IToken[] = [];
  // Without a repeated title or line, nothing is a page header: every token is kept (`kept` is
  // then `tokens` itself, which the end of this pass rewrites in place).
  let kept = tokens;
  if (titleLines >= 2 || repeats) ({ moved, kept } = pageHeaders(tokens, texts, counts, titleWords));
  const group = (groups[ARTIFACT_GROUP] ??= []);
  const formFeeds: IToken[] = [];
  for (const t of groups.indent ?? []) if (t.image.includes('\f')) formFeeds.push(t);
  // (Page headers are lines: every blank line is kept.)
  append(formFeeds, feedBreaks);
  if (!moved.length && !group.length && !formFeeds.length) return moved;
  const lines = new PageBreaks(input, groups.indent ?? [], formFeeds);
  for (const t of group) {
    const text = plainText(t.image, markdown);
    lines.add(t, isPageNumber(text) ? Number(/\d+/.exec(text)?.[0] ?? Number.NaN) : null);
  }
  for (const t of moved) lines.add(t, null);
  moveRecurringNeighbours(kept, moved, lines, isPageNumber);

  // Lone page numbers: lines of digits next to an artifact line or a form feed.
  const numbers = kept.filter((t) => t.tokenType.name === 'TextLine' && LONE_NUMBER.test(t.image) && lines.touches(t));
  const pageNumbers = onePerBreak(numbers, lines);
  if (!moved.length && !pageNumbers.size) return moved;
  const gone = new Set(moved);
  // In place: `kept` may be `tokens` itself, and is read no further back than written.
  let n = 0;
  for (const t of kept) if (!pageNumbers.has(t) && !gone.has(t)) tokens[n++] = t;
  tokens.length = n;
  for (const t of moved) group.push(t);
  for (const t of pageNumbers) group.push(t);
  return moved;
}

/**
 * Splits the tokens into the page headers (`moved`) and the rest (`kept`): every repeated title
 * line, and the short dated lines that recur often and have no word the title lacks.
 */
function pageHeaders(
  tokens: readonly IToken[],
  texts: readonly string[],
  counts: ReadonlyMap<string, number>,
  titleWords: Set<string>,
): { moved: IToken[]; kept: IToken[] } {
  const moved: IToken[] = [];
  const kept: IToken[] = [];
  // The title lines seen once: the first is the document's title, whatever repeats it.
  const firstsSeen = new Set<string>();
  // Whether a recurring text is a page header, decided once per text.
  const headers = new Map<string, PageHeader>();
  const headerOf = (text: string) => {
    let header = headers.get(text);
    if (header === undefined) headers.set(text, (header = pageHeaderOf(text, titleWords)));
    return header;
  };
  tokens.forEach((token, i) => {
    const text = texts[i]!;
    const header = token.tokenType.name === 'TitleLine' ? PageHeader.afterFirst : text && (counts.get(text) ?? 0) >= MIN_REPEATS ? headerOf(text) : PageHeader.none;
    if (header === PageHeader.afterFirst && !firstsSeen.has(text)) {
      firstsSeen.add(text);
      kept.push(token);
    } else if (header !== PageHeader.none) moved.push(token);
    else kept.push(token);
  });
  return { moved, kept };
}

/**
 * The page breaks of a document, line by line: its artifact lines and form feeds, each a span
 * from where its line starts (indentation included) to where it ends, so that "right next to a
 * page break" and "only page-break lines between" are lookups.
 */
class PageBreaks {
  /** Artifact lines and blank lines holding a form feed: start → end, and the page number it prints. */
  private readonly spans = new Map<number, { end: number; pageNumber: number | null }>();
  /** The page numbers printed in lines the dialect knows (`Side 2 af 9` → 2), by where they start. */
  readonly printed: { at: number; page: number }[] = [];
  /** The same spans: end → start. */
  private readonly backward = new Map<number, number>();
  /**
   * Indentation holding a form feed before a line: its end → its token (the feed starts the
   * line's page). `parse`'s lexer keeps no other indentation: where that starts is read from
   * the input (`indentStart`).
   */
  private readonly indentBefore = new Map<number, IToken>();
  /** Where indentation with a form feed starts. */
  private readonly formFeedIndent = new Set<number>();

  constructor(
    private readonly input: string,
    indent: readonly IToken[],
    formFeeds: readonly IToken[],
  ) {
    for (const t of indent) this.indentBefore.set(t.startOffset + t.image.length, t);
    for (const t of formFeeds) {
      if (t.tokenType.name === 'Break') this.add(t, null);
      else this.formFeedIndent.add(t.startOffset);
    }
  }

  /** Adds a page-break line; `pageNumber` is the number it prints, if the dialect knows it for one. */
  add(token: IToken, pageNumber: number | null): void {
    const start = this.lineStart(token);
    const end = token.startOffset + token.image.length;
    this.spans.set(start, { end, pageNumber });
    if (pageNumber !== null) this.printed.push({ at: start, page: pageNumber });
    this.backward.set(end, start);
  }

  /** Whether a page-break line or a form feed stands right before or after this line. */
  touches(token: IToken): boolean {
    const start = this.lineStart(token);
    const end = token.startOffset + token.image.length;
    return this.backward.has(start) || this.spans.has(end) || this.formFeedIndent.has(end) || this.formFeedIn(token);
  }

  /** Whether page-break lines stand right before and right after this line. */
  between(token: IToken): boolean {
    return this.backward.has(this.lineStart(token)) && this.spans.has(token.startOffset + token.image.length);
  }

  /** Whether only page-break lines (or none) stand between two lines. */
  joined(first: IToken, second: IToken): boolean {
    const target = this.lineStart(second);
    let at: number | undefined = first.startOffset + first.image.length;
    // Each step passes one page-break line forward, so this ends.
    while (at !== undefined && at < target) at = this.spans.get(at)?.end;
    return at === target;
  }

  /** Whether the page-break lines right around this line print a page number (`Side 2 af 9`). */
  besidePrintedNumber(token: IToken): boolean {
    if (!this.printed.length) return false;
    for (let at: number | undefined = token.startOffset + token.image.length; at !== undefined; ) {
      const span = this.spans.get(at);
      if (span && span.pageNumber !== null) return true;
      at = span?.end;
    }
    for (let at: number | undefined = this.lineStart(token); at !== undefined; ) {
      const start = this.backward.get(at);
      if (start !== undefined && this.spans.get(start)!.pageNumber !== null) return true;
      at = start;
    }
    return false;
  }

  lineStart(token: IToken): number {
    return this.indentBefore.get(token.startOffset)?.startOffset ?? indentStart(this.input, token.startOffset);
  }

  private formFeedIn(token: IToken): boolean {
    return this.indentBefore.get(token.startOffset)?.image.includes('\f') ?? false;
  }
}

/**
 * The rest of a page header, learned from where it stands: a line (text, or a labelled line such
 * as `Dato: 05.03.2013`) that recurs MIN_REPEATS times, and every time after the first stands
 * right next to a page break (the repeated title, a dated header, a form feed), or all times but
 * one when it does so at least MIN_REPEATS times. Moves those occurrences from `kept` to `moved`.
 */
function moveRecurringNeighbours(kept: IToken[], moved: IToken[], lines: PageBreaks, isPageNumber: (text: string) => boolean): void {
  // Lines next to a page break first (few), then every occurrence of those lines, printed alike
  // but for a page number set apart at the end (`Referat For Byrådet        Side 3`).
  // (A labelled line too: `Dato: 05.03.2013` on every page, beside the page number.)
  const line = (token: IToken) => (isNeighbourType(token) && token.image.length <= 100 ? withoutPageNumber(token.image.trim(), isPageNumber) : '');
  const candidates = new Set<string>();
  for (const token of kept) {
    if (!isNeighbourType(token) || !lines.touches(token)) continue;
    const text = line(token);
    if (text && LETTER.test(text) && !CLAUSE_END.test(text)) candidates.add(text);
  }
  if (!candidates.size) return;
  const byText = new Map<string, IToken[]>();
  for (const token of kept) {
    const text = line(token);
    if (!candidates.has(text)) continue;
    let list = byText.get(text);
    if (!list) byText.set(text, (list = []));
    list.push(token);
  }
  const found: IToken[] = [];
  for (const list of byText.values()) {
    if (list.length < MIN_REPEATS) continue;
    const later = list.slice(1);
    const touching = later.filter((t) => lines.touches(t));
    // One later occurrence may stand elsewhere: the cover prints the committee's name in its
    // title block too. Then the page breaks must show it often enough on their own.
    const away = later.length - touching.length;
    if (away === 0 || (away === 1 && touching.length >= MIN_REPEATS)) append(found, touching);
  }
  if (!found.length) return;
  const gone = new Set(found);
  const rest = kept.filter((t) => !gone.has(t));
  kept.length = 0;
  append(kept, rest);
  for (const t of found) {
    moved.push(t);
    lines.add(t, null);
  }
  moved.sort((a, b) => a.startOffset - b.startOffset);
}

/** The line types the rest of a page header may lex as: text, or a header label's line. */
function isNeighbourType(token: IToken): boolean {
  const name = token.tokenType.name;
  return name === 'TextLine' || name === 'HeaderLabelLine';
}

/**
 * A line without the page number set apart at its end by two spaces or a TAB (`… (BFU)        Side
 * 3`): the text after the last such gap, when it is short and the dialect reads it as a page
 * number. Found from the end (`lastIndexOf`): linear in the line, whatever runs of spaces it holds.
 */
function withoutPageNumber(text: string, isPageNumber: (text: string) => boolean): string {
  const gap = Math.max(text.lastIndexOf('  '), text.lastIndexOf('\t'));
  if (gap < 0 || text.length - gap > MAX_PAGE_TAIL) return text;
  const tail = text.slice(gap).trim();
  if (!tail || !isPageNumber(tail)) return text;
  let start = gap;
  while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  return text.slice(0, start);
}

/** The most characters a page number set apart at a line's end takes, with its gap (`  Side 12 af 40`). */
const MAX_PAGE_TAIL = 40;

/**
 * The page numbers among lone numbers at page breaks, one per break at most. Numbers with only
 * page-break lines between them stand at one break. A break that prints its page number in a
 * line the dialect knows (`Side 2 af 9`) takes none. Where the numbers run in sequence from
 * break to break (2, then 3; also with printed ones: `Side 1 af 9`, then 2), the document numbers
 * its pages: each break keeps the number in sequence and no other. Where two or more breaks have numbers and none runs in sequence, they
 * are the text's (a TOC's page column ending a page), not page numbers. A document with one such
 * break keeps its number, or, of several, the one between two page-break lines; else none (a
 * page number left in the text is visible; a number of the text taken for one is lost to it).
 */
function onePerBreak(numbers: readonly IToken[], lines: PageBreaks): Set<IToken> {
  const breaks: IToken[][] = [];
  for (const token of numbers) {
    if (lines.besidePrintedNumber(token)) continue;
    const last = breaks[breaks.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && lines.joined(previous, token)) last!.push(token);
    else breaks.push([token]);
  }
  const value = (t: IToken) => Number(t.image.trim());
  // Where each number first and last stands at a break, the printed ones (`Side 2 af 9`) too:
  // two lookups per number, however many breaks.
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const see = (page: number, at: number) => {
    if (!(first.get(page)! <= at)) first.set(page, at);
    if (!(last.get(page)! >= at)) last.set(page, at);
  };
  for (const b of breaks) for (const t of b) see(value(t), b[0]!.startOffset);
  for (const p of lines.printed) see(p.page, p.at);
  const inSequence = (t: IToken, at: number) => first.get(value(t) - 1)! < at || last.get(value(t) + 1)! > at;
  const sequenced = breaks.map((b) => b.filter((t) => inSequence(t, b[0]!.startOffset)));
  const numbered = sequenced.some((b) => b.length > 0);
  const out = new Set<IToken>();
  breaks.forEach((numbersOf, i) => {
    let chosen: IToken[];
    if (numbered) chosen = sequenced[i]!.length === 1 ? sequenced[i]! : [];
    else if (breaks.length > 1) chosen = [];
    else {
      const between = numbersOf.filter((t) => lines.between(t));
      chosen = numbersOf.length === 1 ? numbersOf : between.length === 1 ? between : [];
    }
    for (const t of chosen) out.add(t);
  });
  return out;
}

/** Which occurrences of a recurring line are page header: none, every one, or all but the first (a title). */
const PageHeader = { none: 0, every: 1, afterFirst: 2 } as const;
type PageHeader = (typeof PageHeader)[keyof typeof PageHeader];

/** A line with a date whose other words all stand in the title: a page header on every page. */
function pageHeaderOf(text: string, titleWords: Set<string>): PageHeader {
  const date = findDate(text);
  if (!date || date.iso === null) return PageHeader.none;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}`.split(' ').filter(Boolean);
  return rest.every((w) => titleWords.has(w) || /^(?:d\.?|den|kl\.?|\d{1,2}[.:]\d{2}|[-–])$/.test(w)) ? PageHeader.every : PageHeader.none;
}

/**
 * A line's text as page headers are compared (see `headerKey`), or '' for a line that cannot be one:
 * titles whatever their length, without a page number set apart at the end, else short lines
 * with a digit (a date) of the types a header lexes as (a date line can lex as a list entry:
 * `20. juni 2013 - kl. 10:30`).
 */
function headerText(token: IToken, markdown: boolean, isPageNumber: (text: string) => boolean): string {
  const name = token.tokenType.name;
  // A title line may print the page number after it (`Referat For Byrådet        Side 3`).
  if (name === 'TitleLine') return headerKey(withoutPageNumber(plainText(token.image, markdown), isPageNumber));
  const { image } = token;
  if (image.length > 100 || (name !== 'TextLine' && name !== 'ListItem') || !hasDigit(image)) return '';
  return headerKey(plainText(image, markdown));
}

/**
 * A text as page headers are compared: lower case, each run of space (two or more, a TAB or an
 * NBSP) one space, trimmed. Most lines hold single spaces only, and skip the pattern.
 */
export function headerKey(text: string): string {
  const lower = text.toLowerCase();
  return (mayHoldSpaceRun(lower) ? lower.replace(SPACES, ' ') : lower).trim();
}

/**
 * Whether {@link SPACES} may match in `text`: it holds a `\s` character other than a lone space
 * (one such character alone does not match, but asks the pattern).
 */
function mayHoldSpaceRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

// (Patterns stand here, not in the functions: a pattern written in a function is a new object
// on every call, and these are tried line by line.)
/** A line of digits alone (a page number). */
const LONE_NUMBER = /^\s*\d{1,4}\s*$/;
const LETTER = /\p{L}/u;
/** A clause's end last: a line of text, not a header. */
const CLAUSE_END = /[.:;,]$/;
/** Space as `headerKey` reads it: runs of two or more, TABs and NBSPs become one space. */
const SPACES = /\s{2,}|[\t\u00a0]/g;
