const EMPTY = /(?:)/;

/**
 * Points the realm's last regular-expression match at the empty string. JavaScript keeps the
 * subject of the last successful match (the legacy `RegExp.input`, `RegExp.$_` and
 * `RegExp.lastMatch`, Annex B of ECMA-262) until the next match anywhere in the process. After
 * `parse` that subject is a slice of the input, and in V8 a slice of 13 or more characters
 * holds its whole parent string: without this, the last document's text stays alive however
 * long the caller goes without matching a pattern. `parse`, `tokenize`, `detectDialect` and
 * `serialize` call it when they are done.
 *
 * @example
 * /Punkt/.exec(input);
 * forgetLastMatch();
 * RegExp.input; // ''
 */
export function forgetLastMatch(): void {
  EMPTY.exec('');
}
