import { CstParser, type TokenType } from 'chevrotain';
import {
  BodyLine,
  Break,
  HeaderLabel,
  ItemStart,
  ListItem,
  ListLine,
  PlainLine,
  SectionStart,
  TableRow,
  Title,
  TocHeading,
  TocLine,
} from '../lexer/tokens.js';

/**
 * The grammar of a referat, over line tokens (see `docs/grammar.md`). It is total: every token
 * sequence parses, because each rule that loops accepts every category except the one that
 * opens the next construct. Input that fits no construct therefore ends up in a paragraph,
 * never in a parse error. Rules consume abstract categories, so one grammar serves every
 * dialect; a parser instance is built once per dialect and reused (`parser.input = tokens`).
 */
export class ReferatParser extends CstParser {
  constructor(tokenVocabulary: TokenType[]) {
    super(tokenVocabulary, { maxLookahead: 1, recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  /** `document := frontMatter agendaItem*` */
  document = this.RULE('document', () => {
    this.SUBRULE(this.frontMatter);
    this.MANY(() => this.SUBRULE(this.agendaItem));
  });

  /** Everything before the first item: title, header fields, table of contents, other text. */
  frontMatter = this.RULE('frontMatter', () => {
    this.MANY(() =>
      this.OR([{ ALT: () => this.SUBRULE(this.frontPart) }, { ALT: () => this.CONSUME(Break) }]),
    );
  });

  /** One construct of the front matter (a rule of its own so the parts stay in order). */
  frontPart = this.RULE('frontPart', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.titleLine) },
      { ALT: () => this.SUBRULE(this.headerField) },
      { ALT: () => this.SUBRULE(this.toc) },
      { ALT: () => this.CONSUME(SectionStart) },
      { ALT: () => this.SUBRULE(this.frontText) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.table) },
    ]);
  });

  /** `REFERAT <committee> …`, with any lines that wrap it. */
  titleLine = this.RULE('titleLine', () => {
    this.CONSUME(Title);
    this.MANY(() => this.CONSUME(PlainLine));
  });

  /** `Mødedato …`: a label and its value, which may continue on the next lines. */
  headerField = this.RULE('headerField', () => {
    this.CONSUME(HeaderLabel);
    this.MANY(() => this.CONSUME(PlainLine));
  });

  /** `Indholdsfortegnelse` and the lines under it, up to the next front-matter construct. */
  toc = this.RULE('toc', () => {
    this.CONSUME(TocHeading);
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(TocLine) }, { ALT: () => this.CONSUME(Break) }]));
  });

  /** Unlabelled text in the front matter (web boilerplate, an address, a cover line). */
  frontText = this.RULE('frontText', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(PlainLine));
  });

  /** `agendaItem := ItemStart (Break | block)* section*` */
  agendaItem = this.RULE('agendaItem', () => {
    this.CONSUME(ItemStart);
    this.SUBRULE(this.blocks);
    this.MANY(() => this.SUBRULE(this.section));
  });

  /** `section := SectionStart (Break | block)*` */
  section = this.RULE('section', () => {
    this.CONSUME(SectionStart);
    this.SUBRULE(this.blocks);
  });

  /** The blocks of a section, in order, with the breaks between them. */
  blocks = this.RULE('blocks', () => {
    this.MANY(() =>
      this.OR([{ ALT: () => this.SUBRULE(this.block) }, { ALT: () => this.CONSUME(Break) }]),
    );
  });

  /** `block := paragraph | list | table` (a rule of its own so blocks stay in order). */
  block = this.RULE('block', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.paragraph) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.table) },
    ]);
  });

  /** Consecutive text lines (the builder splits them where a line does not wrap the last). */
  paragraph = this.RULE('paragraph', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(BodyLine));
  });

  /** A list entry and the lines after it (continuations, or text the builder splits off). */
  list = this.RULE('list', () => {
    this.CONSUME(ListItem);
    this.MANY(() => this.CONSUME(ListLine));
  });

  /** Consecutive TAB-separated lines. */
  table = this.RULE('table', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(TableRow));
  });
}
