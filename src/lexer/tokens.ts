import { Lexer, type TokenType, createToken } from 'chevrotain';
import { AT_EOL, CHAR, CHAR_NO_TAB, NEWLINE } from './patterns.js';

/*
 * The token vocabulary. Every token is line-level: a line token covers the line's text and the
 * line break after it, so the images of all tokens (including the `indent` and `decoration`
 * groups) concatenate to the input, as `tokenize` shows them. (`parse`'s lexer drops heading
 * markers and most indentation as it matches them: see `DroppedIndent`.) The parser consumes the abstract categories below; each
 * dialect adds concrete tokens in those categories (`build-lexer.ts`), as Chevrotain's
 * inheritance example does with one grammar and a lexer per language.
 */

// ---- Abstract categories (Lexer.NA): what the grammar consumes ----

/** Opens an agenda item (`Punkt 3: …`). */
export const ItemStart = createToken({ name: 'ItemStart', pattern: Lexer.NA });
/** Opens a section: a heading from the vocabulary, a decision opener, or a learned heading. */
export const SectionStart = createToken({ name: 'SectionStart', pattern: Lexer.NA });
/** A line that can belong to a list: an entry or a line continuing one. */
export const ListLine = createToken({ name: 'ListLine', pattern: Lexer.NA });
/** A line that is running text inside a section (paragraph lines). */
export const BodyLine = createToken({ name: 'BodyLine', pattern: Lexer.NA, categories: [ListLine] });
/** A line that can continue the line before it (a wrapped field value or title). */
export const PlainLine = createToken({ name: 'PlainLine', pattern: Lexer.NA });
/** A line that can be a table-of-contents entry. */
export const TocLine = createToken({ name: 'TocLine', pattern: Lexer.NA });
/** The title line (`REFERAT …`). */
export const Title = createToken({ name: 'Title', pattern: Lexer.NA });
/** A labelled front-matter line (`Mødedato …`). */
export const HeaderLabel = createToken({ name: 'HeaderLabel', pattern: Lexer.NA });
/** The heading of the table of contents. */
export const TocHeading = createToken({ name: 'TocHeading', pattern: Lexer.NA });

// ---- Tokens with fixed patterns, shared by every dialect ----

/** One or more blank (whitespace-only) lines: a paragraph break. */
export const Break = createToken({
  name: 'Break',
  // A run of blank space and line breaks, backed off to its last line break. As one character
  // class, the run costs V8's backtracking no entry per character; the obvious
  // `(?:[ \t]*\n)+` took an entry per line and overflowed the stack at three million blank
  // lines. (A regular expression, not a scan by hand: Chevrotain matches one with `test` and no
  // result array.)
  pattern: /[ \t\u00a0\f\ufeff\r\n]*(?:\r\n?|\n)/,
  start_chars_hint: [...' \t\u00a0\f\ufeff\r\n'],
  line_breaks: true,
});

/** Leading spaces of a line (kept in the `indent` group, unseen by the parser). */
export const Indent = createToken({
  name: 'Indent',
  pattern: /[ \u00a0\f\ufeff]+/,
  start_chars_hint: [...' \u00a0\f\ufeff'],
  group: 'indent',
});

/** Whether a character is one {@link Indent} takes: space, NBSP, form feed, BOM. */
export function isIndentChar(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 12 || c === 0xfeff;
}

/** The indentation at `offset` when it holds a form feed; null otherwise (or with none). */
function formFeedIndent(text: string, offset: number): [string] | null {
  let end = offset;
  let feed = false;
  for (let c = text.charCodeAt(end); isIndentChar(c); c = text.charCodeAt(++end)) feed ||= c === 12;
  return feed ? [text.slice(offset, end)] : null;
}

/*
 * Indentation as `parse`'s lexer reads it. A token per indented line, held to the parse's end,
 * cost its allocation and a copy in every scavenge, and only the indentation holding a form
 * feed (a page break) is read (`learnArtifacts`): that is kept in the `indent` group, any other
 * is matched and dropped (Chevrotain's `Lexer.SKIPPED`); where it started is found in the input
 * ({@link indentStart}). `tokenize`, which shows every token, keeps {@link Indent}.
 */

/** Indentation that holds a form feed, in the `indent` group (`parse`'s lexer). */
export const FormFeedIndent = createToken({
  name: 'FormFeedIndent',
  pattern: { exec: formFeedIndent },
  start_chars_hint: [...' \u00a0\f\ufeff'],
  group: 'indent',
});

/**
 * Any other indentation, matched and dropped (`parse`'s lexer): a run without a form feed, not
 * followed by more indentation (a run with one goes on to {@link FormFeedIndent}). Tried before
 * it: most indentation has none, and is then matched by the first pattern tried after `Break`.
 */
export const DroppedIndent = createToken({
  name: 'DroppedIndent',
  pattern: /[ \u00a0\ufeff]+(?![ \u00a0\f\ufeff])/,
  start_chars_hint: [...' \u00a0\ufeff'],
  group: Lexer.SKIPPED,
});

/**
 * Where the {@link Indent} token before a line token starting at `at` starts, found in the input
 * (`at` itself when there is none). Indentation begins a line, or follows a Markdown heading
 * marker, which takes the spaces after its `#` (`# ⍽NBSP text`: the indentation is the NBSP).
 * Valid for the tokens as the lexer made them: a token that layout inference splits off or
 * inserts later may start mid-line.
 */
export function indentStart(input: string, at: number): number {
  let start = at;
  while (start > 0 && isIndentChar(input.charCodeAt(start - 1))) start--;
  if (start === at || start === 0) return start;
  const before = input.charCodeAt(start - 1);
  if (before === 10 || before === 13) return start;
  while (start < at && input.charCodeAt(start) === 32) start++;
  return start;
}

/**
 * A Markdown heading marker `#`…`######` (markdown mode only; `decoration` group), when text
 * follows on its line: `# ` before a blank (or NBSP-only) rest is {@link MarkdownEmptyHeading}.
 * The run of spaces after the marker is taken whole (`(?![ \t])`), so a long run that no text
 * follows fails once instead of once per shorter run (quadratic before).
 */
export const MarkdownHeading = createToken({
  name: 'MarkdownHeading',
  pattern: /#{1,6}[ \t]+(?![ \t])(?=[ \t\u00a0\f\ufeff]*[!-\u009f\u00a1-\ufefe\uff00-\uffff])/,
  start_chars_hint: ['#'],
  group: 'decoration',
});

/**
 * {@link MarkdownHeading} as `parse`'s lexer reads it: matched and dropped (Chevrotain's
 * `Lexer.SKIPPED`), not kept in a group. Nothing in `parse` reads the marker's token (the
 * builder finds the marker in the input, `isMarkdownHeading`), and a token per heading line
 * held to the parse's end cost its allocation and a copy in every scavenge: 0.66–0.8 of the
 * time on lines of `# A`. `tokenize`, which shows every token, keeps {@link MarkdownHeading}.
 */
export const DroppedMarkdownHeading = createToken({
  name: 'DroppedMarkdownHeading',
  pattern: MarkdownHeading.PATTERN,
  start_chars_hint: ['#'],
  group: Lexer.SKIPPED,
});

/**
 * A Markdown heading with no text (`#`, `## `, `# ` then NBSP or a TAB; markdown mode only): an
 * empty heading, as Markdown reads it. A line of its own (not a table row, not text `#`), so it
 * becomes a heading whose text is empty, and layout inference never learns it as a heading word.
 */
export const MarkdownEmptyHeading = createToken({
  name: 'MarkdownEmptyHeading',
  pattern: new RegExp(`#{1,6}[ \\t\\u00a0\\f\\ufeff]*${AT_EOL}${NEWLINE}`),
  start_chars_hint: ['#'],
  categories: [BodyLine, PlainLine, TocLine],
  line_breaks: true,
});

/** A line with at least one TAB (after any list marker): a table row (or a TOC entry `Title.....⇥3`). */
export const TableRow = createToken({
  name: 'TableRow',
  pattern: new RegExp(`${CHAR_NO_TAB}*\\t${CHAR}*${NEWLINE}`),
  categories: [TocLine],
  line_breaks: true,
});

/**
 * A list entry (`- …`, `• …`, `1. …`, `a) …`, `Ad 1. …`): the dialect builds the token from its
 * bullets (`build-lexer.ts`); the parser consumes this category.
 */
export const ListStart = createToken({ name: 'ListStart', pattern: Lexer.NA, categories: [TocLine, ListLine] });

/**
 * Any other line without a TAB: running text. With `TableRow` for lines with a TAB, every line
 * is matched, so lexing never fails. It comes before `TableRow`, so most lines are scanned once.
 */
export const TextLine = createToken({
  name: 'TextLine',
  pattern: new RegExp(`${CHAR_NO_TAB}+${AT_EOL}${NEWLINE}`),
  categories: [BodyLine, PlainLine, TocLine],
  line_breaks: true,
});

/**
 * A text line promoted to a section heading after lexing, because the document repeats it as a
 * heading across items (see `src/layout/learn-headings.ts`). Never produced by the lexer itself.
 */
export const LearnedHeading = createToken({
  name: 'LearnedHeading',
  pattern: Lexer.NA,
  categories: [SectionStart],
});

/**
 * A text line promoted to a decision heading by layout inference (`Beslutning Byrådet den
 * 30-11-2022`, `Økonomiudvalget, 19. juni 2019, pkt. 146:`). Never produced by the lexer itself.
 */
export const LearnedDecisionHeading = createToken({
  name: 'LearnedDecisionHeading',
  pattern: Lexer.NA,
  categories: [SectionStart],
});

/**
 * The heading of a table of contents printed without one (a list of the items' titles before
 * the first item), placed by layout inference as an empty token. Never produced by the lexer.
 */
export const LearnedTocHeading = createToken({
  name: 'LearnedTocHeading',
  pattern: Lexer.NA,
  categories: [TocHeading],
});

/**
 * A numbered line (`1.   Meddelelser`, `100. Godkendelse af dagsorden`, `1: Spørgetid`) promoted
 * to an item opener after lexing, in documents whose dialect openers never occur (see
 * `src/layout/`). Never produced by the lexer itself.
 */
export const LearnedItemOpener = createToken({
  name: 'LearnedItemOpener',
  pattern: Lexer.NA,
  categories: [ItemStart],
});

/** The categories and fixed tokens, for the parser's token vocabulary. */
export const sharedTokens: TokenType[] = [
  ItemStart,
  SectionStart,
  ListLine,
  BodyLine,
  PlainLine,
  TocLine,
  Title,
  HeaderLabel,
  TocHeading,
  Break,
  Indent,
  MarkdownHeading,
  MarkdownEmptyHeading,
  TableRow,
  ListStart,
  TextLine,
  LearnedHeading,
  LearnedDecisionHeading,
  LearnedTocHeading,
  LearnedItemOpener,
];
