import { type LineFacts, LineType, Role } from './line-facts.js';
import { type Opener, titleShaped } from './openers.js';

/** Lines after a case number within which a heading must come for it to head an item. */
const REACH = 8;

/**
 * Openers of items that print no number. Two layouts are read:
 * - a case-number line followed by section headings heads each item; the line above it is
 *   the item's title when it reads like one (`Beslutning om mødeplan for 2026` / `25-008754 -`)
 *   and is no name under an absence label (`absenceLabel`, the dialect's), else the item has no
 *   title and opens at the case number (virtual opener);
 * - without case numbers, items are told apart by their headings: the first heading after the
 *   front matter opens the first item, and a summary heading (`Resume`, `Beslutningstema`) or a
 *   heading the current item already has opens the next one.
 * Returns openers with `virtual: true` where no line of the document opens the item: the
 * opener is then an empty token placed before line `at`.
 */
export function chooseUnnumberedOpeners(lines: LineFacts, absenceLabel: RegExp): (Opener & { virtual: boolean })[] {
  const { role, text } = lines;
  const byCase: (Opener & { virtual: boolean })[] = [];
  for (let k = 0; k < lines.count; k++) {
    if (role[k] !== Role.case) continue;
    let heading = false;
    for (let j = k + 1; j < lines.count && j <= k + REACH; j++) {
      if (role[j] === Role.case) break;
      if (lines.isHeading(j)) {
        heading = true;
        break;
      }
    }
    if (!heading) continue;
    const above = k - 1;
    // A name under an absence label (`Fraværende:` / `Anne Holm (C)`) ends the item before.
    const absentName = above > 0 && absenceLabel.test(text[above - 1]!);
    if (above >= 0 && !role[above] && !absentName && lines.type[above] === LineType.text && titleShaped(text[above]!) && !/\.$/.test(text[above]!)) {
      byCase.push({ at: above, number: null, label: null, title: text[above]!, head: [], form: 'titleAndCaseNumber', virtual: false });
    } else {
      byCase.push({ at: k, number: null, label: null, title: null, head: [], form: 'caseNumber', virtual: true });
    }
  }
  if (byCase.length) return byCase;

  const out: (Opener & { virtual: boolean })[] = [];
  // The headings the current item has: a heading's key is in it when the map holds the item's
  // number for it (one map for all items, so opening an item allocates nothing). A heading the
  // item has opens the next one, so the item's headings are distinct: `seen` counts them.
  const seenIn = new Map<string, number>();
  // The key of each heading text met (documents repeat their headings, item after item).
  const keys = new Map<string, string>();
  let seen = 0;
  let headings = 0;
  for (let k = 0; k < lines.count; k++) {
    if (!lines.isHeading(k)) continue;
    headings++;
    let key = keys.get(text[k]!);
    if (key === undefined) keys.set(text[k]!, (key = headingKey(text[k]!)));
    const opens = !out.length || seenIn.get(key) === out.length || (seen > 0 && lines.kindOf(k) === 'summary');
    if (opens) {
      out.push({ at: k, number: null, label: null, title: null, head: [], form: 'headings', virtual: true });
      seen = 0;
    }
    seenIn.set(key, out.length);
    seen++;
  }
  return out.length >= 1 && headings >= 2 ? out : [];
}

/** A heading's text in lower case, without trailing spaces, colons and full stops. */
function headingKey(text: string): string {
  const lower = text.toLowerCase();
  let end = lower.length;
  while (end > 0 && isTrailing(lower.charCodeAt(end - 1))) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

/** A space (what `\s` matches), colon or full stop. */
function isTrailing(c: number): boolean {
  if (c === 58 || c === 46) return true;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
