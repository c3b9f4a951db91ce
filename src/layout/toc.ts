import { type LineFacts, LineType, Role } from './line-facts.js';
import { tocKey } from './openers.js';

/** Lines after a TOC heading that may be its entries. */
const MAX_ENTRIES = 200;

/**
 * The titles of the table of contents, as comparison keys, or null when the document has none
 * (`start`, the index of its heading line, is -1).
 * Entries follow the TOC heading (`Indholdsfortegnelse`, `Dagsordenspunkter`) in any printed
 * form: `3. Title ....... 12`, `Title⇥12`, `åbent 3 Title`, `- Title`; the number, leaders and
 * page number are not part of the title.
 */
export function tocTitles(lines: LineFacts, start: number): Set<string> | null {
  if (start < 0) return null;
  const titles = new Set<string>();
  // Where the entries end (the line after the last).
  let end = start + 1;
  let first = '';
  for (let k = start + 1; k < lines.count && k <= start + MAX_ENTRIES; k++) {
    if (lines.role[k]) break;
    // A line that evidence follows at once is the first item, not an entry; unless the first
    // entry's title is printed again right after that evidence, which is then the first item's
    // (SBSYS prints an item's case number above its opener, under the last entry).
    if ((lines.hasEvidence(k + 1) || lines.hasEvidence(k + 2)) && !(titles.size && printedAgain(lines, k + 1, first))) break;
    const title = tocEntryTitle(lines.text[k]!);
    const key = title ? tocKey(title) : '';
    // The first entry's title printed again opens the body.
    if (title && titles.size && key === first) break;
    if (title && !titles.size) first = key;
    if (title) titles.add(key);
    end = k + 1;
  }
  // An entry is not an opener, even where it prints one (`715. Title ....... 2`).
  lines.role.fill(Role.toc, start + 1, end);
  return titles.size ? titles : null;
}

/** Lines after an entry in which the first entry's title may be printed again as the first item's. */
const REPRINT_WINDOW = 3;

/** Whether one of the lines from `from` on (a few) prints the title whose key is `key`. */
function printedAgain(lines: LineFacts, from: number, key: string): boolean {
  for (let k = from; k < lines.count && k < from + REPRINT_WINDOW; k++) {
    if (tocKey(tocEntryTitle(lines.text[k]!)) === key) return true;
  }
  return false;
}

/** The title of a TOC row: without its number, status word, leaders and page number. */
export function tocEntryTitle(text: string): string {
  const head = text.replace(ENTRY_HEAD, '');
  return head.slice(0, entryTailStart(head)).trim();
}

/**
 * Where a TOC row's leaders (or gap) and page number start, or the row's length when it has
 * none: what `/(?:[ \t\u00a0]*[.…]{2,}[ .…\t\u00a0]*|\t[ \t\u00a0]*|[ \u00a0]{2,})(?:\d{1,4})?$/`
 * matches, found from the end in one pass. (As that pattern, searched from every start, a
 * run of thousands of dots took seconds: each start ran to the end of the run and failed.)
 */
export function entryTailStart(text: string): number {
  const end = text.length;
  // The page number: one to four digits at the end.
  let p = end;
  while (p > 0 && isDigitAt(text, p - 1)) p--;
  if (end - p > 4) return end;
  // The run of leaders, spaces and TABs before it.
  let r = p;
  while (r > 0 && isLeaderOrSpace(text.charCodeAt(r - 1))) r--;
  if (r === p) return end;
  let start = end;
  // Leaders: spaces, two or more dots, then any of them; it starts after the last lone dot
  // before the first pair.
  let lastDot = -1;
  for (let i = r; i + 1 < p; i++) {
    if (!isLeader(text.charCodeAt(i))) continue;
    if (isLeader(text.charCodeAt(i + 1))) {
      start = lastDot < 0 ? r : lastDot + 1;
      break;
    }
    lastDot = i;
  }
  // A TAB and spaces after it, with no dot: the first TAB after the run's last dot.
  let afterDots = r;
  for (let i = p - 1; i >= r; i--) {
    if (isLeader(text.charCodeAt(i))) {
      afterDots = i + 1;
      break;
    }
  }
  const tab = text.indexOf('\t', afterDots);
  if (tab >= 0 && tab < p) start = Math.min(start, tab);
  // Two or more spaces (no TAB, no dot) up to the page number.
  let spaces = p;
  while (spaces > r && (text.charCodeAt(spaces - 1) === 32 || text.charCodeAt(spaces - 1) === 0xa0)) spaces--;
  if (p - spaces >= 2) start = Math.min(start, spaces);
  return start;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** `.` or `…`. */
function isLeader(c: number): boolean {
  return c === 46 || c === 0x2026;
}

/** A leader, a space, a TAB or a no-break space. */
function isLeaderOrSpace(c: number): boolean {
  return c === 46 || c === 0x2026 || c === 32 || c === 9 || c === 0xa0;
}

// (Here, not in the function: a pattern written there is a new object on every call.)
/** A TOC row's bullet, status word, `Punkt` and number. */
const ENTRY_HEAD = /^[-–•·*\uf0b7]?[ \t\u00a0]*(?:(?:åben|åbent|lukket)[ \t\u00a0]+)?(?:(?:punkt|pkt\.?)[ \u00a0]*)?(?:\d{1,4}[a-z]?[.:)]?[ \t\u00a0]+)?/i;

/**
 * A table of contents printed without a heading: a list of at least three entries before the
 * first item whose first entry is the first item's title (`- Godkendelse af dagsorden` above
 * `1 : Godkendelse af dagsorden`). Asked only of documents without a TOC heading line. Returns
 * the index of its first line, or -1.
 */
export function headlessToc(lines: LineFacts, firstOpener: number, firstTitle: string | null): number {
  // (The caller asks only when the document has no TOC heading line.)
  if (firstTitle === null) return -1;
  const want = tocKey(firstTitle);
  const { type, breakBefore } = lines;
  for (let k = 0; k < firstOpener; k++) {
    if (type[k] !== LineType.listItem || (!breakBefore[k] && k > 0 && type[k - 1] === LineType.listItem)) continue;
    let end = k;
    while (end + 1 < firstOpener && type[end + 1] === LineType.listItem && !breakBefore[end + 1]) end++;
    if (end - k >= 2 && tocKey(tocEntryTitle(lines.text[k]!)) === want) return k;
  }
  return -1;
}
