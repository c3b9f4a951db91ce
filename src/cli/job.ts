import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import type { Dialect, Referat } from 'referat';
import { jsonPieces } from './json-pieces.js';
import { type Input, readInput } from './read.js';
import { COLUMNS, type Row, attendanceRows, decisionRows, tableRows } from './rows.js';

/** The subcommands that read inputs one by one. */
export type CommandName = 'parse' | 'text' | 'decisions' | 'attendance' | 'tables' | 'cases' | 'check';
/** How rows are written. */
export type RowFormat = 'csv' | 'ndjson' | 'json';

/** What every input of a run is done with; plain data, so it crosses to worker threads. */
export interface JobOptions {
  command: CommandName;
  format: RowFormat;
  /** `parse`: one line of JSON per input instead of indented JSON. */
  compact: boolean;
  /** `decisions`: leave out items without a decision. */
  decided: boolean;
  dialect: string | null;
  dialectFile: string | null;
  /** CSV: leave cells that start with `=`, `+`, `-`, `@`, TAB or CR as they are (`--formulas`). */
  formulas?: boolean;
}

/** What one input gave: the output for it, or why it was skipped. */
export type JobResult =
  | { path: string; bytes: number; error: string }
  | {
      path: string;
      bytes: number;
      error: null;
      /** The text to write for this input (rows, a JSON document, diagnostics lines). */
      chunk: string;
      /** `parse`: the JSON document in pieces, instead of `chunk` (see `jsonPieces`). */
      pieces?: string[];
      /** How many error-level diagnostics the input has. */
      errors: number;
      /** `cases`: the document, reduced to what `caseHistory` reads. */
      cases?: Referat;
    };

type Library = typeof import('referat');
let library: Library | undefined;

/**
 * The library, imported on first use: the main thread of a batch on worker threads never parses,
 * and without the engine to load it starts the threads sooner. Loaded before `formatRows` runs.
 */
export async function loadLibrary(): Promise<Library> {
  return (library ??= await import('referat'));
}

/**
 * Reads, parses and formats one input for a command; the same function runs in the main thread
 * and in the worker pool. Never throws for a bad input: it returns `{ error }`.
 */
export async function runJob(input: Input, options: JobOptions): Promise<JobResult> {
  const read = await readInput(input);
  if ('error' in read) return { path: input.path, bytes: 0, error: read.error };
  const { parse } = await loadLibrary();
  const dialect = await loadDialect(options);
  const { path } = input;
  const { bytes } = read.source;
  if (options.command === 'text') return { path, bytes, error: null, chunk: read.text, errors: 0 };
  const result = parse(read.text, { format: read.format, ...(dialect ? { dialect } : {}) });
  const diagnostics = [...read.diagnostics, ...result.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const done = (chunk: string, cases?: Referat): JobResult => ({ path, bytes, error: null, chunk, errors, ...(cases ? { cases } : {}) });
  const { document } = result;
  switch (options.command) {
    case 'parse': {
      const out = { file: path, source: read.source, document, diagnostics };
      // In pieces: the JSON of a large input is longer than a string may be.
      const pieces = jsonPieces(out, options.compact ? undefined : 2);
      pieces.push('\n');
      return { path, bytes, error: null, chunk: '', pieces, errors };
    }
    case 'check':
      return done(diagnostics.map((d) => `${path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}\n`).join(''));
    case 'decisions':
      return done(formatRows('decisions', decisionRows(path, document, read.text, options.decided), options.format, options.formulas));
    case 'attendance':
      return done(formatRows('attendance', attendanceRows(path, document), options.format, options.formulas));
    case 'tables':
      return done(formatRows('tables', tableRows(path, document), options.format, options.formulas));
    case 'cases':
      return done('', forCases(document));
  }
}

/** The result of an input whose job threw or whose thread died: reported and skipped like an unreadable file. */
export function failed(input: Input, error: unknown): JobResult {
  return { path: input.path, bytes: 0, error: `failed while parsing: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Rows as CSV (RFC 4180 by csv-stringify: CRLF line ends, quotes where needed), NDJSON (a
 * line per row) or JSON array elements (`,\n` between; the caller writes the brackets).
 * CSV cells that a spreadsheet would run as a formula are neutralised unless `formulas`.
 */
export function formatRows(table: keyof typeof COLUMNS, rows: Row[], format: RowFormat, formulas = false): string {
  if (rows.length === 0) return '';
  if (format === 'csv') return stringify(rows.map((r) => COLUMNS[table].map((c) => csvValue(r[c], formulas))), CSV);
  if (format === 'ndjson') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  return rows.map((r) => JSON.stringify(r)).join(',\n');
}

/**
 * RFC 4180: CRLF after each record; a field with a comma, a quote or a line break is quoted.
 * csv-stringify quotes only fields holding the record delimiter itself, so a bare LF (the
 * documents' line breaks) is matched explicitly.
 */
const CSV = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/** The header line of a CSV table. */
export function csvHeader(table: keyof typeof COLUMNS): string {
  return stringify([[...COLUMNS[table]]], CSV);
}

/**
 * A CSV cell. Text that starts with `=`, `+`, `-`, `@`, TAB or CR is a formula to Excel and
 * LibreOffice (CWE-1236, formula injection: `=HYPERLINK(…)` in minutes from anywhere), so it gets
 * a leading `'`, which spreadsheets show as text. Numbers stay numbers, and so does text that
 * reads whole as an amount (`-3,80 mio. kr.`: no room for a formula) or a lone `-` (standard
 * input's name). `formulas` turns it off.
 */
function csvValue(value: Row[string] | undefined, formulas: boolean): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const formula = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && text !== '-' && library!.readAmount(text) === null;
  return !formulas && formula ? `'${text}` : text;
}

/** A document reduced to what `caseHistory` reads, to send back from a worker thread. */
function forCases(doc: Referat): Referat {
  const items = doc.items
    .filter((item) => item.caseNumber)
    .map((item) => ({ ...item, sections: [], attachments: [], recommendation: null }));
  return { ...doc, header: [], participants: [], toc: [], preamble: [], artifacts: [], items };
}

const dialects = new Map<string, Promise<Dialect | null>>();

/** The dialect `--dialect` names or `--dialect-file` exports (loaded once per thread); null for detection. */
export function loadDialect(options: Pick<JobOptions, 'dialect' | 'dialectFile'>): Promise<Dialect | null> {
  const key = `${options.dialect ?? ''}\u0000${options.dialectFile ?? ''}`;
  let found = dialects.get(key);
  if (!found) {
    found = findDialect(options);
    dialects.set(key, found);
  }
  return found;
}

async function findDialect({ dialect, dialectFile }: Pick<JobOptions, 'dialect' | 'dialectFile'>): Promise<Dialect | null> {
  if (!dialect && !dialectFile) return null;
  const { defaultDialect, genericDialect, templateDialects, parse } = await loadLibrary();
  if (dialectFile) {
    const module = (await import(pathToFileURL(resolve(dialectFile)).href)) as Record<string, unknown>;
    const found = [module.default, ...Object.values(module)].find((value) => isDialect(value, parse));
    if (!found) throw new Error(`${dialectFile} exports no dialect made by defineDialect()`);
    return found;
  }
  const builtIn = new Map([defaultDialect, genericDialect, ...templateDialects].map((d) => [d.name, d]));
  const found = builtIn.get(dialect!);
  if (!found) throw new Error(`unknown dialect '${dialect}' (built in: ${[...builtIn.keys()].join(', ')})`);
  return found;
}

/** Whether `parse` accepts the value as its `dialect` option. */
function isDialect(value: unknown, parse: Library['parse']): value is Dialect {
  if (!value || typeof value !== 'object') return false;
  try {
    parse('', { dialect: value as Dialect });
    return true;
  } catch {
    return false;
  }
}
