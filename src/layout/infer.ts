import { type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import {
  Break,
  ItemStart,
  LearnedDecisionHeading,
  LearnedHeading,
  LearnedItemOpener,
  LearnedTocHeading,
  SectionStart,
  TextLine,
} from '../lexer/tokens.js';
import type { SectionKind } from '../model/agenda.js';
import type { LayoutReport } from '../model/layout.js';
import { hasDigit, plainText } from '../text/plain.js';
import { learnHeadings } from './learn-headings.js';
import { LineFacts, LineType, Role, lineType } from './line-facts.js';
import { LineTexts } from './line-texts.js';
import { type Opener, chooseNumberedOpeners } from './openers.js';
import { mayStart } from '../text/first-chars.js';
import { type LayoutShapes, caseLabelEnd, readBareCaseNumber, readCaseLine } from './shapes.js';
import { type SplitMarks, splitFlattenedLines } from './split-lines.js';
import { headlessToc, tocTitles } from './toc.js';
import { chooseUnnumberedOpeners } from './unnumbered.js';
import { absenceHeadings, bankedHeading, caseForm, confirmRecurring, isDecisionHeading } from './roles.js';

/** An item opener the builder reads: what inference decided, with the lines resolved to tokens. */
export interface OpenerInfo {
  number: number | null;
  label: string | null;
  title: string | null;
  /** Lines the opener takes beyond its own (a title under a lone number, `Sag nr. 129`). */
  head: IToken[];
  /** The opener's own line is the item's case number, printed above the numbered title. */
  caseAbove: boolean;
}

/** A case number on a line: its offsets in the input, and the last line it takes. */
export interface CaseSpan {
  start: number;
  end: number;
  /** The line holding the number: the same token, or the next when the label stands alone. */
  last: IToken;
}

/** What layout inference decided, for the builder, and the report for `document.layout`. */
export interface Layout {
  openers: Map<IToken, OpenerInfo>;
  /** Item metadata lines (`Dok.nr.: 1965`, `Initialer: PIM`, `Åbent`): not title, not case number. */
  metadata: Set<IToken>;
  caseNumbers: Map<IToken, CaseSpan>;
  /** The plain text of each line token, as inference read it. */
  texts: LineTexts;
  report: LayoutReport;
}

/** What inference needs from the dialect's engine. */
export interface LayoutEnv {
  markdown: boolean;
  shapes: LayoutShapes;
  sectionKinds: ReadonlyMap<string, SectionKind>;
  /** Headings that count only when they recur in two or more items. */
  recurringKinds: ReadonlyMap<string, SectionKind>;
  caseNumberType: TokenType;
  lookupKey: (text: string) => string;
  /** An absence label alone on a line (`Fraværende:`), from the dialect's attendance words. */
  absenceLabel: RegExp;
  /** Where flattened lines are cut (`split-lines.ts`). */
  splitMarks: SplitMarks;
  /** The token type the dialect's lexer gives a line of text. */
  relex: (text: string) => TokenType | null;
  /** The artifact lines the lexer and the artifact pass set aside. */
  artifacts: readonly IToken[];
}

/**
 * Layout inference: reads the whole document's evidence once, between lexing and parsing, and
 * decides each line's role. The lexer has typed lines by the dialect's words; inference adds
 * what the document itself shows: case-number lines of every system's shape, decision headings
 * of the whole family, item openers in every numbered and unnumbered form, confirmed by what
 * follows them and by their numbering, and the document's own recurring headings. It retypes
 * tokens in place (so Chevrotain's parser groups them) and returns what the builder reads, so
 * no later stage decides a line's role again.
 */
export function inferLayout(tokens: IToken[], env: LayoutEnv): Layout {
  const { markdown, shapes } = env;
  splitFlattenedLines(tokens, env.splitMarks, env.relex);
  const lines = new LineFacts(countLines(tokens));
  const lineTokens: IToken[] = new Array(lines.count);
  const { text: texts, role: roles, type: types } = lines;
  const caseNumbers = new Map<IToken, CaseSpan>();
  // The case numbers as printed: each distinct one's shape is read once, for the report.
  const caseTexts = new Set<string>();
  const demoted: number[] = [];
  let dialectOpeners = 0;
  // Section headings the lexer or inference typed: the report's scan for them is skipped without any.
  let headings = 0;
  // The first line of the TOC heading, if any.
  let tocStart = -1;
  let previousBreak = true;
  // Artifact lines (page headers, page numbers) left the stream: lines on both sides of one are
  // not neighbours.
  const cuts = [...env.artifacts].map((t) => t.startOffset).sort((a, b) => a - b);
  let cut = 0;
  for (let i = 0, k = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // (A type index is read faster than a type's name.)
    if (token.tokenTypeIdx === Break.tokenTypeIdx) {
      previousBreak = true;
      continue;
    }
    const type = token.tokenType.name;
    while (cut < cuts.length && cuts[cut]! < token.startOffset) {
      previousBreak = true;
      cut++;
    }
    if (tokenMatcher(token, ItemStart)) dialectOpeners++;
    const text = plainText(token.image, markdown);
    lines.token[k] = i;
    lineTokens[k] = token;
    texts[k] = text;
    types[k] = lineType(type);
    if (previousBreak) lines.breakBefore[k] = 1;
    previousBreak = false;
    if (tokenMatcher(token, SectionStart)) {
      headings++;
      roles[k] = type === 'DecisionHeading' ? Role.decision : Role.heading;
      lines.setKind(k, type === 'DecisionHeading' ? 'decision' : type === 'RecommendationHeading' ? 'recommendation' : (env.sectionKinds.get(env.lookupKey(text)) ?? 'other'));
    } else if (type === 'TextLine' || type === 'CaseNumberLine' || type === 'ListItem' || type === 'HeaderLabelLine') {
      const digit = hasDigit(text);
      if (digit) lines.digit[k] = 1;
      const labelEnd = mayStart(shapes.starts.caseLabel, text) ? caseLabelEnd(shapes, text) : -1;
      // Every case number has a digit: a line with neither a label nor a digit holds none.
      const found = labelEnd >= 0 || digit ? readCaseLine(shapes, text, labelEnd) : null;
      const colon = !found && labelEnd >= 0 ? text.indexOf(':') : -1;
      if (found && 'labelOnly' in found) roles[k] = Role.caseLabel;
      else if (found) {
        roles[k] = Role.case;
        const at = token.startOffset + token.image.indexOf(text.slice(0, 1));
        caseNumbers.set(token, { start: at + found.start, end: at + found.end, last: token });
        caseTexts.add(text.slice(found.start, found.end));
      } else if (colon >= 0 && colon < labelEnd) roles[k] = Role.metadata;
      else if (type !== 'HeaderLabelLine') {
        const banked = bankedHeading(text, env);
        if (banked) {
          roles[k] = banked === 'decision' ? Role.decision : Role.heading;
          lines.setKind(k, banked);
        } else if (isDecisionHeading(text)) {
          roles[k] = Role.decision;
          lines.setKind(k, 'decision');
        } else if (mayStart(shapes.starts.metadata, text) && shapes.metadata.test(text)) roles[k] = Role.metadata;
        else if (mayStart(shapes.starts.status, text) && shapes.statusLine.test(text)) roles[k] = Role.status;
      }
    }
    if (tocStart < 0 && type === 'TocHeadingLine') tocStart = k;
    k++;
  }
  const last = lines.count - 1;
  for (let k = 0; k <= last; k++) {
    const type = types[k];
    // `Direktøren indstiller, at` right under `Indstilling` is that section's text, not a heading.
    if (type === LineType.recommendationHeading && lines.kindOf(k - 1) === 'recommendation') {
      roles[k] = Role.none;
      lines.setKind(k, null);
      demoted.push(lines.token[k]!);
    }
    if (type === LineType.listItem) {
      const before = k > 0 && !lines.breakBefore[k] && types[k - 1] === LineType.listItem;
      if (before || (k < last && types[k + 1] === LineType.listItem && !lines.breakBefore[k + 1])) lines.inList[k] = 1;
    }
    // `Sagsnr.:` with the number on the next line.
    if (roles[k] === Role.caseLabel && k < last) {
      const next = roles[k + 1];
      const bare = next === Role.none || next === Role.case ? readBareCaseNumber(texts[k + 1]!) : null;
      if (bare) {
        const nextToken = tokens[lines.token[k + 1]!]!;
        const at = nextToken.startOffset + nextToken.image.indexOf(texts[k + 1]!.slice(0, 1));
        caseNumbers.set(tokens[lines.token[k]!]!, { start: at + bare.start, end: at + bare.end, last: nextToken });
        roles[k] = Role.case;
        roles[k + 1] = Role.metadata;
      }
    }
  }

  const toc = tocTitles(lines, tocStart);
  let openers: (Opener & { virtual?: boolean; caseAbove?: boolean })[] = [];
  let form: LayoutReport['itemOpener'] = null;
  if (dialectOpeners > 0) form = 'dialect';
  else {
    openers = chooseNumberedOpeners(lines, shapes, toc);
    if (!openers.length) openers = chooseUnnumberedOpeners(lines, env.absenceLabel);
    form = openers[0]?.form ?? null;
  }

  confirmRecurring(lines, openers, env);
  absenceHeadings(lines, openers[0]?.at ?? (dialectOpeners ? 0 : lines.count), env);

  for (const i of demoted) retype(tokens[i]!, TextLine);
  // Retype: case lines, decision and banked headings, openers (virtual ones inserted last); and
  // collect the metadata lines.
  const metadata = new Set<IToken>();
  for (let k = 0; k < lines.count; k++) {
    const role = roles[k]!;
    if (role === Role.none) continue;
    const token = tokens[lines.token[k]!]!;
    if (role === Role.metadata || role === Role.status) metadata.add(token);
    else if (role === Role.case && token.tokenType.name !== 'CaseNumberLine') retype(token, env.caseNumberType);
    else if (role === Role.caseLabel && token.tokenType.name === 'TextLine') retype(token, env.caseNumberType);
    else if (role === Role.decision || role === Role.heading) {
      headings++;
      if (!tokenMatcher(token, SectionStart)) retype(token, role === Role.decision ? LearnedDecisionHeading : LearnedHeading);
    }
  }
  // A case number printed above a numbered opener (`00.01.00-G01-24-17` / `342. Title`) heads
  // the item: the item opens at it, and the numbered line is its title.
  // (Openers stand in increasing order of lines: only the one before can stand on the line above.)
  for (let n = 0; n < openers.length; n++) {
    const o = openers[n]!;
    if (o.form !== 'numbered' || o.at === 0 || roles[o.at - 1] !== Role.case || openers[n - 1]?.at === o.at - 1) continue;
    o.head = [o.at];
    o.at -= 1;
    o.caseAbove = true;
  }
  const tokenOf = (k: number) => tokens[lines.token[k]!]!;
  const infos = new Map<IToken, OpenerInfo>();
  const inserts: { at: number; token: IToken }[] = [];
  for (const o of openers) {
    const line = tokenOf(o.at);
    const info: OpenerInfo = {
      number: o.number,
      label: o.label,
      title: o.title,
      head: o.head.map(tokenOf),
      caseAbove: o.caseAbove === true,
    };
    if (o.virtual) {
      const token = virtualToken(line);
      inserts.push({ at: lines.token[o.at]!, token });
      infos.set(token, info);
    } else {
      retype(line, LearnedItemOpener);
      infos.set(line, info);
    }
  }
  const first = openers[0];
  const tocAt = first && tocStart < 0 ? headlessToc(lines, first.at, first.title) : -1;
  if (tocAt >= 0) {
    const token = virtualToken(tokenOf(tocAt));
    retype(token, LearnedTocHeading);
    inserts.push({ at: lines.token[tocAt]!, token });
    inserts.sort((a, b) => a.at - b.at);
  }
  insertTokens(tokens, inserts);
  // Headings are learned within items: without an opener there is none.
  const items = dialectOpeners > 0 || openers.length > 0;
  const lineTexts = new LineTexts(lineTokens, texts);
  if (items) learnHeadings(tokens, lineTexts, markdown);

  return {
    openers: infos,
    metadata,
    caseNumbers,
    texts: lineTexts,
    report: {
      itemOpener: form,
      items: form === 'dialect' ? dialectOpeners : openers.length,
      headings: headings > 0 || items ? headingTexts(tokens, lineTexts, markdown) : [],
      caseNumbers: caseFormsOf(caseTexts),
      toc: toc ? (openers.length ? 'confirmsOpeners' : 'present') : 'none',
    },
  };
}

/** How many lines the tokens hold: every token but the blank lines. */
function countLines(tokens: readonly IToken[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.tokenTypeIdx !== Break.tokenTypeIdx) n++;
  return n;
}

/** The distinct shapes of the case numbers printed, in the order they first appear, for the report. */
function caseFormsOf(printed: ReadonlySet<string>): string[] {
  const forms = new Set<string>();
  for (const text of printed) forms.add(caseForm(text));
  return [...forms];
}

/** How many headings the report lists. */
const MAX_HEADINGS = 64;

/** The first distinct heading texts, without trailing colons and full stops, for the report. */
function headingTexts(tokens: readonly IToken[], texts: LineTexts, markdown: boolean): string[] {
  const headings = new Set<string>();
  // The texts read so far: a document repeats its few headings item after item.
  const seen = new Set<string>();
  for (const token of tokens) {
    if (!tokenMatcher(token, SectionStart)) continue;
    const text = texts.of(token) ?? plainText(token.image, markdown);
    if (seen.has(text)) continue;
    seen.add(text);
    // The text is trimmed: only a colon or a full stop can start a trailing run.
    const last = text.charCodeAt(text.length - 1);
    headings.add(last === 58 || last === 46 ? text.replace(TRAILING, '') : text);
    if (headings.size === MAX_HEADINGS) break;
  }
  return [...headings];
}

/**
 * Inserts each token before the token at its index (`at`, in the list before any insert; tokens
 * at one index in their order), as splicing them in from the last would: in one pass from the
 * end, however many (a splice each would move the tokens after it every time).
 */
function insertTokens(tokens: IToken[], inserts: readonly { at: number; token: IToken }[]): void {
  for (let n = 1; n < inserts.length; n++) {
    if (inserts[n]!.at >= inserts[n - 1]!.at) continue;
    // (Not in order: spliced one by one, from the last.)
    for (let k = inserts.length - 1; k >= 0; k--) tokens.splice(inserts[k]!.at, 0, inserts[k]!.token);
    return;
  }
  let read = tokens.length - 1;
  // Room at the end (pushed, so the list stays without holes), then filled from the end.
  for (const { token } of inserts) tokens.push(token);
  let write = tokens.length - 1;
  for (let k = inserts.length - 1; k >= 0; k--) {
    const { at, token } = inserts[k]!;
    while (read >= at) tokens[write--] = tokens[read--]!;
    tokens[write--] = token;
  }
}

function retype(token: IToken, type: TokenType): void {
  token.tokenType = type;
  token.tokenTypeIdx = type.tokenTypeIdx!;
}

/** An empty opener token before `line`: an item that no line of the document opens. */
function virtualToken(line: IToken): IToken {
  return {
    image: '',
    startOffset: line.startOffset,
    endOffset: line.startOffset - 1,
    startLine: NaN,
    startColumn: NaN,
    endLine: NaN,
    endColumn: NaN,
    tokenType: LearnedItemOpener,
    tokenTypeIdx: LearnedItemOpener.tokenTypeIdx!,
  };
}

/** Trailing spaces, colons and full stops; entered only where the run starts (linear on long runs). */
const TRAILING = /(?<![\s:.])[\s:.]+$/;
