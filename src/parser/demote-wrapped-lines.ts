import type { IToken } from 'chevrotain';
import { TextLine } from '../lexer/tokens.js';

/**
 * A numbered line that may open an item: `1.   Meddelelser`, `100. Godkendelse af dagsorden`,
 * `1: Spørgetid`, `1 : Godkendelse`, `• 209. Dagsorden`, `228Godkendelse af dagsorden`.
 * Group 1 is the number, group 2 the title.
 */
export const NUMBERED_OPENER =
  /^(?:[-–•·▪◦*\uf0b7][ \t\u00a0]*)?(\d{1,4})(?:[ \t\u00a0]*[.:)][ \t\u00a0]*|[ \t\u00a0]+|(?=[A-ZÆØÅ][a-zæøå]))(\S.*)$/;

/**
 * An item opener or section heading in lower case right under another line (no blank line
 * between), such as `punkt 3:` left alone when a PDF wrapped `Beslutning fra …, den 20. maj
 * 2025, punkt 3:`, or `bilag:` before a long link, is the end of that line's sentence, not a new
 * item or section: it becomes a text line again. Openers and headings are printed capitalised
 * (`Punkt 3:`, `BILAG`); the vocabulary matches them in any case.
 */
export function demoteWrappedLines(tokens: IToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.tokenType.name;
    if ((name !== 'ItemOpener' && name !== 'SectionHeading') || tokens[i - 1]!.tokenType.name === 'Break') continue;
    if (startsLowerCase(token.image)) {
      token.tokenType = TextLine;
      token.tokenTypeIdx = TextLine.tokenTypeIdx!;
    }
  }
}

/**
 * Whether a line's first letter is in lower case (`toUpperCase` changes it). What stands before
 * it is no letter, and the plain text `plainText` makes of a line removes no letter, so the raw
 * line is read: ASCII in place, from the first other character with a pattern.
 */
function startsLowerCase(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) {
      const first = /\p{L}/u.exec(line.slice(i))?.[0];
      return first !== undefined && first !== first.toUpperCase();
    }
    if (c >= 97 && c <= 122) return true;
    if (c >= 65 && c <= 90) return false;
  }
  return false;
}
