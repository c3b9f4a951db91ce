/**
 * Every diagnostic code the engine reports, with what it means. This table is the source of
 * `docs/diagnostics.md`; add a code here before reporting it.
 *
 * @example
 * import { DIAGNOSTIC_CODE_DOCS, parse } from 'referat';
 * for (const d of parse(text).diagnostics) console.log(d.code, '—', DIAGNOSTIC_CODE_DOCS[d.code]);
 */
export const DIAGNOSTIC_CODE_DOCS = {
  'dialect-detected': 'No dialect was given; the one named was chosen by its marks in the text (`detectDialect`).',
  'empty-input': 'The input holds no text (empty or only whitespace).',
  'binary-content': 'The input holds control characters or U+FFFD; it is probably not text.',
  'missing-title': 'No title line (REFERAT …, DAGSORDEN …) was found before the first item.',
  'missing-items': 'No agenda item opener (`Punkt N:` or the dialect’s equivalent) was found.',
  'inferred-field':
    'A header value (date, start time, committee) was read from an unlabelled front-matter line; check it.',
  'invalid-date': 'A date or time was found but could not be read as a real date.',
  'unrecognised-front-matter':
    'Lines before the first item are neither a header field nor the table of contents; they are kept in `preamble`. One diagnostic covers a run of such blocks.',
  'stray-heading': 'A section heading stands before the first agenda item; it is kept as a heading block.',
  'toc-entry-unmatched': 'A table-of-contents entry matches no agenda item by title.',
  'item-number-sequence': 'An agenda item number does not follow the previous one.',
  'case-number-malformed': 'A case number starts like a KLE number but does not fit its form; only `raw` is kept.',
  'attendance-name-unmatched':
    'A name in an attendance line of this meeting’s decision is not among the meeting’s participants.',
  'attendance-name-fuzzy':
    'A name in an attendance line was linked to a participant spelled differently (`person.fuzzy`).',
  'encoding-guessed':
    'The `referat` command read a file that is neither UTF-8 nor marked by a BOM; the encoding named was guessed (chardet), or assumed (windows-1252) when chardet is not installed.',
  'replacement-character':
    'The decoded text holds U+FFFD: bytes that were not valid in the encoding, or text damaged before it was saved.',
  'unread-lines':
    'The input has more lines than the `maxLines` option allows (default 500,000, far above any real minutes); the rest is kept unread as an `unread` artifact, so that the round trip still writes it.',
  'grammar-recovery':
    'The grammar could not place some lines and recovered; they are kept as text. Please report the input.',
} as const;

/**
 * A diagnostic code.
 *
 * @example
 * import { parse, type DiagnosticCode } from 'referat';
 * const wanted: DiagnosticCode = 'case-number-malformed';
 * const bad = parse(text).diagnostics.filter((d) => d.code === wanted);
 */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODE_DOCS;

/**
 * All diagnostic codes, for schemas and docs.
 *
 * @example
 * import { DIAGNOSTIC_CODES, parse } from 'referat';
 * const known = new Set<string>(DIAGNOSTIC_CODES);
 * for (const d of parse(text).diagnostics) console.assert(known.has(d.code));
 */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CODE_DOCS) as [
  DiagnosticCode,
  ...DiagnosticCode[],
];
