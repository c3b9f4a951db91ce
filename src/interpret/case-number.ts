import { expectString } from '../util/check-argument.js';
/**
 * Journal numbers. KLE numbers (the municipal classification, `27.69.48-P35-1-22`) are read
 * into their parts; other systems' numbers (`24-000584`, `EMN-2025-010561`) are kept as printed.
 */

/** The parts of a case number, as {@link readCaseNumber} finds them. */
export interface CaseNumberParts {
  scheme: 'kle' | 'other';
  subject: string | null;
  facet: string | null;
  sequence: number | null;
  year: number | null;
  /** True when the number starts like a KLE subject (`00.22.02…`) but does not fit the form. */
  malformed: boolean;
}

/** `subject` `-`? `facet` `-` `sequence` `-` `year`: `27.69.48-P35-1-22`, `00.30.14G01-4-21`, `27.00.00-Ø00-2-24`. */
const KLE = /^(\d{2}\.\d{2}\.\d{2})-?([A-ZÆØÅ]\d{2})-(\d{1,6})-(\d{2}|\d{4})$/;
const KLE_LIKE = /^\d{2}\.\d{2}\.\d{2}/;

/**
 * Reads a case number as printed. A two-digit year is taken as 20YY up to 69 and 19YY
 * from 70.
 *
 * @example
 * readCaseNumber('27.69.48-P35-1-22'); // { scheme: 'kle', subject: '27.69.48', facet: 'P35', sequence: 1, year: 2022, malformed: false }
 * readCaseNumber('24-000584');         // { scheme: 'other', subject: null, …, malformed: false }
 */
export function readCaseNumber(raw: string): CaseNumberParts {
  expectString('readCaseNumber', 'the case number', raw);
  const m = KLE.exec(raw.trim());
  if (m) {
    const yy = Number(m[4]);
    const year = m[4]!.length === 4 ? yy : yy < 70 ? 2000 + yy : 1900 + yy;
    return { scheme: 'kle', subject: m[1]!, facet: m[2]!, sequence: Number(m[3]), year, malformed: false };
  }
  return { scheme: 'other', subject: null, facet: null, sequence: null, year: null, malformed: KLE_LIKE.test(raw.trim()) };
}
