const EMPTY = /(?:)/;

/**
 * Points the realm's last regular-expression match at the empty string. JavaScript keeps the
 * last successful match of a realm (the legacy `RegExp.input`, `RegExp.$_`, the searched text,
 * and `RegExp.lastMatch`, the matched text; Annex B of ECMA-262) until the next match in that
 * realm. After `parse` the searched text is a slice of the input, and in V8 a slice of 13 or
 * more characters holds its whole parent string: without this, the last document's text stays
 * alive however long the caller goes without matching a pattern. `parse`, `tokenize`,
 * `detectDialect` and `serialize` call it when they are done, however they end. (The exported
 * helpers, `findDate` or `readAmount`, leave it on the text they were given, as any function
 * that matches a pattern does.)
 *
 * @example
 * /Punkt/.exec(input);
 * forgetLastMatch();
 * RegExp.input; // ''
 */
export function forgetLastMatch(): void {
  EMPTY.test('');
}
