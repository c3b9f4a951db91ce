/**
 * Thrown when an optional peer dependency (`pdfjs-dist` for PDFs, `html-to-text` for web pages)
 * is not installed. The message names the package, what it is needed for, and the command that
 * installs it. Checked by `name`, since the command and `referat/pdf` are separate modules.
 *
 * @example
 * import { MissingPeerError, pdfToText } from 'referat/pdf';
 * try {
 *   await pdfToText(bytes);
 * } catch (error) {
 *   if (error instanceof MissingPeerError) console.error(error.message); // '… install it with: npm install pdfjs-dist'
 * }
 */
export class MissingPeerError extends Error {
  override readonly name = 'MissingPeerError';
  constructor(
    /** The package to install, e.g. `pdfjs-dist`. */
    readonly packageName: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Imports an optional peer dependency, or rejects with a {@link MissingPeerError} when it is not
 * installed. Other errors (a broken install) pass through.
 */
export async function loadPeer<M>(name: string, purpose: string, load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new MissingPeerError(name, `${name} is needed to ${purpose} but is not installed; install it with: npm install ${name}`);
    }
    throw error;
  }
}
