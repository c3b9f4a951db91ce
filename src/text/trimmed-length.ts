/**
 * `text.trim().length` without making the trimmed string: the white space `String.prototype.trim`
 * removes (ECMAScript's WhiteSpace and LineTerminator: TAB, VT, FF, SP, NBSP, ZWNBSP, the Unicode
 * space separators, LF, CR, LS, PS) is counted off both ends in place. `parse` asks it of every
 * text line, where a trimmed copy per line was garbage.
 *
 * @example
 * trimmedLength('  Beslutning\n'); // 10
 */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  return end - start;
}

/** Whether `trim` removes the UTF-16 code unit `c`. */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
