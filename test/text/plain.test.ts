import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/text/plain.js';

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
