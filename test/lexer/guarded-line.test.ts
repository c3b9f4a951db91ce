import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardedLine, guardWord } from '../../src/lexer/guarded-line.js';
import { EMPHASIS, linePatternSource } from '../../src/lexer/patterns.js';

const documents = [
  ...readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  ...readdirSync('test/fixtures/corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`test/fixtures/corpus/${f}`, 'utf8')),
];
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\r\n?|\n/g)].map((m) => m.index + m[0].length)];

describe('guardedLine', () => {
  const patterns = ['{text} indstiller,', '{text} anbefaler:'];
  const regex = new RegExp(`${EMPHASIS}(?:${patterns.map(linePatternSource).join('|')})[^\\r\\n]*(?:\\r\\n?|\\n)?`, 'i');
  const sticky = new RegExp(regex.source, 'iy');
  const plain = (text: string, offset: number) => {
    sticky.lastIndex = offset;
    return sticky.exec(text)?.[0] ?? null;
  };

  it('matches where the pattern matches, at every line start of real documents and their variants', () => {
    let matched = 0;
    for (const doc of documents) {
      for (const text of [doc, doc.replace(/\n/g, '\r\n'), doc.replace(/\n/g, '\r'), doc.toUpperCase()]) {
        const guard = guardedLine(regex, patterns);
        // One token list per run, as Chevrotain passes it: the guard keeps its place in the run.
        const run: never[] = [];
        for (const offset of lineStarts(text)) {
          const expected = plain(text, offset);
          expect(guard(text, offset, run, {})?.[0] ?? null).toBe(expected);
          if (expected) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(10);
  });

  it('starts over when called in another run or further back', () => {
    const guard = guardedLine(regex, patterns);
    const text = 'Borgmesteren indstiller,\nTekst\nDirektionen anbefaler:\n';
    const run: never[] = [];
    expect(guard(text, 31, run, {})?.[0]).toBe('Direktionen anbefaler:\n');
    expect(guard(text, 0, run, {})?.[0]).toBe('Borgmesteren indstiller,\n');
    expect(guard(text, 25, run, {})).toBeNull();
    // Another run (another token list), further on in its text than the last call was.
    expect(guard(`Tekst\n${text}`, 6, [], {})?.[0]).toBe('Borgmesteren indstiller,\n');
    expect(guard('Borgmesteren siger\nat hun indstiller,\n', 0, [], {})).toBeNull();
    const other: never[] = [];
    expect(guard('Tekst\nTekst\nTekst\nDirektionen anbefaler:\n', 18, other, {})?.[0]).toBe('Direktionen anbefaler:\n');
    expect(guard('Borgmesteren indstiller,\nTekst\nTekst\nTekst\nTekst\n', 50, [], {})).toBeNull();
    // A run that found no guard word says nothing of the next run's text.
    const fresh = guardedLine(regex, patterns);
    expect(fresh('Tekst\n', 0, [], {})).toBeNull();
    expect(fresh('Tekst\nTekst\nBorgmesteren indstiller,\n', 12, [], {})?.[0]).toBe('Borgmesteren indstiller,\n');
  });

  it('guards a pattern that opens with {text} by its longest word', () => {
    expect(guardWord('{text} indstiller,')).toBe('indstiller,');
    expect(guardWord('{text}s beslutning den {text}')).toBe('beslutning');
    expect(guardWord('Punkt {n}: {text}')).toBeNull();
    expect(guardWord('{text}')).toBeNull();
  });
});
