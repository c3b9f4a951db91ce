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
} from './tokens.js';

/**
 * The line categories the grammar consumes, for a dialect that overrides a rule
 * (`DialectDefinition.parser`): `this.CONSUME(lineTokens.TableRow)` in an `OVERRIDE_RULE`.
 */
export const lineTokens = Object.freeze({
  ItemStart,
  SectionStart,
  BodyLine,
  ListStart,
  ListLine,
  PlainLine,
  TableRow,
  TocLine,
  Title,
  HeaderLabel,
  TocHeading,
  Break,
});
