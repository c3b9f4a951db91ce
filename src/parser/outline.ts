import type { IToken } from 'chevrotain';

/*
 * What the parser returns: the line tokens of each construct, grouped and in document order.
 * It is the grammar's parse tree with nothing else in it; the builder (`src/builder/`) turns
 * it into the model.
 */

/** A run of lines that forms one block: text lines, a list entry and its lines, table rows. */
export interface BlockNode {
  kind: 'paragraph' | 'list' | 'table';
  lines: IToken[];
}

/** A front-matter construct. */
export type FrontNode =
  /** The title line (`token`) and the lines that wrap it. */
  | { kind: 'title'; token: IToken; lines: IToken[] }
  /** A labelled header line (`token`) and the lines that continue its value. */
  | { kind: 'field'; token: IToken; lines: IToken[] }
  /** The table-of-contents heading (`token`) and its entries. */
  | { kind: 'toc'; token: IToken; lines: IToken[] }
  /** A section heading before the first item. */
  | { kind: 'heading'; token: IToken }
  /** Unlabelled text lines. */
  | { kind: 'text'; lines: IToken[] }
  | BlockNode;

/** A section: its heading line and the blocks under it. */
export interface SectionNode {
  heading: IToken;
  blocks: BlockNode[];
}

/** An agenda item: its opener line, the blocks before its first section, its sections. */
export interface ItemNode {
  opener: IToken;
  blocks: BlockNode[];
  sections: SectionNode[];
}

/** The whole document: the front matter's constructs and the agenda items. */
export interface Outline {
  front: FrontNode[];
  items: ItemNode[];
}
