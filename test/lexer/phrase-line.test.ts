import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { phraseKey, phraseLine } from '../../src/lexer/phrase-line.js';

const documents = [
  ...readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  ...readdirSync('test/fixtures/corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`test/fixtures/corpus/${f}`, 'utf8')),
];

/** What the pattern must match: the line, when its key is one of the phrases' (no TAB, not too long). */
function reference(phrases: readonly string[]) {
  const keys = new Set(phrases.map(phraseKey));
  const maxLength = Math.max(0, ...phrases.map((p) => p.length)) + 16;
  return (text: string, offset: number): string | null => {
    const line = /^[^\r\n]*/.exec(text.slice(offset))![0];
    if (line.includes('\t') || line.length >= maxLength) return null;
    return keys.has(phraseKey(line)) ? /^[^\r\n]*(?:\r\n?|\n)?/.exec(text.slice(offset))![0] : null;
  };
}

describe('phraseLine', () => {
  const phrases = [...genericVocabulary.sectionHeadings.map((h) => h.text), 'İstanbul', 'Σοφία', 'I alt', 'Ⱥb', 'Жильё и быт', 'Bilag\u200b', '𐐀ab', 'Σοφίας'];
  const { exec } = phraseLine(phrases);
  const expected = reference(phrases);
  /** The lines (of those given) where the pattern and the lookup disagree. */
  const disagreements = (lines: Iterable<string>): string[] => {
    const found: string[] = [];
    for (const line of lines) {
      for (const text of [line, `${line}\n`, `${line}\r\nx`, `x\n${line}\r`]) {
        const offset = text.startsWith('x\n') ? 2 : 0;
        if ((exec(text, offset, [], {})?.[0] ?? null) !== expected(text, offset)) found.push(text);
      }
    }
    return found;
  };

  it('matches where the key lookup does, on every line of real documents and their variants', () => {
    const lines = new Set(documents.flatMap((d) => d.split(/\r?\n/)).filter((l) => l.length < 80));
    expect(disagreements([...lines].flatMap((l) => [l, l.toUpperCase(), `**${l}:**`, l.slice(0, 9)]))).toEqual([]);
  });

  it('matches where the key lookup does, on phrases written in every way', () => {
    const marks = ['', '*', '**', '_', '__', ':', ' ', '  ', '\u00a0', '\t', 'İ', 'Σ', 'ς', 'ß', 'ſ', 'Ⱥ', 'x', '\u200b', 'Ж', 'ж', '中', '\ud800', '\udc00', '𐐀', '𐐨', '\u2028', '\u3000'];
    const lines: string[] = [];
    for (const phrase of phrases) {
      for (const base of [phrase, phrase.toUpperCase(), phrase.toLowerCase(), phrase.replace(/ /g, ' \u00a0')]) {
        for (const mark of marks) {
          for (const at of [0, 1, 3, base.length - 1, base.length]) {
            lines.push(base.slice(0, at) + mark + base.slice(at), base.slice(0, at) + mark + base.slice(at + 1));
          }
        }
      }
    }
    expect(disagreements(lines)).toEqual([]);
  });
});
