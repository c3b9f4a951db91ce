import { describe, expect, it } from 'vitest';
import { continuesLine, joinLines } from '../../src/text/plain.js';

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
