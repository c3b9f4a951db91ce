import type { SectionKind } from '../model/agenda.js';

/** The role evidence gives a line, as a code: `Role.none` (0) for most lines. */
export const Role = {
  none: 0,
  heading: 1,
  decision: 2,
  case: 3,
  caseLabel: 4,
  metadata: 5,
  status: 6,
  /** An entry of the table of contents: not an opener, even where it prints one. */
  toc: 7,
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/**
 * What layout inference knows of the document's lines before openers are chosen. Line `k` is
 * the k-th token that is not a blank line (`Break`), in order; each fact is an array indexed by
 * `k` (`lines.text[k]`, `lines.role[k]`).
 *
 * Parallel arrays, each allocated once at the document's line count, rather than an object per
 * line: inputs of short lines have a line every few bytes, and an object per line (plus the
 * arrays grown to hold the objects) cost about 165 bytes a line to allocate and collect; these
 * cost about 20. The flags and the role are bytes (1 or 0, a `Role` code); the text, the type
 * and the kind are references. Past the last line, a typed array reads `undefined`: readers
 * test `k < lines.count` before reading a neighbour.
 */
export class LineFacts {
  /** Where each line's token stands in the token list. */
  readonly token: Int32Array;
  /** The line's plain text (`plainText`). */
  readonly text: string[];
  /** The lexer's token type name (as lexed: inference retypes tokens only after reading these). */
  readonly type: string[];
  /** The role evidence gives the line (a `Role` code). */
  readonly role: Uint8Array;
  /** 1 where a blank line or an artifact stands right before the line. */
  readonly breakBefore: Uint8Array;
  /** 1 where the line is part of a list (a list entry right before or after it). */
  readonly inList: Uint8Array;
  /**
   * 1 where the text has a digit, as every item number and case number has (read for the
   * lines that may hold one: text lines, list entries, case-number and header-label lines).
   */
  readonly digit: Uint8Array;
  /** The kind of section a heading line opens; undefined (or null once demoted) for the others. */
  readonly kind: (SectionKind | null | undefined)[];

  constructor(readonly count: number) {
    this.token = new Int32Array(count);
    // (`new Array(count)` allocates the whole store at once; pushing would grow and copy it.)
    this.text = new Array<string>(count);
    this.type = new Array<string>(count);
    this.role = new Uint8Array(count);
    this.breakBefore = new Uint8Array(count);
    this.inList = new Uint8Array(count);
    this.digit = new Uint8Array(count);
    this.kind = new Array<SectionKind | null | undefined>(count);
  }

  /** Whether line `k` exists and evidence gave it a role other than a status word. */
  hasEvidence(k: number): boolean {
    return k < this.count && this.role[k] !== Role.none && this.role[k] !== Role.status;
  }

  /** Whether line `k` is a heading or a decision heading (false past the last line). */
  isHeading(k: number): boolean {
    const role = this.role[k];
    return role === Role.heading || role === Role.decision;
  }
}
