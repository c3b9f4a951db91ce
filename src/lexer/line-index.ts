import type { Position, Range } from '../model/range.js';

/**
 * Maps UTF-16 offsets to 1-based line and column (yaml's LineCounter, acorn's getLineInfo).
 * Line starts are collected once in O(n); each lookup is a binary search, so positions are
 * worked out only for the offsets a node actually needs.
 */
export class LineIndex {
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // `\r\n`, lone `\r` and `\n` all end a line, as in the lexer.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** The position of `offset` (clamped to the input). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  }

  /** The range from `start` to `end` (exclusive). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
