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
