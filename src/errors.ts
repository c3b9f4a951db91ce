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
