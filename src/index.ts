/**
 * `referat`: parse the minutes (referater) and agendas (dagsordener) of Danish municipal
 * committee meetings into a typed, validated document tree.
 *
 * @module
 */
export { parse, type ParseResult } from './api.js';
export type { Format, ParseOptions } from './options.js';
export { DEFAULT_MAX_LINES } from './options.js';
export { serialize, type SerializeOptions } from './serialize/index.js';
export { ReferatOptionsError, ReferatDialectError, ReferatDocumentError } from './errors.js';
export { defineDialect, type Dialect, type DialectDefinition } from './dialect/define-dialect.js';
export { VocabularySchema, type Vocabulary } from './dialect/vocabulary.js';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_CODE_DOCS, type DiagnosticCode } from './diagnostics/codes.js';
export { tokenize, type Token } from './tokenize.js';
export * from './model/index.js';
export { detectDialect, type DetectedDialect } from './dialect/detect.js';
export { findDate, findTime, findPeriod, isoDate } from './text/dates.js';
export { readCaseNumber } from './interpret/case-number.js';
export { readAmount, type Amount, type AmountUnit } from './text/numbers.js';
export type { ParserOverride } from './dialect/define-dialect.js';
export {
  caseHistory,
  CaseEventSchema,
  CaseHistorySchema,
  CaseRecordSchema,
  type CaseEvent,
  type CaseHistory,
  type CaseRecord,
  type NamedReferat,
} from './history/case-history.js';

// The bundled dialects live in grammar/, with the words municipalities edit; they are declared
// again here to carry the package's documentation (every export has an example).
import * as grammar from '../grammar/index.js';
import type { Dialect } from './dialect/define-dialect.js';
import type { Vocabulary } from './dialect/vocabulary.js';
import type { CaseNumberParts as Parts } from './interpret/case-number.js';

/**
 * The built-in dialect for minutes from Thisted Kommune's template: `Punkt N:` items with
 * `Sagstema`, `Redegørelse`, …; earlier decisions quoted as `Beslutning fra <udvalg>, den <dato>,
 * punkt <n>:` under `Tidligere besluttet` (seeds 000 and 003, `docs/format.md`).
 *
 * @example
 * import { parse, thistedDialect } from 'referat';
 * const { document } = parse(text, { dialect: thistedDialect }); // no detection, no dialect-detected diagnostic
 */
export const thistedDialect: Dialect = grammar.thistedDialect;

/**
 * The built-in dialect for Lemvig Kommune's template: `Resume`, `Sagsfremstilling`, `Sagen
 * afgøres endelig af`; earlier decisions as `Beslutning fra <udvalg>, <dato>, pkt. <n>:`; KLE
 * numbers without a hyphen before the facet (seed 001).
 *
 * @example
 * import { lemvigDialect, parse } from 'referat';
 * const decisions = parse(text, { dialect: lemvigDialect }).document.items.flatMap((i) => i.decisions);
 */
export const lemvigDialect: Dialect = grammar.lemvigDialect;

/**
 * The built-in dialect for Lyngby-Taarbæk Kommune's template: `Resume`, `Indstilling`,
 * `Problemstilling`, `Løsninger`, `Beslutningskompetence`; inside `Beslutning`, one block per
 * committee opened by `<udvalg>, den <dato>` (seed 002).
 *
 * @example
 * import { lyngbyTaarbaekDialect, parse } from 'referat';
 * const authority = parse(text, { dialect: lyngbyTaarbaekDialect }).document.items[0]?.authority;
 */
export const lyngbyTaarbaekDialect: Dialect = grammar.lyngbyTaarbaekDialect;

/**
 * The built-in dialect for Lejre Kommune's template, usually read as Markdown:
 * `## **Punkt N: JAI - …**`, `### **Resumé**`, `Sagens forløb` with dated earlier decisions,
 * `Afbud:` after each decision (seed 004).
 *
 * @example
 * import { lejreDialect, parse } from 'referat';
 * const { document } = parse(markdown, { dialect: lejreDialect, format: 'markdown' });
 */
export const lejreDialect: Dialect = grammar.lejreDialect;

/**
 * The union of the layouts `referat` knows: every word of every built-in template. `parse`
 * falls back to it when no template's marks are found, and the templates extend it; start your
 * own dialect from it (`docs/dialects.md`).
 *
 * @example
 * import { defineDialect, genericDialect, parse } from 'referat';
 * const mine = defineDialect({ name: 'mine', extends: genericDialect, vocabulary: { itemOpeners: ['Sag {n}:'] } });
 * parse(text, { dialect: mine });
 */
export const genericDialect: Dialect = grammar.genericDialect;

/**
 * The dialect `parse` falls back to when detection finds no template: {@link genericDialect}.
 *
 * @example
 * import { defaultDialect, detectDialect } from 'referat';
 * const fallback = detectDialect('no marks of any template here').dialect === defaultDialect; // true
 */
export const defaultDialect: Dialect = grammar.defaultDialect;

/**
 * The templates {@link detectDialect} chooses among, in order, before it falls back to
 * {@link genericDialect}: Thisted, Lemvig, Lyngby-Taarbæk, Lejre.
 *
 * @example
 * import { defineDialect, detectDialect, genericDialect, templateDialects } from 'referat';
 * const nordby = defineDialect({ name: 'nordby', extends: genericDialect, detect: ['Pkt. {n} {text}'] });
 * const { dialect } = detectDialect(text, [...templateDialects, nordby]);
 */
export const templateDialects: readonly Dialect[] = grammar.templateDialects;

/**
 * The generic dialect's words, per category (item openers, section headings, header labels,
 * decision openers, …): the vocabulary a municipality's dialect starts from and changes
 * (`grammar/README.md`).
 *
 * @example
 * import { defineDialect, genericDialect, genericVocabulary } from 'referat';
 * const withSag = defineDialect({ name: 'sag', extends: genericDialect, vocabulary: { itemOpeners: [...genericVocabulary.itemOpeners, 'Sag {n}:'] } });
 */
export const genericVocabulary: Vocabulary = grammar.genericVocabulary;

/**
 * The parts of a case (journal) number, as {@link readCaseNumber} reads them: `scheme` is `kle`
 * for a KLE number (`subject` `27.69.48`, `facet` `P35`, `sequence` 1, `year` 2022, the year in
 * four digits) and `other` for any other system's (all parts null); `malformed` is true when the
 * number starts like a KLE subject but does not fit the form.
 *
 * @example
 * import { readCaseNumber, type CaseNumberParts } from 'referat';
 * const parts: CaseNumberParts = readCaseNumber('27.69.48-P35-1-22');
 * console.log(parts.scheme, parts.subject, parts.year); // 'kle' '27.69.48' 2022
 */
export interface CaseNumberParts extends Parts {}
