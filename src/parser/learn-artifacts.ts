import type { IToken } from 'chevrotain';
import { findDate } from '../text/dates.js';
import { append } from '../util/append.js';
import { plainText } from '../text/plain.js';

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
 * - a line of digits alone next to another artifact line or after a form feed: a page number
 *   (elsewhere a lone digit numbers the paragraph after it, as in seed 000). Where a page break
 *   has several such lines around it (a TOC's page column ends the page above, the next entry's
 *   number starts the page below), one is the page number: the one that runs in sequence with
 *   the numbers at other page breaks (2 at one break, 3 at the next), else the one that stands
 *   between two artifact lines; the others stay content.
 * Returns the page headers moved (the page numbers are found by their text).
 */
export function learnArtifacts(tokens: IToken[], groups: Record<string, IToken[]>, markdown: boolean): IToken[] {
  const titleIndex = tokens.findIndex((t) => t.tokenType.name === 'TitleLine');
  const title = titleIndex >= 0 ? key(plainText(tokens[titleIndex]!.image, markdown)) : null;
  const titleWords = new Set((title ?? '').split(' '));
  const counts = new Map<string, number>();
  // A date line can lex as a list entry (`20. juni 2013 - kl. 10:30`).
  // Only short lines with a digit (a date) can be page headers; titles are read whatever their length.
  const texts = tokens.map((t) => {
    const name = t.tokenType.name;
    if (name === 'TitleLine') return key(plainText(t.image, markdown));
    if (!LINE_TYPES.has(name) || t.image.length > 100 || !/\d/.test(t.image)) return '';
    return key(plainText(t.image, markdown));
  });
  for (const text of texts) if (text && text.length <= 80) counts.set(text, (counts.get(text) ?? 0) + 1);

  const moved: IToken[] = [];
  const kept: IToken[] = [];
  const titlesSeen = new Set<string>();
  tokens.forEach((token, i) => {
    const text = texts[i]!;
    const isTitle = token.tokenType.name === 'TitleLine';
    const repeatedTitle = isTitle && titlesSeen.has(text);
    if (isTitle && !repeatedTitle) {
      // The first title line is the document's title, whatever repeats it.
      titlesSeen.add(text);
      kept.push(token);
      return;
    }
    if (repeatedTitle || (text && (counts.get(text) ?? 0) >= MIN_REPEATS && isPageHeader(text, titleWords))) moved.push(token);
    else kept.push(token);
  });
  const group = (groups[ARTIFACT_GROUP] ??= []);
  if (!moved.length && !group.length && !groups.indent?.some((t) => t.image.includes('\f'))) return moved;
  const lines = new PageBreakLines(groups.indent ?? [], [...group, ...moved]);
  moveRecurringNeighbours(kept, moved, lines);

  // A lone page number: a line of digits next to another artifact line, or after a form feed.
  const formFeeds = new Set((groups.indent ?? []).filter((t) => t.image.includes('\f')).map((t) => t.startOffset));
  const numbers: IToken[] = [];
  kept.forEach((token, i) => {
    if (token.tokenType.name !== 'TextLine' || !/^\s*\d{1,4}\s*$/.test(token.image)) return;
    const afterFormFeed = kept[i - 1]?.tokenType.name === 'Break' && kept[i - 1]!.image.includes('\f');
    const beforeFormFeed = formFeeds.has(token.startOffset + token.image.length);
    if (lines.touches(token) || afterFormFeed || beforeFormFeed) numbers.push(token);
  });
  const pageNumbers = onePerBreak(numbers, lines);
  if (!moved.length && !pageNumbers.size) return moved;
  const gone = new Set(moved);
  tokens.length = 0;
  for (const t of kept) if (!pageNumbers.has(t) && !gone.has(t)) tokens.push(t);
  for (const t of moved) group.push(t);
  for (const t of pageNumbers) group.push(t);
  return moved;
}

/**
 * Where the artifact lines lie, line by line: which offsets start one (its indentation
 * included) and which end one, so that "right next to an artifact line" is two lookups.
 */
class PageBreakLines {
  /** Each artifact line: where it starts (indentation included) → where it ends. */
  private readonly spans = new Map<number, number>();
  private readonly ends = new Set<number>();
  /** Indentation before a line: its end → its start. */
  private readonly indentBefore = new Map<number, number>();
  /** Indentation of a line: its start → its end. */
  private readonly indentAfter = new Map<number, number>();

  constructor(indent: readonly IToken[], artifacts: readonly IToken[]) {
    for (const t of indent) {
      this.indentBefore.set(t.startOffset + t.image.length, t.startOffset);
      this.indentAfter.set(t.startOffset, t.startOffset + t.image.length);
    }
    for (const t of artifacts) this.add(t);
  }

  add(token: IToken): void {
    this.spans.set(this.lineStart(token), token.startOffset + token.image.length);
    this.ends.add(token.startOffset + token.image.length);
  }

  /** Whether an artifact line ends where this line starts. */
  after(token: IToken): boolean {
    return this.ends.has(this.lineStart(token));
  }

  /** Whether an artifact line starts where this line ends. */
  before(token: IToken): boolean {
    return this.spans.has(token.startOffset + token.image.length);
  }

  /** Whether only artifact lines (or none) stand between two lines. */
  joined(first: IToken, second: IToken): boolean {
    const target = this.lineStart(second);
    let at: number | undefined = first.startOffset + first.image.length;
    // Each step passes one artifact line; the spans lead forward only, so this ends.
    while (at !== undefined && at < target) at = this.spans.get(at);
    return at === target;
  }

  touches(token: IToken): boolean {
    return this.after(token) || this.before(token);
  }

  lineStart(token: IToken): number {
    let start = token.startOffset;
    while (this.indentBefore.has(start)) start = this.indentBefore.get(start)!;
    return start;
  }
}

/**
 * The rest of a page header, learned from where it stands: a line without a date that recurs
 * MIN_REPEATS times, and every time after the first stands right next to an artifact line (the
 * repeated title, a dated header). Moves those occurrences from `kept` to `moved`.
 */
function moveRecurringNeighbours(kept: IToken[], moved: IToken[], lines: PageBreakLines): void {
  // Lines next to a page break first (few), then every occurrence of those lines, printed alike.
  const line = (token: IToken) => (token.tokenType.name === 'TextLine' && token.image.length <= 100 ? token.image.trim() : '');
  const candidates = new Set<string>();
  for (const token of kept) {
    const text = line(token);
    if (text && lines.touches(token) && /\p{L}/u.test(text) && !/[.:;,]$/.test(text)) candidates.add(text);
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
    if (later.every((t) => lines.touches(t))) append(found, later);
  }
  if (!found.length) return;
  const gone = new Set(found);
  const rest = kept.filter((t) => !gone.has(t));
  kept.length = 0;
  append(kept, rest);
  for (const t of found) {
    moved.push(t);
    lines.add(t);
  }
  moved.sort((a, b) => a.startOffset - b.startOffset);
}

/**
 * The page numbers among lone numbers next to artifact lines: one per page break. Lines that
 * touch one another form a break; a break with one number keeps it; with several, the number
 * one more than a number at an earlier break, or one less than one at a later break, wins; else
 * the one between two artifact lines; else all stay page numbers (as a break with one would).
 */
function onePerBreak(numbers: readonly IToken[], lines: PageBreakLines): Set<IToken> {
  const breaks: IToken[][] = [];
  for (const token of numbers) {
    const last = breaks[breaks.length - 1];
    const previous = last?.[last.length - 1];
    // Two numbers of one break: one right after the other, or with artifact lines between.
    if (previous && lines.joined(previous, token)) last!.push(token);
    else breaks.push([token]);
  }
  const value = (t: IToken) => Number(t.image.trim());
  const out = new Set<IToken>();
  breaks.forEach((numbersOf, i) => {
    if (numbersOf.length === 1) {
      out.add(numbersOf[0]!);
      return;
    }
    const earlier = new Set(breaks.slice(0, i).flat().map(value));
    const later = new Set(breaks.slice(i + 1).flat().map(value));
    const inSequence = numbersOf.filter((t) => earlier.has(value(t) - 1) || later.has(value(t) + 1));
    const between = numbersOf.filter((t) => lines.after(t) && lines.before(t));
    const chosen = inSequence.length === 1 ? inSequence : between.length === 1 ? between : numbersOf;
    for (const t of chosen) out.add(t);
  });
  return out;
}

/** A line with a date whose other words all stand in the title. */
function isPageHeader(text: string, titleWords: Set<string>): boolean {
  const date = findDate(text);
  if (!date || date.iso === null) return false;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}`.split(' ').filter(Boolean);
  return rest.every((w) => titleWords.has(w) || /^(?:d\.?|den|kl\.?|\d{1,2}[.:]\d{2}|[-–])$/.test(w));
}

const LINE_TYPES = new Set(['TextLine', 'TitleLine', 'ListItem']);

function key(text: string): string {
  return text.toLowerCase().replace(/\s{2,}|[\t\u00a0]/g, ' ').trim();
}
