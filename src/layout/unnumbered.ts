import type { SectionKind } from '../model/agenda.js';
import { type LineFacts, type Opener, titleShaped } from './openers.js';

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
export function chooseUnnumberedOpeners(
  lines: LineFacts[],
  kinds: readonly (SectionKind | null)[],
): (Opener & { virtual: boolean })[] {
  const byCase: (Opener & { virtual: boolean })[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.role !== 'case') continue;
    let heading = false;
    for (let j = k + 1; j < lines.length && j <= k + REACH; j++) {
      const role = lines[j]!.role;
      if (role === 'case') break;
      if (role === 'heading' || role === 'decision') {
        heading = true;
        break;
      }
    }
    if (!heading) continue;
    const above = lines[k - 1];
    if (above && !above.role && above.type === 'TextLine' && titleShaped(above.text) && !/\.$/.test(above.text)) {
      byCase.push({ at: k - 1, number: null, label: null, title: above.text, head: [], form: 'titleAndCaseNumber', virtual: false });
    } else {
      byCase.push({ at: k, number: null, label: null, title: null, head: [], form: 'caseNumber', virtual: true });
    }
  }
  if (byCase.length) return byCase;

  const out: (Opener & { virtual: boolean })[] = [];
  let seen = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.role !== 'heading' && line.role !== 'decision') continue;
    const key = line.text.toLowerCase().replace(TRAILING, '');
    const opens = !out.length || seen.has(key) || (kinds[k] === 'summary' && seen.size > 0);
    if (opens) {
      out.push({ at: k, number: null, label: null, title: null, head: [], form: 'headings', virtual: true });
      seen = new Set();
    }
    seen.add(key);
  }
  return out.length >= 1 && lines.filter((l) => l.role === 'heading' || l.role === 'decision').length >= 2 ? out : [];
}

/** Trailing spaces, colons and full stops; entered only where the run starts (linear on long runs). */
const TRAILING = /(?<![\s:.])[\s:.]+$/;
