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
});
