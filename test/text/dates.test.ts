import { describe, expect, it } from 'vitest';
import { findDate, findPeriod, findTime } from 'referat';

describe('dates', () => {
  it.each([
    ['22-05-2025', '2025-05-22'],
    ['d. 22-05-2025', '2025-05-22'],
    ['22.05.2025', '2025-05-22'],
    ['11/06/2024 Udvalget for Børn og Ungdom', '2024-06-11'],
    ['Torsdag d. 22. maj 2025 kl. 15:00', '2025-05-22'],
    ['den 1. oktober 2025', '2025-10-01'],
    ['23. jun 2020', '2020-06-23'],
    ['4. sept. 2023', '2023-09-04'],
    ['Onsdag d. 4 januar 2023, kl. 15:00', '2023-01-04'],
    ['2025-05-22T15:00', '2025-05-22'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('gives null for an impossible date, and no date where there is none', () => {
    expect(findDate('31-02-2025')).toMatchObject({ iso: null, index: 0, length: 10 });
    expect(findDate('29-02-2025')?.iso).toBeNull();
    expect(findDate('Mødelokale 4')).toBeNull();
  });

  it.each([
    ['kl. 15:00', '15:00'],
    ['kl. 15.45', '15:45'],
    ['Kl. 9', '09:00'],
    ['kl.14.00-17.00', '14:00'],
  ])('reads the time in %s as %s', (text, time) => {
    expect(findTime(text)).toBe(time);
  });

  it('reads election periods and ignores year pairs that are not one', () => {
    expect(findPeriod('Handicaprådet 2022 - 2025')?.period).toBe('2022-2025');
    expect(findPeriod('2022-2025')?.period).toBe('2022-2025');
    expect(findPeriod('2016 til 2017')).toBeNull();
    expect(findPeriod('1990-2025')).toBeNull();
  });
});
