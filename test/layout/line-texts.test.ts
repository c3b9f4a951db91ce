import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { LineTexts } from '../../src/layout/line-texts.js';

const token = (startOffset: number, image: string) => ({ startOffset, image }) as IToken;

describe('LineTexts', () => {
  const tokens = [token(0, 'Punkt 1: A\n'), token(11, 'Tekst\n'), token(18, 'Mere\n'), token(18, ''), token(25, 'Slut\n')];
  const texts = ['Punkt 1: A', 'Tekst', 'Mere', '', 'Slut'];

  it('gives each token the text read for it, asked in order, out of order and again', () => {
    const lines = new LineTexts(tokens, texts);
    expect(tokens.map((t) => lines.of(t))).toEqual(texts);
    expect([4, 0, 2, 2, 1, 3, 0].map((k) => lines.of(tokens[k]!))).toEqual([4, 0, 2, 2, 1, 3, 0].map((k) => texts[k]));
  });

  it('knows a token by itself, not by its offset or image: a token made later is not there', () => {
    const lines = new LineTexts(tokens, texts);
    expect(lines.of(token(18, 'Mere\n'))).toBeUndefined();
    expect(lines.of(token(11, 'Tekst\n'))).toBeUndefined();
    expect(lines.of(token(40, 'Efter\n'))).toBeUndefined();
    expect(lines.of(tokens[3]!)).toBe('');
    expect(new LineTexts([], []).of(tokens[0]!)).toBeUndefined();
  });

  it('finds every token asked for in any order, skipping lines forward and back', () => {
    // A seeded generator (mulberry32), so that a failure reproduces.
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let round = 0; round < 200; round++) {
      // Lines in input order; one in five shares its offset with the line before (an empty token).
      const many: IToken[] = [];
      for (let offset = 0, k = 0; k < 1 + Math.floor(random() * 300); k++) {
        if (k === 0 || random() >= 0.2) offset += 1 + Math.floor(random() * 9);
        many.push(token(offset, `L${k}\n`));
      }
      const lines = new LineTexts(many, many.map((_, k) => `L${k}`));
      let k = 0;
      for (let ask = 0; ask < 100; ask++) {
        const r = random();
        // Mostly forward by a few lines or by a table's many, sometimes back, sometimes a stranger.
        if (r < 0.5) k = Math.min(many.length - 1, k + Math.floor(random() * 3));
        else if (r < 0.8) k = Math.min(many.length - 1, k + Math.floor(random() * 200));
        else k = Math.floor(random() * many.length);
        if (random() < 0.1) expect(lines.of(token(many[k]!.startOffset, 'x'))).toBeUndefined();
        expect(lines.of(many[k]!)).toBe(`L${k}`);
      }
    }
  });
});
