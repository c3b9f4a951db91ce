/** Thrown when `parse` or `serialize` get options of the wrong shape (a programmer error). */
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
