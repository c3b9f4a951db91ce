import { type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import {
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
import { findDate } from '../text/dates.js';
import { plainText } from '../text/plain.js';
import { learnHeadings } from './learn-headings.js';
import { type LineFacts, type Opener, chooseNumberedOpeners } from './openers.js';
import { type LayoutShapes, readBareCaseNumber, readCaseLine } from './shapes.js';
import { type SplitMarks, splitFlattenedLines } from './split-lines.js';
import { headlessToc, tocTitles } from './toc.js';
import { chooseUnnumberedOpeners } from './unnumbered.js';

/** An item opener the builder reads: what inference decided, with the lines resolved to tokens. */
export interface OpenerInfo {
  number: number | null;
  label: string | null;
  title: string | null;
  /** Offset of the title in the input, or -1 when the title is not on the opener's line. */
  titleOffset: number;
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
  const index: number[] = [];
  const lines: LineFacts[] = [];
  const kinds: (SectionKind | null)[] = [];
  const caseNumbers = new Map<IToken, CaseSpan>();
  const caseForms = new Set<string>();
  const demoted: number[] = [];
  let dialectOpeners = 0;
  let previousBreak = true;
  // Artifact lines (page headers, page numbers) left the stream: lines on both sides of one are
  // not neighbours.
  const cuts = [...env.artifacts].map((t) => t.startOffset).sort((a, b) => a - b);
  let cut = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.tokenType.name;
    if (type === 'Break') {
      previousBreak = true;
      continue;
    }
    while (cut < cuts.length && cuts[cut]! < token.startOffset) {
      previousBreak = true;
      cut++;
    }
    if (tokenMatcher(token, ItemStart)) dialectOpeners++;
    const text = plainText(token.image, markdown);
    const facts: LineFacts = { text, type, role: null, breakBefore: previousBreak, inList: false };
    previousBreak = false;
    let kind: SectionKind | null = null;
    if (tokenMatcher(token, SectionStart)) {
      facts.role = type === 'DecisionHeading' ? 'decision' : 'heading';
      kind = type === 'DecisionHeading' ? 'decision' : type === 'RecommendationHeading' ? 'recommendation' : (env.sectionKinds.get(env.lookupKey(text)) ?? 'other');
    } else if (type === 'TextLine' || type === 'CaseNumberLine' || type === 'ListItem' || type === 'HeaderLabelLine') {
      const found = readCaseLine(shapes, text);
      const labelled = !found && shapes.caseLabel.exec(text);
      const at = token.startOffset + token.image.indexOf(text.slice(0, 1));
      if (found && 'labelOnly' in found) facts.role = 'caseLabel';
      else if (found) {
        facts.role = 'case';
        caseNumbers.set(token, { start: at + found.start, end: at + found.end, last: token });
        caseForms.add(caseForm(text.slice(found.start, found.end)));
      } else if (labelled && /:/.test(labelled[0])) facts.role = 'metadata';
      else if (type !== 'HeaderLabelLine') {
        const banked = bankedHeading(text, env);
        if (banked) {
          facts.role = banked === 'decision' ? 'decision' : 'heading';
          kind = banked;
        } else if (isDecisionHeading(text)) {
          facts.role = 'decision';
          kind = 'decision';
        } else if (shapes.metadata.test(text)) facts.role = 'metadata';
        else if (shapes.statusLine.test(text)) facts.role = 'status';
      }
    }
    index.push(i);
    lines.push(facts);
    kinds.push(kind);
  }
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1];
    // `Direktøren indstiller, at` right under `Indstilling` is that section's text, not a heading.
    if (line.type === 'RecommendationHeading' && kinds[k - 1] === 'recommendation') {
      line.role = null;
      kinds[k] = null;
      demoted.push(index[k]!);
    }
    line.inList =
      line.type === 'ListItem' &&
      ((!line.breakBefore && lines[k - 1]?.type === 'ListItem') || (next?.type === 'ListItem' && !next.breakBefore));
    // `Sagsnr.:` with the number on the next line.
    if (line.role === 'caseLabel') {
      const next = lines[k + 1];
      const bare = next && (!next.role || next.role === 'case') ? readBareCaseNumber(next.text) : null;
      if (bare) {
        const nextToken = tokens[index[k + 1]!]!;
        const at = nextToken.startOffset + nextToken.image.indexOf(next!.text.slice(0, 1));
        caseNumbers.set(tokens[index[k]!]!, { start: at + bare.start, end: at + bare.end, last: nextToken });
        line.role = 'case';
        next!.role = 'metadata';
      }
    }
  }

  const toc = tocTitles(lines);
  let openers: (Opener & { virtual?: boolean; caseAbove?: boolean })[] = [];
  let form: LayoutReport['itemOpener'] = null;
  if (dialectOpeners > 0) form = 'dialect';
  else {
    openers = chooseNumberedOpeners(lines, shapes, toc);
    if (!openers.length) openers = chooseUnnumberedOpeners(lines, kinds);
    form = openers[0]?.form ?? null;
  }

  confirmRecurring(lines, openers, env);
  absenceHeadings(lines, openers[0]?.at ?? (dialectOpeners ? 0 : lines.length), env);

  for (const i of demoted) retype(tokens[i]!, TextLine);
  // Retype: case lines, decision and banked headings, openers (virtual ones inserted last).
  for (let k = 0; k < lines.length; k++) {
    const token = tokens[index[k]!]!;
    const role = lines[k]!.role;
    if (role === 'case' && token.tokenType.name !== 'CaseNumberLine') retype(token, env.caseNumberType);
    if (role === 'caseLabel' && token.tokenType.name === 'TextLine') retype(token, env.caseNumberType);
    if (role === 'decision' && !tokenMatcher(token, SectionStart)) retype(token, LearnedDecisionHeading);
    if (role === 'heading' && !tokenMatcher(token, SectionStart)) retype(token, LearnedHeading);
  }
  // A case number printed above a numbered opener (`00.01.00-G01-24-17` / `342. Title`) heads
  // the item: the item opens at it, and the numbered line is its title.
  for (const o of openers) {
    if (o.form !== 'numbered' || lines[o.at - 1]?.role !== 'case' || openers.some((p) => p.at === o.at - 1)) continue;
    o.head = [o.at];
    o.at -= 1;
    o.caseAbove = true;
  }
  const metadata = new Set<IToken>();
  lines.forEach((l, k) => {
    if (l.role === 'metadata' || l.role === 'status') metadata.add(tokens[index[k]!]!);
  });
  const infos = new Map<IToken, OpenerInfo>();
  const inserts: { at: number; token: IToken }[] = [];
  for (const o of openers) {
    const line = tokens[index[o.at]!]!;
    const info: OpenerInfo = {
      number: o.number,
      label: o.label,
      title: o.title,
      titleOffset: o.title !== null && !o.head.length && !o.virtual ? titleOffset(line, lines[o.at]!.text, o.titleAt) : -1,
      head: o.head.map((h) => tokens[index[h]!]!),
      caseAbove: o.caseAbove === true,
    };
    if (o.virtual) {
      const token = virtualToken(line);
      inserts.push({ at: index[o.at]!, token });
      infos.set(token, info);
    } else {
      retype(line, LearnedItemOpener);
      infos.set(line, info);
    }
  }
  const first = openers[0];
  const tocAt = first ? headlessToc(lines, first.at, first.title) : -1;
  if (tocAt >= 0) {
    const token = virtualToken(tokens[index[tocAt]!]!);
    retype(token, LearnedTocHeading);
    inserts.push({ at: index[tocAt]!, token });
    inserts.sort((a, b) => a.at - b.at);
  }
  for (let n = inserts.length - 1; n >= 0; n--) tokens.splice(inserts[n]!.at, 0, inserts[n]!.token);
  learnHeadings(tokens, markdown);

  const headings = new Set<string>();
  for (const token of tokens) if (tokenMatcher(token, SectionStart)) headings.add(plainText(token.image, markdown).replace(/[\s:.]+$/, ''));
  return {
    openers: infos,
    metadata,
    caseNumbers,
    report: {
      itemOpener: form,
      items: form === 'dialect' ? dialectOpeners : openers.length,
      headings: [...headings].slice(0, 64),
      caseNumbers: [...caseForms],
      toc: toc ? (openers.length ? 'confirmsOpeners' : 'present') : 'none',
    },
  };
}

/**
 * Headings that are also sub-headings in some templates (`Baggrund`) become headings when the
 * document prints them, alone on a line, in two or more items.
 */
function confirmRecurring(lines: LineFacts[], openers: readonly Opener[], env: LayoutEnv): void {
  const starts = new Set(openers.map((o) => o.at));
  const seen = new Map<string, { items: Set<number>; lines: number[] }>();
  let item = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (starts.has(k) || line.type === 'ItemOpener') item++;
    if (item < 0 || line.role || line.type !== 'TextLine' || line.text.length > 40) continue;
    const key = env.lookupKey(line.text.replace(/[.:]$/, ''));
    if (!env.recurringKinds.has(key)) continue;
    const entry = seen.get(key) ?? { items: new Set(), lines: [] };
    seen.set(key, entry);
    entry.items.add(item);
    entry.lines.push(k);
  }
  const isHeading = (l: LineFacts | undefined) => l?.role === 'heading' || l?.role === 'decision';
  const near = (k: number, step: number) => {
    for (let j = k + step, n = 0; n < 3 && j >= 0 && j < lines.length; j += step, n++) if (isHeading(lines[j])) return true;
    return false;
  };
  for (const entry of seen.values()) {
    for (const k of entry.lines) {
      // Printed in capitals (`BAGGRUND`), it is a heading at once: writers' sub-headings are not;
      // nor are they one line among short sections (`Høring` / `Ingen` between two headings).
      const line = lines[k]!;
      const upper = line.text.length >= 4 && line.text === line.text.toUpperCase();
      if (entry.items.size >= 2 || upper || (near(k, -1) && near(k, 1))) line.role = 'heading';
    }
  }
}

/**
 * An absence label alone on its line inside an item, with no names under it (`Fraværende:`
 * before the next item, `Fraværende` / `Ingen.`), is a heading of its own; followed by names it
 * stays the attendance line the decision's reader takes it for.
 */
function absenceHeadings(lines: LineFacts[], from: number, env: LayoutEnv): void {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.role || (line.type !== 'HeaderLabelLine' && line.type !== 'TextLine') || !env.absenceLabel.test(line.text)) continue;
    const next = lines[k + 1];
    if (!next || next.role || !NAMES.test(next.text)) line.role = 'heading';
  }
}

/** A line that starts with a name: two capitalised words, or a capitalised word and a party. */
const NAMES = /^\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*|[ \u00a0]*\()/u;

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

function titleOffset(token: IToken, text: string, titleAt: number): number {
  return token.startOffset + Math.max(0, token.image.indexOf(text.slice(0, 1))) + titleAt;
}

/** A heading from the dialect's bank: any case, a trailing colon, or framed as `--- Bilag ---`. */
function bankedHeading(text: string, env: LayoutEnv): SectionKind | null {
  // Headings are printed capitalised; `bilag:` under a line is that line's end.
  if (text.length > 64 || !/^[-\p{Lu}]/u.test(text)) return null;
  const framed = /^-{2,}[ \u00a0]*([^-].*[^-])[ \u00a0]*-{2,}$/.exec(text);
  const key = env.lookupKey((framed ? framed[1]! : text).replace(/[.:]$/, ''));
  return env.sectionKinds.get(key) ?? null;
}

/**
 * The family of decision headings: `Beslutning Byrådet den 30-11-2022`, `Beslutning
 * Økonomiudvalget, 20.09.2016`, `Beslutning den :`, `Beslutning Økonomiudvalget den`, and the
 * earlier decisions quoted as `Økonomiudvalget, 19. juni 2019, pkt. 146:`. A heading line: short,
 * and not a sentence.
 */
export function isDecisionHeading(text: string): boolean {
  if (text.length > 140 || /[.;]$/.test(text)) return false;
  if (/^beslutning(?:er)?[ \u00a0]/i.test(text)) {
    return findDate(text) !== null || /[ \u00a0](?:den|d\.)[ \u00a0]*:?$/i.test(text);
  }
  if (/^[A-ZÆØÅ]/.test(text) && /,[ \u00a0]*(?:pkt\.?|punkt)[ \u00a0]*\d{1,4}[ \u00a0]*:?$/i.test(text)) return findDate(text) !== null;
  return false;
}

/** The shape of a case number, for the report: `27.69.48-P35-1-22` → `99.99.99-A99-9-99`. */
function caseForm(raw: string): string {
  return raw.replace(/\d/g, '9').replace(/[A-ZÆØÅ]/gi, 'A');
}
