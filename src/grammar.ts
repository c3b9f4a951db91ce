/**
 * `referat/grammar`: the parser class and its line tokens, for a dialect that overrides grammar
 * rules where words are not enough (`DialectDefinition.parser`, see `docs/dialects.md`). A
 * subpath of its own because its typings carry Chevrotain's (version 11.2, bundled in
 * `dist/chevrotain.d.cts`): the main entry's typings stay free of them.
 *
 * Runs on the same engine as `referat`: a dialect made with these overrides is read by `parse`
 * from `import` and from `require` alike.
 *
 * @example
 * import { defineDialect, genericDialect, parse } from 'referat';
 * import { lineTokens, type BlockNode, type ParserExtension } from 'referat/grammar';
 *
 * // A layout whose PDF export indents running text with TABs: no TAB line is a table there.
 * const noTables: ParserExtension = (Base) =>
 *   class extends Base {
 *     override table = this.OVERRIDE_RULE('table', (): BlockNode => {
 *       const lines = [this.CONSUME(lineTokens.TableRow)];
 *       this.MANY(() => lines.push(this.CONSUME2(lineTokens.TableRow)));
 *       return { kind: 'paragraph', lines };
 *     });
 *   };
 * const dialect = defineDialect({ name: 'no-tables', extends: genericDialect, parser: noTables });
 * parse('Punkt 1: Sag\n\n\tTekst med TAB.\n', { dialect }).document.items[0]?.sections;
 *
 * @module
 */
import { lineTokens as tokens } from './lexer/line-tokens.js';
import type * as outline from './parser/outline.js';
import { ReferatParser as Parser } from './parser/parser.js';

// The parser and its outline live in src/parser/ with the engine; they are declared again here
// to carry the package's documentation (every export has an example).

/**
 * The grammar as a Chevrotain 11 `EmbeddedActionsParser` over line tokens: the class a dialect's
 * {@link ParserExtension} receives and subclasses. Its rules, by name, each returning a part of
 * the {@link Outline}: `document`, `frontMatter`, `frontPart`, `titleLine`, `headerField`, `toc`,
 * `frontText`, `agendaItem`, `section`, `blocks`, `paragraph`, `list`, `table`
 * (`docs/grammar.html` draws them). The grammar is total: every token sequence parses.
 * `new ReferatParser(tokens, validate?)` then `finish()` builds one (the engine does this once
 * per dialect); `validate` runs Chevrotain's grammar checks.
 *
 * @example
 * import { ReferatParser, lineTokens, type BlockNode, type ParserExtension } from 'referat/grammar';
 * const tabsAreText: ParserExtension = (Base: typeof ReferatParser) =>
 *   class extends Base {
 *     override table = this.OVERRIDE_RULE('table', (): BlockNode => ({ kind: 'paragraph', lines: [this.CONSUME(lineTokens.TableRow)] }));
 *   };
 */
export const ReferatParser: typeof Parser = Parser;
/**
 * A parser instance: what `new ReferatParser(tokens).finish()` gives and what `this` is in an
 * overriding rule.
 *
 * @example
 * import { ReferatParser } from 'referat/grammar';
 * const ruleNames = (parser: ReferatParser): string[] => Object.keys(parser.getGAstProductions()); // ['document', 'frontMatter', …]
 */
export type ReferatParser = Parser;

/**
 * The line categories the grammar consumes, as Chevrotain token types (`ItemStart`,
 * `SectionStart`, `BodyLine`, `ListStart`, `ListLine`, `PlainLine`, `TableRow`, `TocLine`,
 * `Title`, `HeaderLabel`, `TocHeading`, `Break`), for `this.CONSUME(…)` in an overriding rule.
 * Each dialect's lexer maps its own words onto these categories.
 *
 * @example
 * import { lineTokens, type BlockNode, type ParserExtension } from 'referat/grammar';
 * const rowsAsParagraphs: ParserExtension = (Base) =>
 *   class extends Base {
 *     override table = this.OVERRIDE_RULE('table', (): BlockNode => ({ kind: 'paragraph', lines: [this.CONSUME(lineTokens.TableRow)] }));
 *   };
 */
export const lineTokens: typeof tokens = tokens;

/**
 * A run of lines that forms one block: `kind` `paragraph` (text lines), `list` (a list entry
 * and its lines) or `table` (TAB rows); `lines` are the line tokens (Chevrotain `IToken`s, with
 * `image`, `startOffset`, `tokenType`). What the rules `paragraph`, `list` and `table` return.
 *
 * @example
 * import type { BlockNode } from 'referat/grammar';
 * const text = (block: BlockNode): string => block.lines.map((t) => t.image).join('');
 */
export interface BlockNode extends outline.BlockNode {}

/**
 * A construct of the front matter, by `kind`: `title` and `field` (the line in `token`, its
 * continuation lines in `lines`), `toc` (the heading in `token`, the entries in `lines`),
 * `heading` (a section heading before the first item), `text`, or a {@link BlockNode}.
 *
 * @example
 * import type { FrontNode } from 'referat/grammar';
 * const firstLine = (node: FrontNode) => ('token' in node ? node.token : node.lines[0])?.image;
 */
export type FrontNode = outline.FrontNode;

/**
 * A section as the parser groups it: its heading line and the blocks under it.
 *
 * @example
 * import type { SectionNode } from 'referat/grammar';
 * const heading = (section: SectionNode): string => section.heading.image.trim();
 */
export interface SectionNode extends outline.SectionNode {}

/**
 * An agenda item as the parser groups it: its opener line (`Punkt 3: …`), the blocks before its
 * first section, and its sections. What the rule `agendaItem` returns.
 *
 * @example
 * import type { ItemNode } from 'referat/grammar';
 * const opener = (item: ItemNode): string => item.opener.image.trim();
 */
export interface ItemNode extends outline.ItemNode {}

/**
 * What the rule `document` returns: the front matter's constructs and the agenda items, each the
 * line tokens of its construct in document order (the builder turns it into a `Referat`).
 *
 * @example
 * import type { Outline } from 'referat/grammar';
 * const itemCount = (outline: Outline): number => outline.items.length;
 */
export interface Outline extends outline.Outline {}

/**
 * Subclasses the grammar to override rules by name (`OVERRIDE_RULE`), for
 * `defineDialect({ parser })`. It gets the parser class (the base dialect's, with any overrides
 * of the dialect it extends already applied by the caller) and returns a subclass; each
 * overriding rule must return what the rule it replaces returns (an {@link Outline} part).
 * Called once per dialect, when the dialect is first used.
 *
 * @example
 * import { lineTokens, type BlockNode, type ParserExtension } from 'referat/grammar';
 * const noTables: ParserExtension = (Base) =>
 *   class extends Base {
 *     override table = this.OVERRIDE_RULE('table', (): BlockNode => ({ kind: 'paragraph', lines: [this.CONSUME(lineTokens.TableRow)] }));
 *   };
 */
export type ParserExtension = (base: typeof Parser) => typeof Parser;
