import { describe, expect, it } from 'vitest';
import { MONTHS, findDate, isoDate } from '../../src/text/dates.js';

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

  it('finds what the three forms searched one by one find (the earliest; numeric, ISO, named at one index)', () => {
    const numeric = /(?<![\d.])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)/;
    const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
    const names = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
    const named = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${names})\\.?,?\\s+(\\d{4})(?!\\d)`, 'i');
    const reference = (text: string) => {
      let best: { iso: string | null; index: number; length: number } | null = null;
      const n = numeric.exec(text);
      if (n) best = { iso: isoDate(Number(n[3]), Number(n[2]), Number(n[1])), index: n.index, length: n[0].length };
      const i = iso.exec(text);
      if (i && (!best || i.index < best.index)) best = { iso: isoDate(Number(i[1]), Number(i[2]), Number(i[3])), index: i.index, length: i[0].length };
      const w = named.exec(text);
      if (w && (!best || w.index < best.index)) best = { iso: isoDate(Number(w[3]), MONTHS[w[2]!.toLowerCase()]!, Number(w[1])), index: w.index, length: w[0].length };
      return best;
    };
    const parts = ['0', '1', '29', '02', '2025', '0000', '12345', '-', '.', '/', ',', ' ', '\u00a0', '\n', 'maj', 'MAJ', 'Sept', 'sep', 'septembe', 'dec.', 'juni', 'ju', 'x', '2025-05-01', '01-13-2025'];
    let seed = 1;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const wrong: string[] = [];
    for (let r = 0; r < 20000; r++) {
      let text = '';
      for (let k = 1 + next(8); k > 0; k--) text += parts[next(parts.length)];
      if (JSON.stringify(findDate(text)) !== JSON.stringify(reference(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
