import { describe, expect, it } from 'vitest';
import { continuesLine, hasDigit, isSpace, joinLines } from '../../src/text/plain.js';

describe('joinLines', () => {
  it.each([
    [['Budgettet for', 'skolerne'], 'Budgettet for skolerne'],
    [['den samlede budget-', 'opfølgning'], 'den samlede budgetopfølgning'],
    [['Social-', 'og Sundhedsudvalget'], 'Social- og Sundhedsudvalget'],
    [['den nye KL-', 'aftale'], 'den nye KL-aftale'],
    [['perioden 2024-', '2027'], 'perioden 2024-2027'],
    [['', 'alene'], 'alene'],
  ])('%j → %s', (lines, text) => {
    expect(joinLines(lines)).toBe(text);
  });
});

describe('wrapWidth', () => {
  it('finds the width of text wrapped at a fixed width, and none in a paragraph per line', async () => {
    const { wrapWidth } = await import('../../src/text/wrap-width.js');
    const wrapped = Array.from({ length: 60 }, (_, i) => (i % 5 === 4 ? 30 : 64 + (i % 7)));
    expect(wrapWidth(wrapped)).toBe(70);
    const paragraphs = Array.from({ length: 60 }, (_, i) => 40 + ((i * 37) % 400));
    expect(wrapWidth(paragraphs)).toBeNull();
    expect(wrapWidth(wrapped.slice(0, 20))).toBeNull();
  });

  it('agrees with the definition read off the sorted lengths', async () => {
    const { wrapWidth } = await import('../../src/text/wrap-width.js');
    const byDefinition = (lengths: number[]) => {
      if (lengths.length < 40) return null;
      const sorted = [...lengths].sort((a, b) => a - b);
      const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
      if (p90 < 40 || p90 > 130) return null;
      const near = sorted.filter((n) => n >= p90 - 15 && n <= p90 + 3).length;
      const over = sorted.filter((n) => n > p90 + 10).length;
      return near / sorted.length >= 0.35 && over / sorted.length <= 0.03 ? p90 : null;
    };
    // A seeded generator: wrapped widths with short last lines, some lines past the count's cap.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let widths = 0;
    for (let run = 0; run < 3000; run++) {
      const width = 20 + Math.floor(random() * 140);
      const count = 30 + Math.floor(random() * 120);
      const spread = Math.floor(random() * 30);
      const long = random() * 0.08;
      const lengths = Array.from({ length: count }, () => {
        const r = random();
        if (r < long) return 131 + Math.floor(random() * 5000);
        if (r < 0.2) return Math.floor(random() * width);
        return Math.max(0, width - Math.floor(random() * spread));
      });
      const expected = byDefinition(lengths);
      if (expected !== null) widths++;
      expect([run, wrapWidth(lengths)]).toEqual([run, expected]);
    }
    expect(widths).toBeGreaterThan(300);
  });
});

describe('continuesLine', () => {
  it('runs a line on when it starts with any character that upper case changes, as toUpperCase says', () => {
    // Every UTF-16 unit, twice (the second pass reads what the first remembered), surrogates too.
    for (let pass = 0; pass < 2; pass++) {
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        if (continuesLine('Kort', `${c}x`) !== (c !== c.toUpperCase())) throw new Error(`U+${code.toString(16)}`);
      }
    }
    expect(continuesLine('Kort', 'ærlig talt')).toBe(true);
    expect(continuesLine('Kort', 'Ærlig talt')).toBe(false);
    expect(continuesLine('Kort', '\ud800x\udc00')).toBe(false);
  });
});

describe('hasDigit', () => {
  it('says what /\\d/ says, for every UTF-16 unit alone and inside a text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `Punkt ${c}`, `${c} ab`]) if (hasDigit(text) !== /\d/.test(text)) throw new Error(`U+${code.toString(16)}`);
    }
    expect(hasDigit('')).toBe(false);
    expect(hasDigit('Sag 12-345')).toBe(true);
    expect(hasDigit('١٢٣ ５')).toBe(false);
  });
});

describe('isHeadingShaped', () => {
  it('takes a short capitalised line without a colon or TAB that does not end a sentence', async () => {
    const { isHeadingShaped } = await import('../../src/text/plain.js');
    expect(['Baggrund', 'Økonomi og administration', 'Ab', 'Sagsfremstilling\u200b'].map(isHeadingShaped)).toEqual([true, true, true, true]);
    const not = ['B', 'baggrund', 'Baggrund:', 'Sag: 12', 'Navn\tBeløb', 'Det blev vedtaget.', 'Udvalget, der.', 'Hvad nu;', 'Ja!', 'Hvorfor?', `A${'b'.repeat(80)}`, '1. Budget', '(Bilag)'];
    expect(not.map(isHeadingShaped)).toEqual(not.map(() => false));
  });

  it('agrees with its definition as patterns, on lines of every length and mark', async () => {
    const { isHeadingShaped } = await import('../../src/text/plain.js');
    const byDefinition = (text: string) =>
      text.length >= 2 && text.length <= 80 && /^[A-ZÆØÅÄÖÜ]/.test(text) && !/[:\t]/.test(text) && !/[.,;:!?]$/.test(text);
    const pieces = ['A', 'Ø', 'a', ' ', ':', '\t', '.', ',', ';', '!', '?', '\u200b', 'b', '1', '\u00a0'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 20000; n++) {
      const length = Math.floor(random() * 90);
      let text = '';
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * (i === 0 ? 3 : pieces.length))];
      expect([text, isHeadingShaped(text)]).toEqual([text, byDefinition(text)]);
    }
  });
});

describe('isSpace', () => {
  it('is `\\s` of a RegExp, for every UTF-16 unit', () => {
    const space = /\s/;
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== space.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(isSpace(Number.NaN)).toBe(false);
  });
});
