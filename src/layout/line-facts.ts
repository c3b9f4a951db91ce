import { type SectionKind, SectionKindSchema } from '../model/agenda.js';

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

/** The lexer's token types that inference tells apart once lines are read, as codes: `LineType.other` (0) for the rest. */
export const LineType = {
  other: 0,
  /** `TextLine`. */
  text: 1,
  /** `ListItem`. */
  listItem: 2,
  /** `HeaderLabelLine`. */
  headerLabel: 3,
  /** `RecommendationHeading`. */
  recommendationHeading: 4,
  /** `ItemOpener`. */
  itemOpener: 5,
} as const;
export type LineType = (typeof LineType)[keyof typeof LineType];

/** The code of a token type, by its name. */
export function lineType(name: string): LineType {
  switch (name) {
    case 'TextLine':
      return LineType.text;
    case 'ListItem':
      return LineType.listItem;
    case 'HeaderLabelLine':
      return LineType.headerLabel;
    case 'RecommendationHeading':
      return LineType.recommendationHeading;
    case 'ItemOpener':
      return LineType.itemOpener;
    default:
      return LineType.other;
  }
}

/** The section kinds, coded as 1 + their index here (0: none). */
const SECTION_KINDS: readonly SectionKind[] = SectionKindSchema.options;

/**
 * What layout inference knows of the document's lines before openers are chosen. Line `k` is
 * the k-th token that is not a blank line (`Break`), in order; each fact is an array indexed by
 * `k` (`lines.text[k]`, `lines.role[k]`).
 *
 * Parallel arrays, each allocated once at the document's line count, rather than an object per
 * line: inputs of short lines have a line every few bytes, and an object per line (plus the
 * arrays grown to hold the objects) cost about 165 bytes a line to allocate and collect; these
 * cost 18 (the text, a reference, 8; the token index, 4; six more of a byte each). The flags are 1 or 0; the role, the type
 * and the kind are codes (`Role`, `LineType`, `kindOf`). Past the last line, a typed array
 * reads `undefined`: readers test `k < lines.count` before reading a neighbour.
 */
export class LineFacts {
  /** Where each line's token stands in the token list. */
  readonly token: Int32Array;
  /** The line's plain text (`plainText`). */
  readonly text: string[];
  /** The lexer's token type (a `LineType` code; as lexed: inference retypes tokens only after reading these). */
  readonly type: Uint8Array;
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
  /** The kind of section a heading line opens, coded (see `kindOf`). */
  private readonly kind: Uint8Array;

  constructor(readonly count: number) {
    this.token = new Int32Array(count);
    // (`new Array(count)` allocates the whole store at once; pushing would grow and copy it.)
    this.text = new Array<string>(count);
    this.type = new Uint8Array(count);
    this.role = new Uint8Array(count);
    this.breakBefore = new Uint8Array(count);
    this.inList = new Uint8Array(count);
    this.digit = new Uint8Array(count);
    this.kind = new Uint8Array(count);
  }

  /** The kind of section line `k` opens, or null (for lines that are not headings, and past either end). */
  kindOf(k: number): SectionKind | null {
    const code = this.kind[k];
    return code ? SECTION_KINDS[code - 1]! : null;
  }

  setKind(k: number, kind: SectionKind | null): void {
    this.kind[k] = kind === null ? 0 : SECTION_KINDS.indexOf(kind) + 1;
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
