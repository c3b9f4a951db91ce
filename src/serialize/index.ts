import { ReferatDocumentError, ReferatOptionsError } from '../errors.js';
import { type Referat, ReferatSchema } from '../model/document.js';
import { writeCanonical } from './canonical.js';
import { pathOf, walkEditable, walkPrinted } from './editable.js';
import { writeLossless } from './lossless.js';
import { sourceOf } from './source.js';
import { forgetLastMatch } from '../util/last-match.js';

/**
 * Options of {@link serialize}.
 *
 * @example
 * import { parse, serialize, type SerializeOptions } from 'referat';
 * const options: SerializeOptions = { format: 'markdown' };
 * const markdown = serialize(parse(text).document, options);
 */
export interface SerializeOptions {
  /**
   * `text` (the seeds' plain-text layout), `markdown` (seed 004's Markdown layout) or `json`
   * (the tree as JSON, valid against `referat/schema.json`).
   * Default: `'text'`, or `'markdown'` for a document parsed from Markdown.
   */
  format?: 'text' | 'markdown' | 'json';
  /**
   * `lossless` gives back the parsed input byte for byte, with what changed in edited field
   * values rewritten where the old value stood (line breaks, labels, markers and page numbers
   * around it stay); `canonical` writes the model alone in the format's layout. A document that was
   * not parsed (built in code) has no source, so it is always written canonically. Lossless
   * output keeps the source's format: asking for the other one (`format: 'markdown'` for a
   * document read as text) throws, unless `mode` is left out, which then means canonical.
   * Default: `'lossless'`.
   */
  mode?: 'lossless' | 'canonical';
}

const KEYS = new Set(['format', 'mode']);

/**
 * Turns a document back into text.
 *
 * @example
 * const { document } = parse(text);
 * document.items[0].title = 'Godkendelse af dagsorden (ændret)';
 * serialize(document); // the input, with only that title rewritten
 * @throws {ReferatOptionsError} for options of the wrong shape.
 * @throws {ReferatDocumentError} for a document that does not fit the schema (naming the path), a
 * value with a line break, or an edit lossless mode does not write (see `docs/serialize.md`).
 */
export function serialize(document: Referat, options?: SerializeOptions): string {
  try {
    return write(document, options);
  } finally {
    // Lossless mode matches patterns on the source's lines: see `forgetLastMatch`.
    forgetLastMatch();
  }
}

function write(document: Referat, options?: SerializeOptions): string {
  if (!document || typeof document !== 'object' || (document as { type?: unknown }).type !== 'referat') {
    throw new ReferatOptionsError('document', 'expected a Referat document (from parse or built in code)');
  }
  const opts = checkOptions(options);
  const source = sourceOf(document);
  const sourceFormat = source?.markdown ? 'markdown' : 'text';
  if (source && opts.mode === 'lossless' && (opts.format === 'text' || opts.format === 'markdown') && opts.format !== sourceFormat) {
    throw new ReferatOptionsError('format', `lossless mode writes the source as it was read (${sourceFormat}); use mode: 'canonical' to write ${opts.format}`);
  }
  const converting = opts.format !== undefined && opts.format !== 'json' && opts.format !== sourceFormat;
  if (source && (opts.mode ?? 'lossless') === 'lossless' && opts.format !== 'json' && !converting) {
    // The edits lossless mode writes are checked as it writes them (naming what it cannot write);
    // the rest of the document is validated too, so that a value of the wrong type anywhere is
    // an error in every mode, not dropped.
    // A document whose shape was broken in code (`sections = null`) fails the walk before it
    // is validated: the schema then names the path, as it does in every other mode.
    let out: string;
    try {
      out = writeLossless(document, source);
    } catch (error) {
      if (!(error instanceof ReferatDocumentError)) checkDocument(document);
      throw error;
    }
    checkDocument(document);
    return out;
  }
  checkDocument(document);
  if (opts.format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  checkOneLine(document);
  const markdown = opts.format ? opts.format === 'markdown' : (source?.markdown ?? false);
  return writeCanonical(document, markdown);
}

/**
 * Refuses, before canonical mode writes it, a field value that would not read back as itself:
 * each field it writes (a title, a header value, a paragraph's text, a label, a marker) stands
 * on its line, so a line break in it would make other lines (a title `'Ny\nPunkt 99: X'` would
 * become two items), and a table cell's TAB would make two cells. Parsing never gives either.
 * Lossless mode refuses the same, and a TAB in any field.
 */
function checkOneLine(document: Referat): void {
  const check = (node: object, field: string) => {
    const value = (node as Record<string, unknown>)[field];
    if (typeof value !== 'string') return;
    const cell = (node as { type?: unknown }).type === 'tableCell';
    if (!(cell ? /[\r\n\t]/ : /[\r\n]/).test(value)) return;
    throw new ReferatDocumentError(
      `${pathOf(document, node)}.${field}`,
      `a value with a line break${cell ? ' or TAB' : ''} cannot be written on its line: it would read back as other ${cell ? 'lines or cells' : 'lines'} (${JSON.stringify(value.slice(0, 40))})`,
    );
  };
  walkEditable(document, check);
  walkPrinted(document, check);
}

/** Validates a document against the schema before it is written from the model alone. */
function checkDocument(document: Referat): void {
  const checked = ReferatSchema.safeParse(document);
  if (checked.success) return;
  const issue = checked.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new ReferatDocumentError(path, issue.message);
}

function checkOptions(options: unknown): SerializeOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ReferatOptionsError('options', 'expected an object');
  }
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key)) throw new ReferatOptionsError(key, 'unknown option (expected format or mode)');
  }
  const { format, mode } = options as Record<string, unknown>;
  if (format !== undefined && format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new ReferatOptionsError('format', `expected 'text', 'markdown' or 'json', got ${JSON.stringify(format)}`);
  }
  if (mode !== undefined && mode !== 'lossless' && mode !== 'canonical') {
    throw new ReferatOptionsError('mode', `expected 'lossless' or 'canonical', got ${JSON.stringify(mode)}`);
  }
  return options as SerializeOptions;
}
