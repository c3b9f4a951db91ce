import type { Dialect } from './dialect/define-dialect.js';
import { isDialect } from './dialect/define-dialect.js';
import { ReferatOptionsError } from './errors.js';

/**
 * How the input is written.
 *
 * @example
 * import { parse, type Format } from 'referat';
 * const format: Format = file.endsWith('.md') ? 'markdown' : 'text';
 * parse(text, { format });
 */
export type Format = 'auto' | 'text' | 'markdown';

/**
 * Options of {@link parse}.
 *
 * @example
 * import { parse, thistedDialect, type ParseOptions } from 'referat';
 * const options: ParseOptions = { dialect: thistedDialect, format: 'text', kleTitles: { '27.69.48': 'Handicaprådet' } };
 * const { document } = parse(text, options);
 */
export interface ParseOptions {
  /**
   * The layout to read. Make one with `defineDialect`, or use a bundled one. Default: the
   * built-in dialect `detectDialect` picks (reported as a `dialect-detected` diagnostic).
   */
  dialect?: Dialect;
  /**
   * `text` for text extracted from PDF or web pages, `markdown` for a Markdown rendering
   * (`#` headings, `**bold**`, `\_` escapes), `auto` to tell from the input.
   * Default: `'auto'`.
   */
  format?: Format;
  /**
   * KLE subject titles by subject number (`{ '27.69.48': 'Handicaprådet' }`), to fill
   * `caseNumber.title`. `referat` ships no titles (KL licenses them); pass your own copy.
   */
  kleTitles?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /**
   * The most lines read for structure: a positive integer, or `Infinity`. The lines past it
   * are kept as one `unread` artifact at the end of the document, with an `unread-lines`
   * warning, so that memory stays bounded on any input (the tree costs a few hundred bytes
   * per line). Real minutes run to a few ten thousand lines.
   * Default: {@link DEFAULT_MAX_LINES} (500,000).
   */
  maxLines?: number;
}

/**
 * The default of `ParseOptions.maxLines`: 500,000 lines, ten times a 1,000-page PDF's text.
 *
 * @example
 * import { parse, DEFAULT_MAX_LINES } from 'referat';
 * const { document } = parse(text, { maxLines: DEFAULT_MAX_LINES * 4 });
 */
export const DEFAULT_MAX_LINES = 500_000;

const FORMATS = new Set<Format>(['auto', 'text', 'markdown']);
const KEYS = new Set(['dialect', 'format', 'kleTitles', 'maxLines']);

/** Checks parse options once, throwing {@link ReferatOptionsError} on a programmer error. */
export function checkParseOptions(options: unknown): ParseOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ReferatOptionsError('options', `expected an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key)) throw new ReferatOptionsError(key, 'unknown option (expected dialect, format, kleTitles or maxLines)');
  }
  const { dialect, format, kleTitles, maxLines } = options as Record<string, unknown>;
  if (dialect !== undefined && !isDialect(dialect)) {
    throw new ReferatOptionsError('dialect', `expected a Dialect made by defineDialect(), got ${describe(dialect)}`);
  }
  if (format !== undefined && !FORMATS.has(format as Format)) {
    throw new ReferatOptionsError('format', `expected 'auto', 'text' or 'markdown', got ${describe(format)}`);
  }
  if (kleTitles !== undefined && !(kleTitles instanceof Map) && (typeof kleTitles !== 'object' || kleTitles === null || Array.isArray(kleTitles))) {
    throw new ReferatOptionsError('kleTitles', `expected an object or a Map of subject → title, got ${describe(kleTitles)}`);
  }
  if (maxLines !== undefined && !(maxLines === Infinity || (Number.isInteger(maxLines) && (maxLines as number) > 0))) {
    throw new ReferatOptionsError('maxLines', `expected a positive integer or Infinity, got ${describe(maxLines)}`);
  }
  return options as ParseOptions;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  return typeof value;
}

/** Whether the input looks like Markdown: a `#` heading or a `**bold**` line opener early on. */
export function detectMarkdown(input: string): boolean {
  return /^(?:#{1,6}[ \t]+\S|\*\*\S)/m.test(input.slice(0, 65536));
}
