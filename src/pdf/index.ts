/**
 * `referat/pdf`: the text of a PDF, laid out as `pdftotext -layout` lays it out, ready for
 * `parse`. A subpath of its own, so that the main entry stays free of pdf.js (Node only: it reads
 * pdf.js's font data from disk).
 *
 * @example
 * import { readFile } from 'node:fs/promises';
 * import { parse } from 'referat';
 * import { pdfToText } from 'referat/pdf';
 * const { text, error } = await pdfToText(await readFile('referat.pdf'));
 * if (!error) console.log(parse(text).document.items.length);
 *
 * @module
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPeer } from '../util/peer.js';
import { layoutPage, type PlacedText } from './layout.js';

export { layoutPage, type PlacedText } from './layout.js';
export { MissingPeerError } from '../util/peer.js';

/**
 * Why a PDF gave no text: `encrypted` (it needs a password) or `invalid` (not a readable PDF).
 *
 * @example
 * import { pdfToText, type PdfError } from 'referat/pdf';
 * const { error }: { error: PdfError | null } = await pdfToText(bytes);
 * if (error?.code === 'encrypted') console.log('ask for the password');
 */
export interface PdfError {
  code: 'encrypted' | 'invalid';
  message: string;
}

/**
 * What {@link pdfToText} gives: the text (pages laid out by {@link layoutPage}, each followed by
 * a form feed `\f`, as pdftotext ends its pages), the number of pages, and `error` when the PDF
 * could not be read (then `text` is empty).
 *
 * @example
 * import { pdfToText, type PdfText } from 'referat/pdf';
 * const pdf: PdfText = await pdfToText(bytes);
 * console.log(pdf.pages, pdf.text.split('\f').length - 1); // a form feed ends every page
 */
export interface PdfText {
  text: string;
  pages: number;
  error: PdfError | null;
}

/**
 * Extracts the text of a PDF with pdf.js (`pdfjs-dist`, its `legacy` build, which runs on
 * Node 20) and lays each page out in lines (see {@link layoutPage}). Never rejects on a bad
 * file: an encrypted or broken PDF gives `error`. Throws `TypeError` when `data` is not bytes.
 * `pdfjs-dist` (5.x) is an optional peer dependency of `referat`, imported on the first call:
 * without it the call rejects with a {@link MissingPeerError} that says how to install it.
 *
 * @param data - the PDF file's bytes (a `Buffer` is a `Uint8Array`); not modified.
 * @example
 * import { readFile } from 'node:fs/promises';
 * import { pdfToText } from 'referat/pdf';
 * const { text, pages, error } = await pdfToText(await readFile('referat.pdf'));
 * console.log(error ? error.code : `${pages} pages, ${text.length} characters`);
 */
export async function pdfToText(data: Uint8Array): Promise<PdfText> {
  if (!(data instanceof Uint8Array)) {
    throw new TypeError(`pdfToText() expects the PDF's bytes as a Uint8Array, got ${typeof data}`);
  }
  const { getDocument } = await loadPeer('pdfjs-dist', 'read PDF files', () => import('pdfjs-dist/legacy/build/pdf.mjs'));
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(data),
    standardFontDataUrl: `${join(pdfjsRoot(), 'standard_fonts')}/`,
    cMapUrl: `${join(pdfjsRoot(), 'cmaps')}/`,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const { name, message } = error as Error;
    if (name === 'PasswordException') return failed('encrypted', 'the PDF is encrypted and needs a password');
    return failed('invalid', `not a readable PDF (${message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) });
      }
      pages.push(`${layoutPage(runs)}\n\f`);
      page.cleanup();
    }
    return { text: pages.join(''), pages: pdf.numPages, error: null };
  } catch (error) {
    return failed('invalid', `a page could not be read (${(error as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}

function failed(code: PdfError['code'], message: string): PdfText {
  return { text: '', pages: 0, error: { code, message } };
}

let root: string | undefined;
/** Where `pdfjs-dist` is installed: its font data lies beside its builds. */
function pdfjsRoot(): string {
  root ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return root;
}
