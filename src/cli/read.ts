import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Diagnostic, Format } from 'referat';
import { decodeText } from './decode.js';
import { htmlToText } from './html.js';

/** An input of the command: a file path, or `-` for standard input (its bytes already read). */
export interface Input {
  path: string;
  stdin?: Uint8Array;
  /** The file's bytes, read ahead by the main thread for a worker thread. */
  bytes?: Uint8Array;
  /** A file larger than this is not read (`--max-size`). */
  maxBytes?: number;
  /** Why the input could not be read before the run (standard input over `--max-size`). */
  error?: string;
}

/**
 * Where a parsed text came from. `rangesIn` is `file` when the document's ranges point into the
 * file as decoded, `extracted-text` when they point into text extracted from HTML or PDF (print
 * it with `referat text`).
 */
export interface Source {
  path: string;
  type: 'text' | 'markdown' | 'html' | 'pdf';
  encoding: string | null;
  bytes: number;
  pages?: number;
  rangesIn: 'file' | 'extracted-text';
}

/** A read input: the text to parse, its source, and what reading it noticed. */
export interface ReadText {
  text: string;
  format: Format;
  source: Source;
  diagnostics: Diagnostic[];
}

/**
 * Reads an input as `parse` wants it: decodes text files (see `decodeText`), turns `.html`/`.htm`
 * into text with html-to-text and `.pdf` (or any file that starts `%PDF-`) into text with
 * `referat/pdf`. Never throws: a file that cannot be read, is not a regular file, is empty, is
 * binary or is an encrypted or broken PDF gives `{ error }` with the reason.
 */
export async function readInput(input: Input): Promise<ReadText | { error: string }> {
  let bytes: Uint8Array;
  try {
    if (input.error !== undefined) return { error: input.error };
    bytes = input.stdin ?? input.bytes ?? (await readFile(input));
  } catch (error) {
    return { error: reason(error) };
  }
  if (bytes.length === 0) return { error: 'empty file' };
  const ext = extname(input.path).toLowerCase();
  const base = { path: input.path, bytes: bytes.length };
  if (isPdf(bytes) || ext === '.pdf') {
    const { pdfToText } = await import('referat/pdf');
    let pdf;
    try {
      pdf = await pdfToText(bytes);
    } catch (error) {
      if ((error as Error).name === 'MissingPeerError') return { error: (error as Error).message };
      throw error;
    }
    if (pdf.error) return { error: pdf.error.message };
    if (!pdf.text.trim()) return { error: 'the PDF holds no text (scanned pages need OCR first)' };
    return { text: pdf.text, format: 'text', source: { ...base, type: 'pdf', encoding: null, pages: pdf.pages, rangesIn: 'extracted-text' }, diagnostics: [] };
  }
  const decoded = await decodeText(bytes);
  if ('error' in decoded) return decoded;
  const diagnostics: Diagnostic[] = [];
  if (decoded.by === 'guess' || decoded.by === 'assumed') {
    const how = decoded.by === 'assumed' ? ' (assumed: install chardet to have the encoding guessed)' : decoded.confidence === null ? '' : ` (chardet, ${decoded.confidence} % confident)`;
    diagnostics.push({ severity: 'info', code: 'encoding-guessed', message: `The file is not UTF-8; it was decoded as ${decoded.encoding}${how}.`, range: at(decoded.text, 0) });
  }
  const html = ext === '.html' || ext === '.htm' || (input.stdin !== undefined && /^\s*<(?:!doctype html|html)\b/i.test(decoded.text.slice(0, 512)));
  let text = decoded.text;
  if (html) {
    try {
      text = await htmlToText(decoded.text);
    } catch (error) {
      if ((error as Error).name === 'MissingPeerError') return { error: (error as Error).message };
      throw error;
    }
  }
  const lost = countReplacements(text);
  if (lost.count > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'replacement-character',
      message: `The text holds ${lost.count} U+FFFD replacement character${lost.count === 1 ? '' : 's'} (read as ${decoded.encoding}): characters lost in decoding or before.`,
      range: at(text, lost.first),
    });
  }
  const type = html ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  return {
    text,
    format: type === 'markdown' ? 'markdown' : 'auto',
    source: { ...base, type, encoding: decoded.encoding, rangesIn: html ? 'extracted-text' : 'file' },
    diagnostics,
  };
}

/** An input file's bytes (see `readRegularFile`), within its `--max-size`. */
export async function readFile(input: Input): Promise<Uint8Array> {
  return readRegularFile(input.path, input.maxBytes ?? Infinity);
}

/**
 * A regular file's bytes. FIFOs, devices and directories are refused before they are read
 * (opening a FIFO for reading would wait for a writer): by `stat` first, and the file is opened
 * with O_NONBLOCK in case it changed in between. Read synchronously: five system calls in a row
 * cost about a tenth of the CPU of `fs/promises`' (a trip through the thread pool each), which
 * in a batch the main thread would take from the worker threads for every file it reads ahead.
 */
function readRegularFile(path: string, maxBytes: number): Uint8Array {
  if (!statSync(path).isFile()) throw new Error('not a regular file');
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > maxBytes) throw new Error(tooLarge(stat.size, maxBytes));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

function countReplacements(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
    if (first < 0) first = i;
    count++;
  }
  return { count, first };
}

/** A one-character range at `offset` (empty at the end), with 1-based line and column. */
function at(text: string, offset: number): Diagnostic['range'] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const end = Math.min(offset + 1, text.length);
  return { start: { line, column: offset - lineStart + 1, offset }, end: { line, column: end - lineStart + 1, offset: end } };
}

/** A file system error as a short reason: `no such file`, `permission denied`, … */
export function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return message;
}

/** The message for an input over `--max-size`. */
export function tooLarge(size: number | null, maxBytes: number): string {
  const mb = (n: number) => `${Number((n / 1e6).toPrecision(3))} MB`;
  return `${size === null ? 'more than' : mb(size) + ', more than'} the --max-size limit of ${mb(maxBytes)}; not read (raise the limit with --max-size <MB>)`;
}

/**
 * All of a stream's bytes, refused once more than `maxBytes` arrive: standard input may be
 * endless (`referat parse - < /dev/zero`). The stream is destroyed then, so nothing waits on it.
 */
export async function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy?.();
      throw new Error(tooLarge(null, maxBytes));
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
