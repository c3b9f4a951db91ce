import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import {
  BodyLine,
  Break,
  HeaderLabel,
  ItemStart,
  ListStart,
  ListLine,
  PlainLine,
  SectionStart,
  TableRow,
  Title,
  TocHeading,
  TocLine,
} from '../lexer/tokens.js';
import type { BlockNode, FrontNode, ItemNode, Outline, SectionNode } from './outline.js';

/**
 * The grammar of a referat, over line tokens (see `docs/architecture.md`). It is total: every
 * token sequence parses, because each rule that loops accepts every category except the one
 * that opens the next construct. Input that fits no construct therefore ends up in a
 * paragraph, never in a parse error. Rules consume abstract categories, so one grammar serves
 * every dialect; a parser instance is built once per dialect and reused (`parser.input = …`).
 * A dialect may subclass it to override a rule by name (`DialectDefinition.parser`), as in
 * Chevrotain's grammar-inheritance example.
 *
 * The rules return an {@link Outline}, the tokens of each construct grouped in document order,
 * instead of a Chevrotain CST: the builder needs nothing more, and the outline costs a fraction
 * of the CST's allocations, which is what kept time linear on inputs of many megabytes.
 */
export class ReferatParser extends EmbeddedActionsParser {
  /**
   * `validate` runs Chevrotain's grammar validations (ambiguities, left recursion); they cost
   * about 5 ms of cold start and the grammar test runs them, so parsing skips them.
   */
  constructor(tokenVocabulary: TokenType[], validate = false) {
    super(tokenVocabulary, { maxLookahead: 1, recoveryEnabled: false, skipValidations: !validate });
  }

  /**
   * Runs Chevrotain's self-analysis, once, after construction: a dialect's subclass overrides
   * rules in its field initialisers (`OVERRIDE_RULE`), which run after this class's.
   */
  finish(): this {
    this.performSelfAnalysis();
    return this;
  }

  // The alternatives of each OR, made once per parser rather than on every call, as Chevrotain's
  // performance guide advises ("caching arrays of alternatives"): written inside the rules they
  // cost an array, and an object and a closure per alternative, on every line. Each alternative
  // returns what it read; a blank line (Break) reads as null.

  private readonly frontPartOrBreak: IOrAlt<FrontNode | null>[] = [
    { ALT: () => this.SUBRULE(this.frontPart) },
    { ALT: () => this.blankLine() },
  ];

  private readonly frontParts: IOrAlt<FrontNode>[] = [
    { ALT: () => this.SUBRULE(this.titleLine) },
    { ALT: () => this.SUBRULE(this.headerField) },
    { ALT: () => this.SUBRULE(this.toc) },
    { ALT: () => ({ kind: 'heading', token: this.CONSUME(SectionStart) }) },
    { ALT: () => this.SUBRULE(this.frontText) },
    { ALT: () => this.SUBRULE(this.list) },
    { ALT: () => this.SUBRULE(this.table) },
  ];

  private readonly tocLineOrBreak: IOrAlt<IToken | null>[] = [
    { ALT: () => this.CONSUME(TocLine) },
    { ALT: () => this.blankLine() },
  ];

  private readonly blockOrBreak: IOrAlt<BlockNode | null>[] = [
    { ALT: () => this.SUBRULE(this.paragraph) },
    { ALT: () => this.SUBRULE(this.list) },
    { ALT: () => this.SUBRULE(this.table) },
    { ALT: () => this.blankLine() },
  ];

  private blankLine(): null {
    this.CONSUME(Break);
    return null;
  }

  /** `document := frontMatter agendaItem*` */
  document = this.RULE('document', (): Outline => {
    const front = this.SUBRULE(this.frontMatter);
    const items: ItemNode[] = [];
    this.MANY(() => {
      items.push(this.SUBRULE(this.agendaItem));
    });
    return { front, items };
  });

  /** Everything before the first item: title, header fields, table of contents, other text. */
  frontMatter = this.RULE('frontMatter', (): FrontNode[] => {
    const parts: FrontNode[] = [];
    this.MANY(() => {
      const part = this.OR(this.frontPartOrBreak);
      if (part) parts.push(part);
    });
    return parts;
  });

  /** One construct of the front matter. */
  frontPart = this.RULE('frontPart', (): FrontNode => this.OR(this.frontParts));

  /** `REFERAT <committee> …`, with any lines that wrap it. */
  titleLine = this.RULE('titleLine', (): FrontNode => {
    const token = this.CONSUME(Title);
    const lines: IToken[] = [];
    this.MANY(() => lines.push(this.CONSUME(PlainLine)));
    return { kind: 'title', token, lines };
  });

  /** `Mødedato …`: a label and its value, which may continue on the next lines. */
  headerField = this.RULE('headerField', (): FrontNode => {
    const token = this.CONSUME(HeaderLabel);
    const lines: IToken[] = [];
    this.MANY(() => lines.push(this.CONSUME(PlainLine)));
    return { kind: 'field', token, lines };
  });

  /** `Indholdsfortegnelse` and the lines under it, up to the next front-matter construct. */
  toc = this.RULE('toc', (): FrontNode => {
    const token = this.CONSUME(TocHeading);
    const lines: IToken[] = [];
    this.MANY(() => {
      const line = this.OR(this.tocLineOrBreak);
      if (line) lines.push(line);
    });
    return { kind: 'toc', token, lines };
  });

  /** Unlabelled text in the front matter (web boilerplate, an address, a cover line). */
  frontText = this.RULE('frontText', (): FrontNode => {
    // `X MANY(X)` rather than AT_LEAST_ONE(X): an array made with its first line holds one
    // slot, where pushing the first into `[]` reserves seventeen (most runs are one line).
    const lines = [this.CONSUME(PlainLine)];
    this.MANY(() => lines.push(this.CONSUME2(PlainLine)));
    return { kind: 'text', lines };
  });

  /** `agendaItem := ItemStart blocks section*` */
  agendaItem = this.RULE('agendaItem', (): ItemNode => {
    const opener = this.CONSUME(ItemStart);
    const blocks = this.SUBRULE(this.blocks);
    const sections: SectionNode[] = [];
    this.MANY(() => sections.push(this.SUBRULE(this.section)));
    return { opener, blocks, sections };
  });

  /** `section := SectionStart blocks` */
  section = this.RULE('section', (): SectionNode => {
    const heading = this.CONSUME(SectionStart);
    return { heading, blocks: this.SUBRULE(this.blocks) };
  });

  /** `blocks := (Break | paragraph | list | table)*`, the blocks in order. */
  blocks = this.RULE('blocks', (): BlockNode[] => {
    const blocks: BlockNode[] = [];
    this.MANY(() => {
      const block = this.OR(this.blockOrBreak);
      if (block) blocks.push(block);
    });
    return blocks;
  });

  /** Consecutive text lines (the builder splits them where a line does not wrap the last). */
  paragraph = this.RULE('paragraph', (): BlockNode => {
    const lines = [this.CONSUME(BodyLine)];
    this.MANY(() => lines.push(this.CONSUME2(BodyLine)));
    return { kind: 'paragraph', lines };
  });

  /** A list entry and the lines after it (continuations, or text the builder splits off). */
  list = this.RULE('list', (): BlockNode => {
    const lines = [this.CONSUME(ListStart)];
    this.MANY(() => lines.push(this.CONSUME(ListLine)));
    return { kind: 'list', lines };
  });

  /** Consecutive TAB-separated lines. */
  table = this.RULE('table', (): BlockNode => {
    const lines = [this.CONSUME(TableRow)];
    this.MANY(() => lines.push(this.CONSUME2(TableRow)));
    return { kind: 'table', lines };
  });
}
