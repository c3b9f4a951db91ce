import type { IToken } from 'chevrotain';
import type { CaseNumber, Item, Section, SectionKind } from '../model/agenda.js';
import type { Range } from '../model/range.js';
import { continuesTitle, joinLines } from '../text/plain.js';
import { type NodeDrafts, finishDrafts } from './build-blocks.js';
import {
  type BuildContext,
  breakBetween,
  lookupKey,
  tokenEnd,
  tokenRange,
  tokenSpan,
  tokenText,
  tokensRange,
} from './context.js';

/** A section heading and the drafts under it, as the outline builder hands them over. */
export interface SectionDraft {
  heading: IToken;
  /** Lines that continue a wrapped heading (`… den 20. maj` / `2025, punkt 3:`). */
  headingLines: IToken[];
  /** Made as the finishing pass takes them. */
  drafts: NodeDrafts;
}

/**
 * The longest title, in characters, that wrapped lines are joined into. Titles in the corpus run
 * to 120 characters; a run of lower-case lines under an opener is body text long before this.
 */
const MAX_TITLE_LENGTH = 400;

/**
 * Splits an item's first text lines into what they are: lines that wrap the opener's title (or
 * print it again), then the case-number line. When the first paragraph is all title, the case
 * number may open the next one (`nextLines`), after a blank line. Returns what it took, the
 * lines left for the body, and whether it read into the next paragraph.
 */
export function itemHead(
  ctx: BuildContext,
  opener: IToken,
  firstLines: readonly IToken[],
  nextLines: readonly IToken[] = [],
): { titleLines: IToken[]; caseToken: IToken | null; rest: IToken[]; usedNext: boolean } {
  const titleLines: IToken[] = [];
  let lines = firstLines;
  let i = 0;
  let previous = opener;
  const { title } = openerParts(ctx, opener);
  // Lines layout inference gave the opener (a title under a lone number, `Sag nr. 129`).
  const taken = ctx.layout?.openers.get(opener)?.head ?? [];
  while (i < lines.length && taken.includes(lines[i]!)) {
    titleLines.push(lines[i]!);
    previous = lines[i]!;
    i++;
  }
  // Decided on the line before: the joined title is built later, from `titleLines`, once. A
  // title wraps over a few lines at most; past MAX_TITLE_LENGTH characters the lines are body
  // text, whatever their shape.
  let last = title;
  let length = title.length;
  for (; i < lines.length; i++) {
    const token = lines[i]!;
    const text = tokenText(ctx, token);
    if (token.tokenType.name === 'CaseNumberLine') break;
    if (i === 0 && sameTitle(text, title)) {
      repeatedTitle(ctx, token, text);
      previous = token;
      continue;
    }
    if (breakBetween(ctx, tokenEnd(previous), token.startOffset)) break;
    // An opener without a title (`3` alone on its line) takes the next line as its title.
    if (last && !continuesTitle(last, text)) break;
    if (length + text.length > MAX_TITLE_LENGTH) break;
    titleLines.push(token);
    if (text) last = text;
    length += text.length + 1;
    previous = token;
  }
  let usedNext = i === lines.length && nextLines[0]?.tokenType.name === 'CaseNumberLine';
  if (usedNext) {
    lines = nextLines;
    i = 0;
  }
  let caseToken: IToken | null = ctx.layout?.openers.get(opener)?.caseAbove ? opener : null;
  // Item metadata (`Dok.nr.: 1965`, `Initialer: PIM`) may stand before the case number.
  let c = i;
  while (c < lines.length && c < i + 4 && ctx.layout?.metadata.has(lines[c]!)) c++;
  const candidate = caseToken ? undefined : lines[c];
  if (candidate?.tokenType.name === 'CaseNumberLine' && buildCaseNumber(ctx, candidate).raw) {
    caseToken = candidate;
    if (c > i) lines = [...lines.slice(0, c), ...lines.slice(c + 1)];
    else i++;
    // `Sagsnr.:` with the number on the next line.
    const last = ctx.layout?.caseNumbers.get(candidate)?.last;
    if (last && last !== candidate && lines[i] === last) i++;
    // … or after a blank line, in the next block: the case number takes it from there.
    else if (last && !usedNext && i === lines.length && nextLines[0] === last) [lines, i, usedNext] = [nextLines, 1, true];
  }
  // The title printed again under the case number (web pages and some PDFs do).
  const again = lines[i];
  if (caseToken && again && sameTitle(tokenText(ctx, again), title)) {
    repeatedTitle(ctx, again, tokenText(ctx, again));
    i++;
  }
  return { titleLines, caseToken, rest: lines.slice(i), usedNext };
}

/**
 * The lines that continue a decision heading wrapped by a PDF's line width: right under it (no
 * blank line), short, ending in the colon the heading lacks (`2025, punkt 3:`).
 */
export function headingContinuation(ctx: BuildContext, heading: IToken, firstLines: readonly IToken[]): IToken[] {
  const next = firstLines[0];
  if (heading.tokenType.name !== 'DecisionHeading' || !next) return [];
  if (/:\s*$/.test(tokenText(ctx, heading)) || breakBetween(ctx, tokenEnd(heading), next.startOffset)) return [];
  const text = tokenText(ctx, next);
  return text.length <= 40 && /:$/.test(text) && /^[\da-zæøå]/.test(text) ? [next] : [];
}

/** Whether a line repeats an item's title (case, spaces and emphasis aside). */
function sameTitle(text: string, title: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  return title.length > 0 && norm(text) === norm(title);
}

function repeatedTitle(ctx: BuildContext, token: IToken, text: string): void {
  ctx.artifacts.push({ type: 'artifact', kind: 'repeatedTitle', text, range: tokenRange(ctx, token) });
}

/** The number and title an opener line carries (`Punkt 3: Title` → 3, `Title`). */
export function openerParts(ctx: BuildContext, opener: IToken): { number: number | null; label: string | null; title: string } {
  const inferred = ctx.layout?.openers.get(opener);
  if (inferred) return { number: inferred.number, label: inferred.label, title: inferred.title ?? '' };
  const text = tokenText(ctx, opener);
  const m = ctx.lookups.itemOpener.exec(text);
  if (!m) return { number: null, label: null, title: text };
  const digits = /\d+[a-zæøå]?(?![.]\d)|\d+(?:\.\d{1,2})?/i.exec(m[0]);
  return {
    number: digits ? Number.parseInt(digits[0], 10) : null,
    label: digits ? digits[0] : null,
    title: text.slice(m[0].length).trim(),
  };
}

/**
 * The case number on a case-number line. `raw` is the number without its label (`Sagsnr.:`);
 * the range covers the whole printed line, label included, so no text falls outside the tree.
 */
export function buildCaseNumber(ctx: BuildContext, token: IToken): CaseNumber {
  const inferred = ctx.layout?.caseNumbers.get(token);
  const [start, lineEnd] = tokenSpan(ctx, token);
  const end = inferred ? tokenSpan(ctx, inferred.last)[1] : lineEnd;
  const line = ctx.input.slice(start, end);
  let a = start + (ctx.lookups.caseLabel.exec(line)?.[0].length ?? 0);
  let b = end;
  if (inferred) [a, b] = [inferred.start, inferred.end];
  while (b > a && /[\s*_]/.test(ctx.input[b - 1]!)) b--;
  // `interpret` reads the KLE parts of `raw` (src/interpret/case-number.ts).
  return {
    type: 'caseNumber',
    raw: ctx.input.slice(a, b),
    scheme: 'other',
    subject: null,
    facet: null,
    sequence: null,
    year: null,
    title: null,
    range: ctx.lines.range(start, end),
  };
}

/** Builds one agenda item. See `docs/document-tree.md#item`. */
export function buildItem(
  ctx: BuildContext,
  opener: IToken,
  head: { titleLines: IToken[]; caseToken: IToken | null },
  bodyDrafts: NodeDrafts,
  sections: SectionDraft[],
): Item {
  const parts = openerParts(ctx, opener);
  const { number, label } = parts;
  const taken = ctx.layout?.openers.get(opener)?.head ?? [];
  const wrapped = head.titleLines.filter((t) => !taken.includes(t));
  const titleTexts = [parts.title, ...wrapped.map((t) => tokenText(ctx, t))];
  const lastTitle = head.titleLines[head.titleLines.length - 1] ?? opener;
  // A case number printed above the title opens the item (`caseAbove`): the heading is the title's.
  const headingRange = tokensRange(ctx, head.caseToken === opener ? (head.titleLines[0] ?? opener) : opener, lastTitle);
  const out: Section[] = [];
  // The blocks before the first heading, when there are any.
  const body = buildSection(ctx, null, bodyDrafts);
  if (body) out.push(body);
  for (const s of sections) out.push(buildSection(ctx, s.heading, s.drafts, s.headingLines)!);
  const caseNumber = head.caseToken ? buildCaseNumber(ctx, head.caseToken) : null;
  const ends = [headingRange.end, caseNumber?.range.end, out[out.length - 1]?.range.end];
  const end = ends.reduce((a, b) => (b && (!a || b.offset > a.offset) ? b : a));
  return {
    type: 'item',
    number,
    label,
    title: joinLines(titleTexts.filter(Boolean)),
    headingRange,
    caseNumber,
    sections: out,
    // Filled from the sections by `interpret` (src/interpret/).
    decisions: [],
    attendance: { absent: [], substitutes: [] },
    recommendation: null,
    authority: null,
    attachments: [],
    closed: false,
    range: { start: head.caseToken === opener ? caseNumber!.range.start : headingRange.start, end: end! },
  };
}

/** A section of the blocks `drafts` makes, under `heading`; null when it has neither a heading nor blocks. */
function buildSection(ctx: BuildContext, heading: IToken | null, drafts: NodeDrafts, headingLines: IToken[] = []): Section | null {
  const headingText = heading ? tokenText(ctx, heading) : null;
  const kind = heading ? sectionKind(heading, headingText!, ctx) : 'other';
  const lastHeadingLine = headingLines[headingLines.length - 1] ?? heading;
  const headingRange: Range | null = heading ? tokensRange(ctx, heading, lastHeadingLine!) : null;
  // (Many sections hold no block: a decision heading alone, the next item right under it.)
  const blocks = drafts.empty ? [] : finishDrafts(drafts, drafts.tables, heading ? kind : null, ctx.cellTails);
  if (!heading && !blocks.length) return null;
  const start = headingRange?.start ?? blocks[0]!.range.start;
  const end = blocks[blocks.length - 1]?.range.end ?? headingRange!.end;
  return {
    type: 'section',
    heading: headingText !== null && headingLines.length ? joinLines([headingText, ...headingLines.map((t) => tokenText(ctx, t))]) : headingText,
    kind,
    headingRange,
    blocks,
    range: { start, end },
  };
}

/** The kind of section a heading line (whose plain text is `text`) opens, from its token type and the vocabulary. */
function sectionKind(heading: IToken, text: string, ctx: BuildContext): SectionKind {
  switch (heading.tokenType.name) {
    case 'DecisionHeading':
      return 'decision';
    case 'RecommendationHeading':
      return 'recommendation';
    case 'LearnedDecisionHeading':
      return 'decision';
    default: {
      const key = lookupKey((unframed(text) ?? text).replace(/[.:]$/, ''));
      return ctx.lookups.sectionKinds.get(key) ?? ctx.lookups.recurringKinds.get(key) ?? 'other';
    }
  }
}

/**
 * The heading inside a frame of dashes (`--- Bilag ---`), or null when `text` is not framed: what
 * `/^-{2,}\s*(.*?)\s*-{2,}$/` reads, counted by hand (the lazy group before `\s*` split every
 * run of spaces every way).
 */
export function unframed(text: string): string | null {
  let lead = 0;
  while (text.charCodeAt(lead) === 45) lead++;
  if (lead === text.length) return lead >= 4 ? '' : null;
  let trail = 0;
  while (text.charCodeAt(text.length - 1 - trail) === 45) trail++;
  if (lead < 2 || trail < 2) return null;
  const inner = text.slice(lead, text.length - trail).trim();
  return /[\n\r\u2028\u2029]/.test(inner) ? null : inner;
}
