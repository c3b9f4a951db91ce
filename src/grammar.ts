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
import type { ReferatParser } from './parser/parser.js';

export { ReferatParser } from './parser/parser.js';
export { lineTokens } from './lexer/line-tokens.js';
export type { BlockNode, FrontNode, ItemNode, Outline, SectionNode } from './parser/outline.js';

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
export type ParserExtension = (base: typeof ReferatParser) => typeof ReferatParser;
