import { describe, expect, it } from 'vitest';
import { genericVocabulary } from 'referat';
import { attendanceMemo, readAttendance } from '../../src/interpret/attendance.js';
import { splitNames } from '../../src/interpret/names.js';
import { outcomeOf } from '../../src/interpret/outcome.js';
import { readMunicipality } from '../../src/interpret/item-fields.js';

/** The helpers that read a text once instead of scanning it per phrase, and the attendance memo. */

const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const entries = (...texts: string[]) => texts.map((text) => ({ text, range }));

describe('splitNames', () => {
  it.each([
    ['A Berg og B Holm', ['A Berg', 'B Holm']],
    ['A Berg  og B Holm', ['A Berg', 'B Holm']],
    ['A Berg   og B Holm', ['A Berg', 'B Holm']],
    ['A Berg og  og B', ['A Berg', 'og B']],
    ['A Berg\u00a0og\u00a0\u00a0B Holm', ['A Berg', 'B Holm']],
    ['A Berg og', ['A Berg og']],
    ['A Berg (A, B) og C Dahl (C)', ['A Berg', 'C Dahl']],
    ['Bo og', ['Bo og']],
  ])('%j → %j', (text, names) => {
    expect(splitNames(text).map((n) => n.name)).toEqual(names);
  });
});

describe('readAttendance with a memo', () => {
  const words = genericVocabulary.attendance;
  const lines = entries('Fraværende: Leo Jørgensen', 'Godkendt.', 'Ib Poulsen (O) var fraværende. I stedet deltog Bo Berg (O).');

  it('reads as without one, with new objects for each reading', () => {
    const memo = attendanceMemo();
    const first = readAttendance(lines, words, memo);
    const again = readAttendance(lines, words, memo);
    expect(again).toEqual(readAttendance(lines, words));
    expect(again).toEqual(first);
    expect(again.attendance.absent[0]).not.toBe(first.attendance.absent[0]);
    expect(first.attendance.substitutes[0]).toMatchObject({ name: 'Bo Berg', party: 'O', for: 'Ib Poulsen' });
  });
});

describe('outcomeOf', () => {
  const phrases = [
    { phrase: 'godkendt', outcome: 'approved' },
    { phrase: 'ikke godkendt', outcome: 'rejected' },
    { phrase: 'taget til efterretning', outcome: 'noted' },
  ] as const;
  it.each([
    ['Ikke godkendt.', 'rejected'],
    ['Godkendtes ikke, men taget til efterretning.', 'noted'],
    ['Ugodkendt, godkendt.', 'approved'],
    ['x.y (godkendt)', 'approved'],
  ])('%s → %s', (text, outcome) => {
    expect(outcomeOf(text, phrases)).toBe(outcome);
  });
});

describe('readMunicipality', () => {
  it('counts ` KOMMUNE` after ` Kommune` on a tie, and skips `Kommunen`', () => {
    expect(readMunicipality('NORDBY KOMMUNE\nSyd Kommune\nHer i Kommunen')).toBe('Syd Kommune');
    expect(readMunicipality('Kommune alone, Vest Kommunes plan')).toBe('Vest Kommune');
  });
});
