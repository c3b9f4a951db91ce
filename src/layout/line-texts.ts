import type { IToken } from 'chevrotain';

/**
 * The plain text layout inference read for each line token (`plainText` of its image), kept
 * for the builder, which needs the same texts: read once per line, not once per stage. A token
 * made after inference (a virtual opener) is not here; the builder reads its text itself.
 */
export class LineTexts {
  /** The line last asked for: the builder asks mostly in order. */
  private cursor = 0;

  /**
   * @param tokens The line tokens in order (`LineFacts`' line `k` is `tokens[k]`).
   * @param texts Their texts, `texts[k]` of `tokens[k]`.
   */
  constructor(
    private readonly tokens: readonly IToken[],
    private readonly texts: readonly string[],
  ) {}

  /** The text read for `token`, or undefined when inference read no such token. */
  of(token: IToken): string | undefined {
    let k = this.cursor;
    if (this.tokens[k] !== token && this.tokens[++k] !== token) {
      k = this.find(token);
      if (k < 0) return undefined;
    }
    this.cursor = k;
    return this.texts[k];
  }

  /**
   * Where `token` stands among the lines, by its offset (lines are in input order), or -1. A
   * token after the cursor is searched for from it, in steps that double, then by halves: the
   * builder skips lines it does not ask for (a table's rows), and a search from the cursor costs
   * the log of the lines skipped, not of all lines.
   */
  private find(token: IToken): number {
    const { tokens } = this;
    const offset = token.startOffset;
    // Every line before `lo` starts before `offset`; every line from `hi` on, at or after it.
    let lo = 0;
    let hi = tokens.length;
    const c = this.cursor;
    if (c < tokens.length && tokens[c]!.startOffset < offset) {
      lo = c + 1;
      for (let step = 1; lo + step - 1 < hi; step *= 2) {
        const probe = lo + step - 1;
        if (tokens[probe]!.startOffset < offset) lo = probe + 1;
        else {
          hi = probe;
          break;
        }
      }
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.startOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.startOffset === offset; k++) if (tokens[k] === token) return k;
    return -1;
  }
}
