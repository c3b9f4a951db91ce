import { describe, expect, it } from 'vitest';
import { entryTailStart, tocEntryTitle } from '../../src/layout/toc.js';

/**
 * The definition `entryTailStart` replaces: a TOC row's leaders (or gap) and page number at its
 * end. Searched from every start, it took seconds on a run of thousands of dots (each start ran
 * to the run's end and failed); the scan gives the same cut in one pass.
 */
const ENTRY_TAIL = /(?:[ \t\u00a0]*[.…]{2,}[ .…\t\u00a0]*|\t[ \t\u00a0]*|[ \u00a0]{2,})(?:\d{1,4})?$/;

describe('a TOC row’s leaders and page number', () => {
  it('are cut where the pattern cuts, on every string of up to six of seven edge characters', () => {
    const alphabet = ['.', '…', ' ', '\t', '\u00a0', 'a', '1'];
    let mismatches = 0;
    const visit = (s: string, depth: number): void => {
      if (s.slice(0, entryTailStart(s)) !== s.replace(ENTRY_TAIL, '')) mismatches++;
      if (depth > 0) for (const c of alphabet) visit(s + c, depth - 1);
    };
    visit('', 6);
    expect(mismatches).toBe(0);
  });

  it.each([
    ['1. Godkendelse af dagsorden .......... 3', 'Godkendelse af dagsorden'],
    ['Budget 2025…………12', 'Budget 2025'],
    ['Meddelelser\t4', 'Meddelelser'],
    ['Punkt 3 Vejplan   17', 'Vejplan'],
    ['Salg af grund nr. 12345', 'Salg af grund nr. 12345'],
  ])('%j → %j', (row, title) => expect(tocEntryTitle(row)).toBe(title));
});
