import { describe, expect, it } from 'vitest';
import { findDate, isoDate } from '../../src/text/dates.js';

/** `findDate` reads a printed date's ISO form without `isoDate`'s checks: it must agree with it. */
describe('findDate, ISO form of printed dates', () => {
  it('agrees with isoDate for every day and month written, in years around the calendar rules', () => {
    const wrong: string[] = [];
    for (const year of [0, 4, 24, 99, 100, 400, 999, 1600, 1900, 2000, 2024, 2025, 2100, 9999]) {
      const y = String(year).padStart(4, '0');
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const texts = [`${day}-${month}-${y}`, `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`];
          for (const text of texts) if (findDate(text)?.iso !== isoDate(year, month, day)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads month names in any case by their first letters', () => {
    expect(findDate('1. SEPT 2025')?.iso).toBe('2025-09-01');
    expect(findDate('30 Juni 2025')?.iso).toBe('2025-06-30');
    expect(findDate('31. jUL. 2025')?.iso).toBe('2025-07-31');
    expect(findDate('29. februar 2100')?.iso).toBe(null);
    expect(findDate('29. feb 0000')).toEqual({ iso: null, index: 0, length: 12 });
  });
});
