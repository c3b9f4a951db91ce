import { type LineFacts, LineType, Role } from './line-facts.js';
import { type Opener, titleShaped } from './openers.js';

/** Lines after a case number within which a heading must come for it to head an item. */
const REACH = 8;

/**
 * Openers of items that print no number. Two layouts are read:
 * - a case-number line followed by section headings heads each item; the line above it is
 *   the item's title when it reads like one (`Beslutning om mødeplan for 2026` / `25-008754 -`),
 *   else the item has no title and opens at the case number (virtual opener);
 * - without case numbers, items are told apart by their headings: the first heading after the
 *   front matter opens the first item, and a summary heading (`Resume`, `Beslutningstema`) or a
 *   heading the current item already has opens the next one.
 * Returns openers with `virtual: true` where no line of the document opens the item: the
 * opener is then an empty token placed before line `at`.
 */
export function chooseUnnumberedOpeners(lines: LineFacts): (Opener & { virtual: boolean })[] {
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
    if (above >= 0 && !role[above] && lines.type[above] === LineType.text && titleShaped(text[above]!) && !/\.$/.test(text[above]!)) {
      byCase.push({ at: above, number: null, label: null, title: text[above]!, head: [], form: 'titleAndCaseNumber', virtual: false });
    } else {
      byCase.push({ at: k, number: null, label: null, title: null, head: [], form: 'caseNumber', virtual: true });
    }
  }
  if (byCase.length) return byCase;

  const out: (Opener & { virtual: boolean })[] = [];
  let seen = new Set<string>();
  let headings = 0;
  for (let k = 0; k < lines.count; k++) {
    if (!lines.isHeading(k)) continue;
    headings++;
    const key = text[k]!.toLowerCase().replace(TRAILING, '');
    const opens = !out.length || seen.has(key) || (lines.kindOf(k) === 'summary' && seen.size > 0);
    if (opens) {
      out.push({ at: k, number: null, label: null, title: null, head: [], form: 'headings', virtual: true });
      seen = new Set();
    }
    seen.add(key);
  }
  return out.length >= 1 && headings >= 2 ? out : [];
}

/** Trailing spaces, colons and full stops; entered only where the run starts (linear on long runs). */
const TRAILING = /(?<![\s:.])[\s:.]+$/;
