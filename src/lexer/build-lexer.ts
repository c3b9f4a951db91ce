import { type CustomPatternMatcherFunc, type ILexerConfig, type ILexingResult, Lexer, type IMultiModeLexerDefinition, type TokenType, createToken } from 'chevrotain';
import type { Vocabulary } from '../dialect/vocabulary.js';
import { firstChars, mayStart } from '../text/first-chars.js';
import {
  AT_EOL,
  CHAR,
  CHAR_NO_TAB,
  EMPHASIS,
  NEWLINE,
  SPACE,
  escapeRegExp,
  bulletClass,
  UPPER,
  linePatternSource,
  startChars,
  stickyMatch,
  ALNUM,
} from './patterns.js';
import { type GuardedLine, guardedLine, guardWord } from './guarded-line.js';
import { phraseLine } from './phrase-line.js';
import {
  BodyLine,
  Break,
  DroppedIndent,
  DroppedMarkdownHeading,
  FormFeedIndent,
  HeaderLabel,
  Indent,
  ItemStart,
  ListStart,
  MarkdownEmptyHeading,
  MarkdownHeading,
  PlainLine,
  SectionStart,
  TableRow,
  TextLine,
  Title,
  TocHeading,
  TocLine,
} from './tokens.js';

/** The concrete, vocabulary-built tokens of one dialect, by role. */
export interface DialectTokens {
  itemOpener: TokenType;
  tocHeading: TokenType;
  sectionHeading: TokenType;
  decisionHeading: TokenType;
  recommendationHeading: TokenType;
  title: TokenType;
  headerLabel: TokenType;
  caseNumber: TokenType;
  artifact: TokenType;
  listItem: TokenType;
}

/** A dialect's lexer and the token types it needs in the parser's vocabulary. */
export interface BuiltLexer {
  /**
   * The lexer `parse` uses: Markdown heading markers and indentation are matched and dropped,
   * but indentation holding a form feed (`tokens.ts`).
   */
  lexer: Lexer;
  /**
   * The lexer `tokenize` uses, built on first call: the same tokens, every one kept (indentation
   * in the `indent` group, heading markers in `decoration`), so that the images concatenate to
   * the input.
   */
  everyToken: () => Lexer;
  tokens: DialectTokens;
  /** Every token type the lexer can produce, plus the categories. */
  allTokens: TokenType[];
}

/**
 * Journal-number shapes: KLE (`27.69.48-P35-1-22`), `2011-29298`, `12/27845`, `EMN-2025-010561`.
 * Repeated groups are bounded: each repetition of a group costs V8 a backtrack entry, and an
 * unbounded `(?:-\d{1,6})*` over an 11 MB line overflowed its stack.
 */
const CASE_NUMBER =
  '(?:\\d{2}\\.\\d{2}\\.\\d{2}[0-9A-Za-zÆØÅæøå.\\-]*|\\d{2,4}-\\d{3,}(?:-\\d{1,6}){0,8}|\\d{2,4}\\/\\d{2,}|[A-ZÆØÅ]{2,6}-\\d{4}-\\d{3,})';

/**
 * A line token's pattern, built by `build` from the vocabulary patterns it reads. Those that
 * open with `{text}` and a word are tried behind a search for that word (see
 * {@link guardedLine}); the others as one regular expression, first, on lines that start with
 * one of their first characters (the token's start characters are all letters, for the
 * others). Every pattern reads the line to its end, so which one matches does not change the
 * token.
 */
function guarded(
  build: (patterns: readonly string[]) => RegExp,
  patterns: readonly string[],
  guards: GuardedLine[],
): RegExp | { exec: CustomPatternMatcherFunc } {
  const opening = patterns.filter((p) => guardWord(p) !== null);
  if (!opening.length) return build(patterns);
  const guard = guardedLine(build(opening), opening);
  guards.push(guard);
  const others = patterns.filter((p) => guardWord(p) === null);
  if (!others.length) return { exec: guard.exec };
  const plain = new RegExp(build(others).source, 'iy');
  const starts = firstChars(startChars(others));
  return {
    exec: (text, offset, tokens, groups) => {
      if (mayStart(starts, text, offset)) {
        const match = stickyMatch(plain, text, offset);
        if (match !== null) return match;
      }
      return guard.exec(text, offset, tokens, groups);
    },
  };
}

/**
 * A Chevrotain lexer whose guarded line patterns (see {@link guardedLine}) start over before
 * and after each tokenize run: they keep their place in the text between the calls of a run.
 */
class LineLexer extends Lexer {
  constructor(
    definition: IMultiModeLexerDefinition,
    config: ILexerConfig,
    private readonly guards: readonly GuardedLine[],
  ) {
    super(definition, config);
  }

  override tokenize(text: string, initialMode?: string): ILexingResult {
    this.resetGuards();
    try {
      return super.tokenize(text, initialMode);
    } finally {
      this.resetGuards();
    }
  }

  private resetGuards(): void {
    for (let i = 0; i < this.guards.length; i++) this.guards[i]!.reset();
  }
}

/**
 * Builds the lexer of one dialect from its vocabulary (Chevrotain's `inheritance` example:
 * concrete tokens per language, in shared abstract categories). Two modes share the tokens:
 * `text`, and `markdown`, which also knows heading markers (`## `). `parse` drops the markers
 * and most indentation, `tokenize` keeps them (see {@link BuiltLexer}).
 * Token order is priority order: the first pattern that matches at a line start wins.
 * `validate` runs Chevrotain's pattern validations (tests do; parsing need not); `safeMode`
 * turns off the first-character optimisation and the prefilters in front of some patterns;
 * tests compare the two lexers to check the start-character hints and the prefilters.
 */
export function buildLexer(
  vocabulary: Readonly<Vocabulary>,
  { validate = false, safeMode = false }: { validate?: boolean; safeMode?: boolean } = {},
): BuiltLexer {
  const rest = `${CHAR}*${NEWLINE}`;
  const prefiltered = (regex: RegExp, mayStart: MayStart) => (safeMode ? regex : withPrefilter(regex, mayStart));
  const guards: GuardedLine[] = [];
  const opener = (patterns: readonly string[]): string =>
    patterns.length ? `${EMPHASIS}(?:${patterns.map(linePatternSource).join('|')})` : '(?!)';

  const artifactPatterns = vocabulary.artifacts.map((a) => a.pattern);
  const bullets = bulletClass(vocabulary.listBullets);
  const tokens: DialectTokens = {
    // A bullet from the vocabulary, or a number or letter marker (`1.`, `2)`, `a.`, `A)`,
    // `Ad 1.`, `Ad. 2)`, `Ad 2-3.`), then a space.
    listItem: createToken({
      name: 'ListItem',
      pattern: prefiltered(
        new RegExp(
          `${EMPHASIS}(?:${bullets}|\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-zæøå][.)]|[${UPPER}]\\)|Ad\\.?${SPACE}?\\d{1,2}(?:[-–]\\d{1,2})?\\.?\\)?)(?:[ \\t\\u00a0]+(?![ \\t\\u00a0])${CHAR_NO_TAB}*)?${AT_EOL}${NEWLINE}`,
        ),
        listItemStart(vocabulary.listBullets),
      ),
      start_chars_hint: [...vocabulary.listBullets, ...`*_(0123456789abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ`],
      categories: [ListStart],
      line_breaks: true,
    }),
    // Page numbers and navigation: a token group, so the parser never sees them. A web page's
    // link may stand in a bulleted list of links (`• Udskriv`).
    artifact: createToken({
      name: 'ArtifactLine',
      pattern: new RegExp(
        `(?:${bullets}[ \\t\\u00a0]+)?${opener(artifactPatterns)}${EMPHASIS}${SPACE}*${AT_EOL}${NEWLINE}`,
        'i',
      ),
      start_chars_hint: startChars(artifactPatterns, artifactPatterns.length ? vocabulary.listBullets.join('') : ''),
      group: 'artifact',
      line_breaks: true,
    }),
    itemOpener: createToken({
      name: 'ItemOpener',
      // No TAB on the line: `Punkt 1: Title.....⇥3` is a table-of-contents entry.
      pattern: guarded((p) => new RegExp(`${opener(p)}${CHAR_NO_TAB}*${AT_EOL}${NEWLINE}`, 'i'), vocabulary.itemOpeners, guards),
      start_chars_hint: startChars(vocabulary.itemOpeners),
      categories: [ItemStart],
      line_breaks: true,
    }),
    tocHeading: phraseToken('TocHeadingLine', vocabulary.tocHeadings, [TocHeading, BodyLine]),
    sectionHeading: phraseToken(
      'SectionHeading',
      vocabulary.sectionHeadings.map((h) => h.text),
      [SectionStart],
    ),
    decisionHeading: createToken({
      name: 'DecisionHeading',
      pattern: guarded((p) => new RegExp(`${opener(p)}${rest}`, 'i'), vocabulary.decisionOpeners, guards),
      start_chars_hint: startChars(vocabulary.decisionOpeners),
      categories: [SectionStart],
      line_breaks: true,
    }),
    recommendationHeading: createToken({
      name: 'RecommendationHeading',
      pattern: guarded((p) => new RegExp(`${opener(p)}${SPACE}*${AT_EOL}${NEWLINE}`, 'i'), vocabulary.recommendationOpeners, guards),
      start_chars_hint: startChars(vocabulary.recommendationOpeners),
      categories: [SectionStart],
      line_breaks: true,
    }),
    title: createToken({
      name: 'TitleLine',
      pattern: new RegExp(
        `${EMPHASIS}(?:${vocabulary.titleWords.map((t) => phrase(t.word)).join('|') || '(?!)'})(?![a-zæøå0-9])${rest}`,
        'i',
      ),
      start_chars_hint: startChars(vocabulary.titleWords.map((t) => t.word)),
      categories: [Title, BodyLine],
      line_breaks: true,
    }),
    headerLabel: createToken({
      name: 'HeaderLabelLine',
      pattern: prefiltered(
        new RegExp(`${EMPHASIS}(?:${vocabulary.headerLabels.map((h) => labelSource(h.label)).join('|') || '(?!)'})${rest}`, 'i'),
        phraseStart(vocabulary.headerLabels.map((h) => h.label.replace(/:$/, ''))),
      ),
      start_chars_hint: startChars(vocabulary.headerLabels.map((h) => h.label)),
      categories: [HeaderLabel, BodyLine],
      line_breaks: true,
    }),
    caseNumber: createToken({
      name: 'CaseNumberLine',
      pattern: prefiltered(
        new RegExp(
          `${EMPHASIS}(?:${caseLabelSource(vocabulary.caseNumberLabels)}${CASE_NUMBER}|${caseLabelOnly(vocabulary.caseNumberLabels)})${EMPHASIS}${SPACE}*${AT_EOL}${NEWLINE}`,
          'i',
        ),
        caseNumberStart(vocabulary.caseNumberLabels),
      ),
      // Numbers start with a digit or, for `EMN-2025-…`, a letter.
      start_chars_hint: startChars(vocabulary.caseNumberLabels, ALNUM),
      categories: [BodyLine, PlainLine, TocLine],
      line_breaks: true,
    }),
  };

  const lineTokens = [
    tokens.artifact,
    tokens.itemOpener,
    tokens.tocHeading,
    tokens.sectionHeading,
    tokens.decisionHeading,
    tokens.recommendationHeading,
    tokens.title,
    tokens.headerLabel,
    tokens.caseNumber,
    tokens.listItem,
    TextLine,
    TableRow,
  ];
  const lexerOf = (indent: TokenType[], headingMarker: TokenType): Lexer =>
    new LineLexer(
      {
        modes: {
          text: [Break, ...indent, ...lineTokens],
          markdown: [Break, ...indent, headingMarker, MarkdownEmptyHeading, ...lineTokens],
        },
        defaultMode: 'text',
      },
      // Pattern validations cost ~90 ms; the grammar test runs them for every dialect, so parsing
      // skips them. First-character optimisation stays mandatory either way (but for `safeMode`).
      {
        positionTracking: 'onlyOffset',
        ensureOptimizations: !safeMode,
        safeMode,
        skipValidations: !validate,
      },
      guards,
    );
  let everyToken: Lexer | null = null;
  return {
    lexer: lexerOf([DroppedIndent, FormFeedIndent], DroppedMarkdownHeading),
    everyToken: () => (everyToken ??= lexerOf([Indent], MarkdownHeading)),
    tokens,
    allTokens: Object.values(tokens),
  };
}

/** A token for a line that is exactly one of `phrases` (see `phrase-line.ts`). */
function phraseToken(name: string, phrases: readonly string[], categories: TokenType[]): TokenType {
  const { exec, startChars } = phraseLine(phrases);
  return createToken({
    name,
    pattern: { exec },
    start_chars_hint: startChars,
    categories,
    line_breaks: true,
  });
}

function phrase(text: string): string {
  return text.trim().split(/\s+/).map(escapeRegExp).join(`${SPACE}+`);
}

/** A header label, then space, a colon or the end of the line (a TAB means a table row). */
function labelSource(label: string): string {
  if (label.endsWith(':')) return phrase(label.slice(0, -1)) + `${EMPHASIS}${SPACE}*:`;
  return `${phrase(label)}${EMPHASIS}(?=[ \\u00a0:]|${AT_EOL})`;
}

/**
 * Optional spaces that are never split: two runs around an optional colon (`[ ]*:?[ ]*`) gave
 * every split of a long run a try, quadratic on `Sag` and a million spaces.
 */
const SPACE_RUN = `${SPACE}*(?![ \\u00a0])`;

/** A case-number label with no number after it (`Sagsnr:`): still marks a new item's head. */
function caseLabelOnly(labels: readonly string[]): string {
  if (!labels.length) return '(?!)';
  return `(?:${labels.map(phrase).join('|')})${EMPHASIS}${SPACE_RUN}(?::${SPACE_RUN})?`;
}

/** Optional case-number label (`Sagsnr.:`) before the number itself. */
function caseLabelSource(labels: readonly string[]): string {
  if (!labels.length) return '';
  return `(?:(?:${labels.map(phrase).join('|')})${EMPHASIS}${SPACE_RUN}(?::${SPACE_RUN})?)?`;
}

/**
 * Whether a line whose first two character codes are `c0` and `c1` (NaN past the input's end),
 * starting at `offset` in `text`, may match a token's regular expression; false only where it
 * cannot.
 */
type MayStart = (c0: number, c1: number, text: string, offset: number) => boolean;

/**
 * A regular-expression token pattern behind a test of the line's first characters (two, or a
 * few more; see {@link MayStart}): most lines fail such a pattern there, and the test is
 * cheaper than entering the expression (which
 * Chevrotain's first-character hint cannot spare, as the hint takes every letter). The match
 * is the expression's, so the token and its image are the same.
 */
function withPrefilter(regex: RegExp, mayStart: MayStart): { exec: CustomPatternMatcherFunc } {
  const sticky = new RegExp(regex.source, `${regex.flags}y`);
  return {
    exec: (text, offset) => {
      if (!mayStart(text.charCodeAt(offset), text.charCodeAt(offset + 1), text, offset)) return null;
      return stickyMatch(sticky, text, offset);
    },
  };
}

/** The upper case of an ASCII character code (letters; other codes as they are). */
function asciiUpper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/**
 * The first two characters that phrases starting with an ASCII character can start with, as the
 * `i` flag (without `u`) reads them, by the first one's upper case: `ascii` marks ASCII pairs
 * (upper case, at `c0 * 128 + c1`; a space stands for a run of spaces or NBSP), `anySecond` the
 * first characters of one-character phrases (anything may follow), `beyond` the second
 * characters past ASCII (canonical, see {@link canonical}). Null when a phrase is empty (it
 * matches at any line). Bitmaps: asked at nearly every line, where a set's lookup cost more.
 */
interface PhrasePairs {
  ascii: Uint8Array;
  anySecond: Uint8Array;
  beyond: Map<number, Set<number>>;
}

function phrasePairs(phrases: readonly string[]): PhrasePairs | null {
  const pairs: PhrasePairs = { ascii: new Uint8Array(128 * 128), anySecond: new Uint8Array(128), beyond: new Map() };
  for (const phrase of phrases) {
    const text = phrase.trim().split(/\s+/).join(' ');
    if (!text) return null;
    const c0 = text.charCodeAt(0);
    if (c0 >= 128) continue;
    const first = asciiUpper(c0);
    const c1 = text.charCodeAt(1);
    if (text.length === 1) pairs.anySecond[first] = 1;
    else if (c1 < 128) pairs.ascii[first * 128 + asciiUpper(c1)] = 1;
    else {
      const seconds = pairs.beyond.get(first) ?? new Set<number>();
      seconds.add(canonical(c1));
      pairs.beyond.set(first, seconds);
    }
  }
  return pairs;
}

/**
 * Whether a line whose first character is ASCII may start one of the phrases of `pairs` (see
 * {@link phrasePairs}). Under `i` without `u`, an ASCII character matches only its own upper
 * and lower case, and a character past ASCII only those with the same {@link canonical} form
 * (never an ASCII one); an NBSP second matches a phrase's space.
 */
function startsPhrase(pairs: PhrasePairs | null, c0: number, c1: number): boolean {
  if (pairs === null || !(c0 < 128)) return true;
  const first = asciiUpper(c0);
  if (pairs.anySecond[first] === 1) return true;
  if (c1 < 128) return pairs.ascii[first * 128 + asciiUpper(c1)] === 1;
  // Past the text's end (NaN): no pair has it.
  if (!(c1 >= 128)) return false;
  if (c1 === 0xa0) return pairs.ascii[first * 128 + 32] === 1;
  const seconds = pairs.beyond.get(first);
  return seconds !== undefined && seconds.has(canonical(c1));
}

/**
 * The form under which a regular expression with the `i` flag and without `u` compares a
 * character past ASCII (ECMA-262, Canonicalize): its upper case, unless that is several
 * characters or ASCII, when it is the character itself.
 */
export function canonical(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return u < 128 ? c : u;
}

/** Emphasis (`*`, `_`) or a non-ASCII character: the prefilters leave such lines to the expression. */
function unfiltered(c0: number): boolean {
  return c0 >= 128 || c0 === 42 || c0 === 95;
}

/** {@link MayStart} of a line that opens with one of `phrases`, read under the `i` flag (header labels). */
function phraseStart(phrases: readonly string[]): MayStart {
  const pairs = phrasePairs(phrases);
  return (c0, c1) => unfiltered(c0) || startsPhrase(pairs, c0, c1);
}

/**
 * {@link MayStart} of a case-number line (`CASE_NUMBER`, under the `i` flag): a label, a digit,
 * or two to six letters and a hyphen (`EMN-2025-…`). A line that starts with an ASCII letter
 * and no label's first two characters has a hyphen within its first seven characters, or is no
 * case number: most text lines start with a letter and fail here.
 */
function caseNumberStart(labels: readonly string[]): MayStart {
  const pairs = phrasePairs(labels);
  return (c0, c1, text, offset) => {
    if (!isAsciiLetter(c0)) return true;
    if (startsPhrase(pairs, c0, c1)) return true;
    for (let i = offset + 2; i <= offset + 6; i++) if (text.charCodeAt(i) === 45) return true;
    return false;
  };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * {@link MayStart} of a list entry: a line that starts with a letter (no bullet) is one only
 * as a marker `a.`, `a)`, `A)` or `Ad…` (the expression has no `i` flag).
 */
function listItemStart(bullets: readonly string[]): MayStart {
  // Bullets that are letters themselves (none of the bundled dialects has one): only those
  // need a lookup, and only when there are any.
  const letters = new Set([...bullets.join('')].map((c) => c.charCodeAt(0)).filter(isMarkerLetter));
  const anyLetter = letters.size > 0;
  return (c0, c1) => !isMarkerLetter(c0) || c1 === 46 || c1 === 41 || (c0 === 65 && c1 === 100) || (anyLetter && letters.has(c0));
}

/** A letter of the list markers' classes (`[a-zæøå]`, `[A-ZÆØÅ]`). */
function isMarkerLetter(c: number): boolean {
  return isAsciiLetter(c) || c === 0xe6 || c === 0xf8 || c === 0xe5 || c === 0xc6 || c === 0xd8 || c === 0xc5;
}
