/**
 * `referat`: parse the minutes (referater) and agendas (dagsordener) of Danish municipal
 * committee meetings into a typed, validated document tree.
 *
 * @module
 */
export { parse, type ParseResult } from './api.js';
export type { Format, ParseOptions } from './options.js';
export { serialize, type SerializeOptions } from './serialize/index.js';
export { ReferatOptionsError, ReferatDialectError, ReferatDocumentError } from './errors.js';
export { defineDialect, type Dialect, type DialectDefinition } from './dialect/define-dialect.js';
export { VocabularySchema, type Vocabulary } from './dialect/vocabulary.js';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_CODE_DOCS, type DiagnosticCode } from './diagnostics/codes.js';
export { tokenize, type Token } from './tokenize.js';
export * from './model/index.js';
export {
  defaultDialect,
  genericDialect,
  genericVocabulary,
  lejreDialect,
  lemvigDialect,
  lyngbyTaarbaekDialect,
  templateDialects,
  thistedDialect,
} from '../grammar/index.js';
export { detectDialect, type DetectedDialect } from './dialect/detect.js';
export { findDate, findTime, findPeriod, isoDate } from './text/dates.js';
export { readCaseNumber, type CaseNumberParts } from './interpret/case-number.js';
export { readAmount, type Amount, type AmountUnit } from './text/numbers.js';
export { ReferatParser } from './parser/parser.js';
export type { BlockNode, FrontNode, ItemNode, Outline, SectionNode } from './parser/outline.js';
export type { ParserExtension } from './dialect/define-dialect.js';
export { lineTokens } from './lexer/line-tokens.js';
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
