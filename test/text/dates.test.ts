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
    ['22-5-2025', '2025-05-22'],
    ['1.10.2025', '2025-10-01'],
    ['01/10/2025', '2025-10-01'],
    ['Mandag den 3. marts 2025', '2025-03-03'],
    ['3. MARTS 2025', '2025-03-03'],
    ['2. januar 2026', '2026-01-02'],
    ['2. jan. 2026', '2026-01-02'],
    ['14. feb. 2024', '2024-02-14'],
    ['5. apr 2023', '2023-04-05'],
    ['15. okt 2024', '2024-10-15'],
    ['30. nov. 2022', '2022-11-30'],
    ['24. dec 2021', '2021-12-24'],
    ['1. august 2025', '2025-08-01'],
    ['31. juli 2025', '2025-07-31'],
    ['Beslutning fra Udvalget, den 13. maj 2025, punkt 64:', '2025-05-13'],
    ['2025-03-03T10:00:00+01:00', '2025-03-03'],
    ['2025-03-03 10:00', '2025-03-03'],
    ['Referat 22-05-2025 og 23-05-2025', '2025-05-22'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('gives null for an impossible date, and no date where there is none', () => {
    expect(findDate('31-02-2025')).toMatchObject({ iso: null, index: 0, length: 10 });
    expect(findDate('29-02-2025')?.iso).toBeNull();
    expect(findDate('Mødelokale 4')).toBeNull();
    expect(findDate('32. maj 2025')?.iso).toBeNull();
    expect(findDate('15-13-2025')?.iso).toBeNull();
    expect(findDate('22.05.25')).toBeNull(); // two-digit years are not read: too close to case numbers
    expect(findDate('maj 2025')).toBeNull();
  });

  it.each([
    ['kl. 15:00', '15:00'],
    ['kl. 15.45', '15:45'],
    ['Kl. 9', '09:00'],
    ['kl.14.00-17.00', '14:00'],
    ['kl 16', '16:00'],
    ['Kl. 08:15', '08:15'],
    ['klokken 10', '10:00'],
    ['2025-05-22T15:00', '15:00'],
  ])('reads the time in %s as %s', (text, time) => {
    expect(findTime(text)).toBe(time);
  });

  it('gives null for impossible or absent times', () => {
    expect(findTime('kl. 25')).toBeNull();
    expect(findTime('kl. 15:60')).toBeNull();
    expect(findTime('Mødelokale 4')).toBeNull();
  });

  it('reads election periods and ignores year pairs that are not one', () => {
    expect(findPeriod('Handicaprådet 2022 - 2025')?.period).toBe('2022-2025');
    expect(findPeriod('2022-2025')?.period).toBe('2022-2025');
    expect(findPeriod('Valgperiode 2022–2025')?.period).toBe('2022-2025');
    expect(findPeriod('2016 til 2017')).toBeNull();
    expect(findPeriod('1990-2025')).toBeNull();
  });
});
