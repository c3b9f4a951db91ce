import type { Position, Range } from '../model/range.js';

/**
 * Maps UTF-16 offsets to 1-based line and column (yaml's LineCounter, acorn's getLineInfo).
 * Line starts are collected once with `indexOf` jumps; lookups remember the last line found,
 * since builders ask for positions mostly in document order, and fall back to a binary search.
 */
export class LineIndex {
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: number[] = [0];
  /**
   * The text indexed: the whole input, or its first `maxLines` lines (line ends included) when
   * it has more; `truncated` says which.
   */
  readonly text: string;
  readonly truncated: boolean = false;
  private last = 0;

  constructor(input: string, maxLines = Infinity) {
    const starts = this.lineStarts;
    const full = () => starts.length > maxLines && starts[maxLines]! < input.length;
    if (!input.includes('\r')) {
      for (let i = input.indexOf('\n'); i >= 0 && !full(); i = input.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      // `\r\n`, lone `\r` and `\n` all end a line, as in the lexer.
      for (let i = 0; i < input.length && !full(); i++) {
        const c = input.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (input.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.truncated = full();
    this.text = this.truncated ? input.slice(0, starts[maxLines]) : input;
  }

  /** The position of `offset` (clamped to the input). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let line = this.last;
    if (!(starts[line]! <= o && (line + 1 >= starts.length || starts[line + 1]! > o))) {
      if (line + 1 < starts.length && starts[line + 1]! <= o && (line + 2 >= starts.length || starts[line + 2]! > o)) {
        line++;
      } else {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= o) lo = mid;
          else hi = mid - 1;
        }
        line = lo;
      }
      this.last = line;
    }
    return { line: line + 1, column: o - starts[line]! + 1, offset: o };
  }

  /** The range from `start` to `end` (exclusive). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/** The position of `text`'s end, given the position of `from` (which starts a line or not). */
export function endPosition(text: string, from: Position): Position {
  let line = from.line;
  let start = from.offset - (from.column - 1);
  for (let i = from.offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  return { line, column: text.length - start + 1, offset: text.length };
}
