import { describe, expect, it } from 'vitest';
import { caseHistory, findDate, findPeriod, findTime, isoDate, readAmount, readCaseNumber } from 'referat';

/** Issue 14: exported helpers check their arguments and name themselves, instead of a raw TypeError from inside. */
describe('exported helpers type-check their arguments', () => {
  it.each([
    ['readAmount(null)', () => readAmount(null as never), /readAmount\(\) expects the cell text as a string, got null/],
    ['readAmount(5)', () => readAmount(5 as never), /readAmount\(\) expects .* got number 5/],
    ['readCaseNumber(5)', () => readCaseNumber(5 as never), /readCaseNumber\(\) expects the case number as a string, got number 5/],
    ['readCaseNumber({})', () => readCaseNumber({} as never), /got an object/],
    ['findDate(undefined)', () => findDate(undefined as never), /findDate\(\) expects the text as a string, got undefined/],
    ['findTime([])', () => findTime([] as never), /findTime\(\) expects .* got an array/],
    ['findPeriod(1)', () => findPeriod(1 as never), /findPeriod\(\) expects/],
    ['isoDate("2025", 1, 1)', () => isoDate('2025' as never, 1, 1), /isoDate\(\) expects the year as a whole number, got string 2025/],
    ['caseHistory([null])', () => caseHistory([null as never]), /caseHistory\(\) expects documents made by parse\(\)/],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('still reads what they are given right', () => {
    expect(readAmount('-3,80 mio. kr.')).toEqual({ value: -3.8, unit: 'mio. kr.' });
    expect(readCaseNumber('27.69.48-P35-1-22').subject).toBe('27.69.48');
    expect(isoDate(2025, 5, 22)).toBe('2025-05-22');
  });
});
