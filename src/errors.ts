/**
 * Thrown when `parse` or `serialize` get options of the wrong shape (a programmer error).
 *
 * @example
 * import { parse, ReferatOptionsError } from 'referat';
 * try {
 *   parse(text, { format: 'pdf' as never });
 * } catch (error) {
 *   if (error instanceof ReferatOptionsError) console.log(error.option); // 'format'
 * }
 */
export class ReferatOptionsError extends TypeError {
  override readonly name = 'ReferatOptionsError';
  constructor(
    /** The option at fault, e.g. `format`. */
    readonly option: string,
    message: string,
  ) {
    super(`Invalid option ${option}: ${message}`);
  }
}

export { ReferatDialectError } from './dialect/define-dialect.js';

/**
 * Thrown by `serialize` for a document it cannot write: one that does not fit the schema (built
 * or changed in code), a value that cannot stand in its span (a line break in a title), or an
 * edit lossless mode does not write (a node added, removed or moved). A programmer error, like
 * {@link ReferatOptionsError}; `path` names the place (`items[0].sections`).
 *
 * @example
 * import { parse, serialize, ReferatDocumentError } from 'referat';
 * const { document } = parse(text);
 * if (document.items[0]) document.items[0].title = 'Ny\nPunkt 99: X';
 * try {
 *   serialize(document);
 * } catch (error) {
 *   if (error instanceof ReferatDocumentError) console.log(error.path); // 'items[0].title'
 * }
 */
export class ReferatDocumentError extends TypeError {
  override readonly name = 'ReferatDocumentError';
  constructor(
    /** Where in the document, as a path (`items[0].title`); `''` for the document itself. */
    readonly path: string,
    message: string,
  ) {
    super(`Invalid document${path ? ` at ${path}` : ''}: ${message}`);
  }
}
