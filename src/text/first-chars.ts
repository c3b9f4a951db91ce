/**
 * Flags by ASCII code (0–127): 1 where a case-insensitive pattern may start with that character.
 * Built once per dialect from its words; the lexer and layout inference test a line's first
 * character against it before running a pattern, as most lines fail there.
 */
export type FirstChars = Uint8Array;

/**
 * The ASCII characters that may start a case-insensitive pattern beginning with one of `words`
 * or with one of the characters of `extra`. Read with the `iu` flags the patterns use, so a word
 * starting with the Kelvin sign marks `K` and `k` too. An empty word may start anywhere.
 *
 * @example
 * firstChars(['Sagsnr.', 'J.nr.'], '-'); // 1 at 'S', 's', 'J', 'j', '-'
 */
export function firstChars(words: readonly string[], extra = ''): FirstChars {
  const firsts = words.map((w) => w.trim()[0] ?? '');
  const codes = new Uint8Array(128);
  const chars = `${firsts.join('')}${extra}`.replace(/[\\\]^-]/g, '\\$&');
  const first = firsts.includes('') ? /^/ : new RegExp(`^[${chars}]`, 'iu');
  if (chars || firsts.includes('')) for (let c = 0; c < 128; c++) if (first.test(String.fromCharCode(c))) codes[c] = 1;
  return codes;
}

/**
 * Whether a pattern may match at `at` in `text`, by the character there: an ASCII character the
 * pattern cannot start with rules it out; any other (or the end of the text) leaves the
 * pattern to decide.
 */
export function mayStart(starts: FirstChars, text: string, at = 0): boolean {
  const first = text.charCodeAt(at);
  return !(first < 128) || starts[first] === 1;
}
