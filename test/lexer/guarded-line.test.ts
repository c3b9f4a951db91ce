import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lexer } from 'chevrotain';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { buildLexer } from '../../src/lexer/build-lexer.js';
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
        // One run over the text's lines, in order: the guard keeps its place in the run.
        for (const offset of lineStarts(text)) {
          const expected = plain(text, offset);
          expect(guard.exec(text, offset, [], {})?.[0] ?? null).toBe(expected);
          if (expected) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(10);
  });

  it('starts over further back in a run, and when reset between runs', () => {
    const guard = guardedLine(regex, patterns);
    const text = 'Borgmesteren indstiller,\nTekst\nDirektionen anbefaler:\n';
    expect(guard.exec(text, 31, [], {})?.[0]).toBe('Direktionen anbefaler:\n');
    expect(guard.exec(text, 0, [], {})?.[0]).toBe('Borgmesteren indstiller,\n');
    expect(guard.exec(text, 25, [], {})).toBeNull();
    // A run that found no guard word says nothing of the next run's text, once reset.
    guard.reset();
    expect(guard.exec('Tekst\n', 0, [], {})).toBeNull();
    guard.reset();
    expect(guard.exec('Tekst\nTekst\nBorgmesteren indstiller,\n', 12, [], {})?.[0]).toBe('Borgmesteren indstiller,\n');
    // Nor does a run that found its word further on.
    guard.reset();
    expect(guard.exec('Tekst\nTekst\nTekst\nDirektionen anbefaler:\n', 18, [], {})?.[0]).toBe('Direktionen anbefaler:\n');
    guard.reset();
    expect(guard.exec('Borgmesteren indstiller,\nTekst\nTekst\nTekst\nTekst\n', 50, [], {})).toBeNull();
    // Further back than the call before, without a reset.
    expect(guard.exec('Tekst\nBorgmesteren indstiller,\n', 6, [], {})?.[0]).toBe('Borgmesteren indstiller,\n');
  });

  it('is reset by the lexer before each run, whatever the run before found', () => {
    const { lexer, everyToken } = buildLexer(genericVocabulary);
    const kinds = (l: Lexer, text: string) => l.tokenize(text, 'text').tokens.map((t) => t.tokenType.name).join(' ');
    for (const l of [lexer, everyToken()]) {
      // No guard word in a line; then one in a line at the same offset (no call further back).
      expect(kinds(l, 'Tekst\n')).toBe('TextLine');
      expect(kinds(l, 'Borgmesteren indstiller,\n')).toBe('RecommendationHeading');
      // No guard word in the first text; the second has one further on than the first's lines.
      expect(kinds(l, 'Tekst\n'.repeat(5))).toBe('TextLine TextLine TextLine TextLine TextLine');
      expect(kinds(l, 'Tekst\nTekst\nTekst\nBorgmesteren indstiller,\n')).toBe('TextLine TextLine TextLine RecommendationHeading');
      // A word found far on in one text, then a text that ends before it.
      expect(kinds(l, `${'Tekst\n'.repeat(50)}Borgmesteren indstiller,\n`).endsWith('TextLine RecommendationHeading')).toBe(true);
      expect(kinds(l, 'Tekst\nRådmanden indstiller,\n')).toBe('TextLine RecommendationHeading');
    }
  });

  it('guards a pattern that opens with {text} by its longest word', () => {
    expect(guardWord('{text} indstiller,')).toBe('indstiller,');
    expect(guardWord('{text}s beslutning den {text}')).toBe('beslutning');
    expect(guardWord('Punkt {n}: {text}')).toBeNull();
    expect(guardWord('{text}')).toBeNull();
  });
});
