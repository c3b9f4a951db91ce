import type { IToken } from 'chevrotain';
import { findDate } from '../text/dates.js';
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
 * - a line of digits alone next to another artifact line or after a form feed: a page number
 *   (elsewhere a lone digit numbers the paragraph after it, as in seed 000).
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
  // A lone page number: a line of digits next to another artifact line, or after a form feed.
  const group = (groups[ARTIFACT_GROUP] ??= []);
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of [...group, ...moved]) {
    starts.add(t.startOffset);
    ends.add(t.startOffset + t.image.length);
  }
  const indent = new Map((groups.indent ?? []).map((t) => [t.startOffset, t.startOffset + t.image.length]));
  const formFeeds = new Set((groups.indent ?? []).filter((t) => t.image.includes('\f')).map((t) => t.startOffset));
  const numbers = new Set<IToken>();
  kept.forEach((token, i) => {
    if (token.tokenType.name !== 'TextLine' || !/^\s*\d{1,4}\s*$/.test(token.image)) return;
    let end = token.startOffset + token.image.length;
    while (indent.has(end)) end = indent.get(end)!; // leading spaces or a form feed of the next line
    const afterFormFeed = kept[i - 1]?.tokenType.name === 'Break' && kept[i - 1]!.image.includes('\f');
    const beforeFormFeed = formFeeds.has(token.startOffset + token.image.length);
    if (ends.has(token.startOffset) || starts.has(end) || afterFormFeed || beforeFormFeed) numbers.add(token);
  });
  if (!moved.length && !numbers.size) return moved;
  tokens.length = 0;
  for (const t of kept) if (!numbers.has(t)) tokens.push(t);
  for (const t of moved) group.push(t);
  for (const t of numbers) group.push(t);
  return moved;
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
