import { type LineFacts, tocKey } from './openers.js';

/** Lines after a TOC heading that may be its entries. */
const MAX_ENTRIES = 200;

/**
 * The titles of the table of contents, as comparison keys, or null when the document has none
 * (`start`, the index of its heading line, is -1).
 * Entries follow the TOC heading (`Indholdsfortegnelse`, `Dagsordenspunkter`) in any printed
 * form: `3. Title ....... 12`, `Title⇥12`, `åbent 3 Title`, `- Title`; the number, leaders and
 * page number are not part of the title.
 */
export function tocTitles(lines: LineFacts[], start: number): Set<string> | null {
  if (start < 0) return null;
  const titles = new Set<string>();
  const entries: LineFacts[] = [];
  let first = '';
  for (let k = start + 1; k < lines.length && k <= start + MAX_ENTRIES; k++) {
    const line = lines[k]!;
    if (line.role) break;
    // A line that evidence follows at once is the first item, not an entry.
    const soon = [lines[k + 1], lines[k + 2]].some((l) => l && l.role !== null && l.role !== 'status');
    if (soon) break;
    const title = tocEntryTitle(line.text);
    const key = title ? tocKey(title) : '';
    // The first entry's title printed again opens the body.
    if (title && titles.size && key === first) break;
    if (title && !titles.size) first = key;
    if (title) titles.add(key);
    entries.push(line);
  }
  // An entry is not an opener, even where it prints one (`715. Title ....... 2`).
  for (const line of entries) line.role = 'toc';
  return titles.size ? titles : null;
}

/** The title of a TOC row: without its number, status word, leaders and page number. */
export function tocEntryTitle(text: string): string {
  return text
    .replace(/^[-–•·*\uf0b7]?[ \t\u00a0]*(?:(?:åben|åbent|lukket)[ \t\u00a0]+)?(?:(?:punkt|pkt\.?)[ \u00a0]*)?(?:\d{1,4}[a-z]?[.:)]?[ \t\u00a0]+)?/i, '')
    .replace(/(?:[ \t\u00a0]*[.…]{2,}[ .…\t\u00a0]*|\t[ \t\u00a0]*|[ \u00a0]{2,})(?:\d{1,4})?$/, '')
    .trim();
}

/**
 * A table of contents printed without a heading: a list of at least three entries before the
 * first item whose first entry is the first item's title (`- Godkendelse af dagsorden` above
 * `1 : Godkendelse af dagsorden`). Asked only of documents without a TOC heading line. Returns
 * the index of its first line, or -1.
 */
export function headlessToc(lines: LineFacts[], firstOpener: number, firstTitle: string | null): number {
  // (The caller asks only when the document has no TOC heading line.)
  if (firstTitle === null) return -1;
  const want = tocKey(firstTitle);
  for (let k = 0; k < firstOpener; k++) {
    if (lines[k]!.type !== 'ListItem' || !lines[k]!.breakBefore && lines[k - 1]?.type === 'ListItem') continue;
    let end = k;
    while (end + 1 < firstOpener && lines[end + 1]!.type === 'ListItem' && !lines[end + 1]!.breakBefore) end++;
    if (end - k >= 2 && tocKey(tocEntryTitle(lines[k]!.text)) === want) return k;
  }
  return -1;
}
