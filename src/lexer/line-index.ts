import type { Position, Range } from '../model/range.js';

/**
 * Maps UTF-16 offsets to 1-based line and column (yaml's LineCounter, acorn's getLineInfo).
 * Line starts are collected once with `indexOf` jumps; lookups remember the last line found,
 * since builders ask for positions mostly in document order, and fall back to a binary search.
 */
export class LineIndex {
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: number[];
  /**
   * The text indexed: the whole input, or its first `maxLines` lines (line ends included) when
   * it has more; `truncated` says which.
   */
  readonly text: string;
  readonly truncated: boolean;
  private last = 0;

  constructor(input: string, maxLines = Infinity) {
    const starts = input.includes('\r') ? anyBreakStarts(input, maxLines) : newlineStarts(input, maxLines);
    this.lineStarts = starts;
    this.truncated = starts.length > maxLines && starts[maxLines]! < input.length;
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

/**
 * The line starts of a text whose lines end with `\n` only, up to line `maxLines + 1`: counted
 * with `indexOf` jumps, then written into an array sized once (grown by `push`, the array was
 * copied at every growth: about 32 bytes of garbage per line of short lines, and slower).
 */
function newlineStarts(input: string, maxLines: number): number[] {
  let count = 1;
  for (let i = input.indexOf('\n'); i >= 0 && count <= maxLines; i = input.indexOf('\n', i + 1)) count++;
  const starts = new Array<number>(count);
  starts[0] = 0;
  for (let k = 1, i = input.indexOf('\n'); k < count; i = input.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** The line starts of a text with `\r`: `\r\n`, lone `\r` and `\n` all end a line, as in the lexer. */
function anyBreakStarts(input: string, maxLines: number): number[] {
  const starts = [0];
  for (let i = 0; i < input.length && !(starts.length > maxLines && starts[maxLines]! < input.length); i++) {
    const c = input.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (input.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
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
