import { describe, expect, it } from 'vitest';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { phraseKey, phraseLine } from '../../src/lexer/phrase-line.js';

/**
 * The trie walk reads runs of spaces between words and what `phraseKey` trims off a line's end
 * in place (`wordAfterSpaces`, `endAfterTrail`); it must decide as the key lookup does.
 */
describe('phraseLine, spaces and trailing marks read in place', () => {
  const phrases = [...genericVocabulary.sectionHeadings.map((h) => h.text), 'Beslutning fra x', 'a b', ' Lead'];
  const { exec } = phraseLine(phrases);
  const keys = new Set(phrases.map(phraseKey));
  const maxLength = Math.max(...phrases.map((p) => p.length)) + 16;
  const expected = (line: string): string | null => (line.includes('\t') || line.length >= maxLength || !keys.has(phraseKey(line)) ? null : line);

  it('matches where the key lookup does', () => {
    const tails = ['', ':', ' :', ': ', '*', '**', '***', '_:', '__: ', '**:**', ': **', ' *:', ':*', '::', ': :', '\u00a0:\u00a0', '*_', ' x', '\t', '.', '  '];
    // Gaps and tails long enough to pass the length limit of a phrase line, read in place too.
    const long = ' '.repeat(maxLength);
    tails.push(long, `${long}:`, `:${long}`);
    const gaps = [' ', '  ', '\u00a0', ' \u00a0 ', ' *', '* ', ' :', '\t', long, '\u00a0'.repeat(maxLength - 12)];
    const lines: string[] = [];
    for (const phrase of phrases) {
      for (const head of ['', '*', '**', '_', '** ', ' ']) {
        for (const tail of tails) {
          lines.push(head + phrase + tail);
          for (const gap of gaps) lines.push(head + phrase.replace(/ /g, gap) + tail, head + phrase.replace(' ', gap) + tail);
        }
      }
    }
    const wrong = lines.filter((line) => (exec(`${line}\nx`, 0, [], {})?.[0] ?? null) !== (expected(line) === null ? null : `${line}\n`));
    expect(wrong).toEqual([]);
  });
});
