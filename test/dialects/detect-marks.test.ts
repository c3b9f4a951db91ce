import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineDialect, detectDialect, genericDialect, templateDialects } from 'referat';
import { linePatternSource } from '../../src/lexer/patterns.js';

/*
 * Detection looks for a mark only on the lines that hold its words (a fast path). It must find
 * exactly what the mark's line pattern finds when tried at every line start of the first 16 KB.
 */
const marks = [...new Set(templateDialects.flatMap((d) => d.detect)), 'Sagsnummer {n}', '{text} anbefaler,', 'Punkt {n}: {text}'];
const single = new Map(marks.map((m) => [m, defineDialect({ name: 'one', extends: genericDialect, detect: [m] })]));
const foundByDetection = (mark: string, text: string) => detectDialect(text, [single.get(mark)!]).score === 1;
const foundByPattern = (mark: string, text: string) => new RegExp(`^[ \\t#*_]*${linePatternSource(mark)}`, 'im').test(text.slice(0, 16 * 1024));

const documents = [
  ...readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  ...readdirSync('test/fixtures/corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`test/fixtures/corpus/${f}`, 'utf8')),
];

/** Variants that move line ends and case around a mark. */
function variants(text: string): string[] {
  return [
    text,
    text.replace(/\n/g, '\r\n'),
    text.replace(/\n/g, '\r'),
    text.toUpperCase(),
    text.replace(/\n/g, ' '),
    text.replace(/ /g, '\u00a0'),
    `İstanbul ${text}`,
  ];
}

describe('detection marks', () => {
  it('are found on the same documents as by their line patterns tried at every line', () => {
    let found = 0;
    for (const doc of documents) {
      for (const text of variants(doc)) {
        for (const mark of marks) {
          const expected = foundByPattern(mark, text);
          expect(foundByDetection(mark, text), mark).toBe(expected);
          if (expected) found++;
        }
      }
    }
    // The check is not empty: the seeds and corpus hold the built-in marks many times.
    expect(found).toBeGreaterThan(100);
  });

  it('are found on hand-written lines, and not inside a line', () => {
    expect(foundByDetection('{text} anbefaler,', 'Indledning\n  **Direktionen anbefaler,**\n')).toBe(true);
    expect(foundByDetection('{text} anbefaler,', 'Som Direktionen anbefaler, går vi videre')).toBe(true);
    expect(foundByDetection('Sagsnummer {n}', 'Se sagsnummer 12 i bilaget')).toBe(false);
    expect(foundByDetection('Sagsnummer {n}', 'Tekst\r# Sagsnummer 12\r')).toBe(true);
    expect(foundByDetection('Punkt {n}: {text}', 'x\u2028Punkt 3: Vejplan')).toBe(true);
  });
});
