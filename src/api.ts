import { buildDocument } from './builder/build-document.js';
import { buildOutline } from './builder/build-outline.js';
import { buildArtifacts } from './builder/build-artifacts.js';
import { type BuildContext, forgetLookupKeys, lookupKey } from './builder/context.js';
import { detectDialect } from './dialect/detect.js';
import { type Report, collectDiagnostics } from './diagnostics/report.js';
import { engineFor } from './engine.js';
import { LineIndex, endPosition } from './lexer/line-index.js';
import { TextLine } from './lexer/tokens.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { Referat } from './model/document.js';
import { DEFAULT_MAX_LINES, type ParseOptions, checkParseOptions, detectMarkdown } from './options.js';
import { interpret } from './interpret/index.js';
import { forgetNameKeys } from './interpret/names.js';
import { ARTIFACT_GROUP, learnArtifacts } from './parser/learn-artifacts.js';
import { inferLayout } from './layout/infer.js';
import { demoteWrappedLines } from './parser/demote-wrapped-lines.js';
import { rememberSource } from './serialize/source.js';
import { trimmedLength } from './text/trimmed-length.js';
import { forgetLastMatch } from './util/last-match.js';
import { wrapWidth } from './text/wrap-width.js';

/**
 * What {@link parse} returns: the document, and what was noticed on the way.
 *
 * @example
 * import { parse, type ParseResult } from 'referat';
 * const { document, diagnostics }: ParseResult = parse(text);
 * console.log(document.items.length, diagnostics.filter((d) => d.severity === 'error').length);
 */
export interface ParseResult {
  document: Referat;
  diagnostics: Diagnostic[];
}

/**
 * Parses the text of minutes or an agenda into a {@link Referat}. Never throws on input: any
 * string, empty or binary, gives a document and diagnostics. Throws `ReferatOptionsError` for
 * options of the wrong shape and `TypeError` when `input` is not a string.
 *
 * @example
 * import { parse } from 'referat';
 * const { document, diagnostics } = parse(text);
 * for (const item of document.items) console.log(item.number, item.title, item.caseNumber?.raw);
 */
export function parse(input: string, options?: ParseOptions): ParseResult {
  if (typeof input !== 'string') {
    throw new TypeError(`parse() expects the document text as a string, got ${typeof input}`);
  }
  const opts = checkParseOptions(options);
  try {
    return read(input, opts);
  } finally {
    // Memos and the realm's last match hold slices of the input, which keep it all alive: none
    // may outlive the call, however it ends (a dialect's own parser rule may throw).
    forgetLookupKeys();
    forgetNameKeys();
    forgetLastMatch();
  }
}

/** {@link parse} of a string, with its options checked. */
function read(input: string, opts: ReturnType<typeof checkParseOptions>): ParseResult {
  // Past `maxLines`, the input is kept unread (see `unreadTail`); `text` is what is read.
  const lines = new LineIndex(input, opts.maxLines ?? DEFAULT_MAX_LINES);
  const { text } = lines;
  const detected = opts.dialect ? null : detectDialect(text);
  const engine = engineFor(opts.dialect ?? detected!.dialect);
  const format = opts.format ?? 'auto';
  const markdown = format === 'markdown' || (format === 'auto' && detectMarkdown(text));
  const { diagnostics, report } = collectDiagnostics();
  const ctx: BuildContext = {
    input: text,
    lines,
    markdown,
    report,
    lookups: engine.lookups,
    artifacts: [],
    wrapWidth: null,
    layout: null,
    cellTails: new Map(),
  };
  checkText(ctx);
  if (detected) {
    const { dialect, score } = detected;
    const why = score > 0 ? `${Math.round(score * 100)} % of its marks were found` : 'no template’s marks were found';
    report('dialect-detected', ctx.lines.range(0, 0), `Read with the ${dialect.name} dialect: ${why}.`, 'info');
  }

  const lexed = engine.lexer.lexer.tokenize(text, markdown ? 'markdown' : 'text');
  const pageNumberLines = engine.lookups.artifactKinds.filter((a) => a.kind === 'pageNumber').map((a) => a.line);
  const isPageNumber = (line: string) => pageNumberLines.some((p) => p.test(line));
  const pageHeaders = new Set(learnArtifacts(lexed.tokens, lexed.groups, markdown, isPageNumber, text));
  buildArtifacts(ctx, lexed.groups[ARTIFACT_GROUP] ?? [], pageHeaders);
  demoteWrappedLines(lexed.tokens);
  // The text lines' lengths, in room for every token (4 bytes a token; a list grown line by line
  // cost several times that).
  const { tokens } = lexed;
  const textLengths = new Int32Array(tokens.length);
  let textLines = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.tokenType === TextLine) textLengths[textLines++] = trimmedLength(tokens[i]!.image);
  }
  ctx.wrapWidth = wrapWidth(textLengths.subarray(0, textLines));
  ctx.layout = inferLayout(lexed.tokens, {
    markdown,
    shapes: engine.lookups.layout,
    sectionKinds: engine.lookups.sectionKinds,
    recurringKinds: engine.lookups.recurringKinds,
    caseNumberType: engine.lexer.tokens.caseNumber,
    lookupKey,
    artifacts: lexed.groups[ARTIFACT_GROUP] ?? [],
    splitMarks: engine.lookups.splitMarks,
    absenceLabel: engine.lookups.absenceLabel,
    relex: (text) => {
      const line = engine.lexer.lexer.tokenize(text, markdown ? 'markdown' : 'text').tokens.filter((t) => t.tokenType.name !== 'Break');
      return line.length === 1 ? line[0]!.tokenType : null;
    },
  });
  const { parser } = engine;
  parser.input = lexed.tokens;
  const outline = parser.document();
  for (const error of [...lexed.errors, ...parser.errors]) {
    const offset = 'token' in error ? error.token.startOffset : error.offset;
    report('grammar-recovery', ctx.lines.range(offset, offset), error.message, 'error');
  }
  // The parser is shared by every parse with this dialect: it must not keep this input's
  // tokens alive until the next one.
  parser.input = [];
  const { front, items } = buildOutline(outline, ctx);
  const document = buildDocument(ctx, front, items);
  const { vocabulary } = engine.lookups.dialect;
  interpret(document, {
    input: text,
    lines: ctx.lines,
    report,
    outcomes: vocabulary.outcomes,
    attendance: vocabulary.attendance,
    history: vocabulary.historyLabels,
    ...(opts.kleTitles ? { kleTitles: opts.kleTitles } : {}),
  });
  if (lines.truncated) unreadTail(document, input, lines, report);
  rememberSource(document, { input, markdown, lookups: engine.lookups, cellTails: ctx.cellTails });
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { document, diagnostics };
}

/**
 * Keeps the lines past `maxLines` as one `unread` artifact at the end of the document, with a
 * warning: nothing is lost, and the round trip writes them back, but no structure is read there.
 */
function unreadTail(document: Referat, input: string, lines: LineIndex, report: Report): void {
  const cut = lines.text.length;
  const start = lines.position(cut);
  if (!/\S/.test(input.slice(cut))) {
    document.range = { start: document.range.start, end: endPosition(input, start) };
    return;
  }
  const range = { start, end: endPosition(input, start) };
  document.artifacts.push({ type: 'artifact', kind: 'unread', text: input.slice(cut), range });
  document.range = { start: document.range.start, end: range.end };
  report(
    'unread-lines',
    range,
    `The input has more than ${start.line - 1} lines (the maxLines option); the rest, from line ${start.line}, is kept as an unread artifact.`,
    'warning',
  );
}

/** Reports empty input and input that is probably not text. */
function checkText(ctx: BuildContext): void {
  const { input } = ctx;
  if (!input.trim()) {
    ctx.report('empty-input', ctx.lines.range(0, input.length), 'The input holds no text.', 'info');
    return;
  }
  const junk = /[\x00-\x08\x0e-\x1b\ufffd]/.exec(input);
  if (junk) {
    ctx.report(
      'binary-content',
      ctx.lines.range(junk.index, junk.index + 1),
      'The input holds control characters or U+FFFD; it may not be text.',
      'warning',
    );
  }
}
