import { type IToken, tokenMatcher } from 'chevrotain';
import { ItemStart, LearnedItemOpener, TextLine } from '../lexer/tokens.js';
import { plainText } from '../text/plain.js';

/**
 * A numbered line that may open an item: `1.   Meddelelser`, `100. Godkendelse af dagsorden`,
 * `1: Spørgetid`, `1 : Godkendelse`, `• 209. Dagsorden`, `228Godkendelse af dagsorden`.
 * Group 1 is the number, group 2 the title.
 */
export const NUMBERED_OPENER =
  /^(?:[-–•·▪◦*\uf0b7][ \t\u00a0]*)?(\d{1,4})(?:[ \t\u00a0]*[.:)][ \t\u00a0]*|[ \t\u00a0]+|(?=[A-ZÆØÅ][a-zæøå]))(\S.*)$/;

/** Token types that show a numbered line heads an item: a section heading or a case number. */
const EVIDENCE = new Set(['SectionHeading', 'DecisionHeading', 'RecommendationHeading', 'CaseNumberLine']);
/** How many lines after a candidate may pass before the evidence comes (a page header fits). */
const REACH = 12;
/** How far item numbers may jump (closed items are often left out of the open minutes). */
const MAX_GAP = 10;

interface Candidate {
  index: number;
  number: number;
  /** Reads like an item title and stands outside a list. */
  eligible: boolean;
  evidence: boolean;
}

/**
 * Finds item openers in documents whose dialect openers (`Punkt N:`) never occur, as most
 * municipalities' web pages and other systems' PDFs number items `N. Title`. A numbered line
 * opens an item when its title reads like one (capital first letter, no closing full stop, no
 * page number at the end), it is not part of a list, its number is higher than the last
 * item's, and a section heading or case number follows within a few lines, before the next
 * numbered line of any kind. A candidate without such evidence still opens an (empty) item when the very next
 * line is the next-numbered candidate that has it, or when it is the next number and the last
 * line of the document. Retypes tokens in place; one pass to
 * collect, one to choose.
 */
export function learnItemOpeners(tokens: IToken[], markdown: boolean, artifacts: readonly IToken[] = []): void {
  // Artifact lines (page headers) left the token stream; lines on both sides of one are not
  // neighbours in a list.
  const cuts = artifacts.map((t) => t.startOffset).sort((a, b) => a - b);
  const cutBetween = (from: number, to: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < cuts.length && cuts[lo]! < to;
  };
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tokenMatcher(token, ItemStart)) return;
    const name = token.tokenType.name;
    if (name !== 'ListItem' && name !== 'TextLine') continue;
    const m = NUMBERED_OPENER.exec(plainText(token.image, markdown));
    if (!m) continue;
    const eligible = looksLikeTitle(m[2]!) && !inList(tokens, i, cutBetween);
    candidates.push({ index: i, number: Number(m[1]), eligible, evidence: false });
  }
  candidates.forEach((c, k) => {
    const stop = candidates[k + 1]?.index ?? tokens.length;
    let seen = 0;
    for (let j = c.index + 1; j < stop && seen < REACH; j++) {
      const name = tokens[j]!.tokenType.name;
      if (name === 'Break') continue;
      seen++;
      if (EVIDENCE.has(name)) {
        c.evidence = true;
        break;
      }
    }
  });
  let last = -1;
  candidates.forEach((c, k) => {
    if (!c.eligible) return;
    // After the first item, numbers run on: a jump of more than MAX_GAP is a year or an amount.
    if (c.number <= last || (last >= 0 && c.number > last + MAX_GAP)) return;
    const next = candidates[k + 1];
    const following = nextContent(tokens, c.index);
    const emptyItem =
      (next?.eligible === true &&
        next.evidence &&
        next.number === c.number + 1 &&
        following === next.index) ||
      (last >= 0 && c.number === last + 1 && following === tokens.length);
    if (!c.evidence && !emptyItem) return;
    last = c.number;
    const token = tokens[c.index]!;
    token.tokenType = LearnedItemOpener;
    token.tokenTypeIdx = LearnedItemOpener.tokenTypeIdx!;
  });
}

/** An item title: starts with a capital letter or digit, does not end like a sentence or a TOC line. */
function looksLikeTitle(title: string): boolean {
  const first = title[0]!;
  if (first === first.toLowerCase() && !/\d/.test(first)) return false;
  if (/[.,;:]$/.test(title)) return false;
  return !/(?:\.{2,}|…|\s{2,})\s*\d{1,4}$/.test(title);
}

/** Whether the line sits in a list: a list entry right before or right after it. */
function inList(tokens: IToken[], i: number, cutBetween: (from: number, to: number) => boolean): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (before?.tokenType.name === 'ListItem' && !cutBetween(before.startOffset, token.startOffset)) ||
    (after?.tokenType.name === 'ListItem' && !cutBetween(token.startOffset, after.startOffset))
  );
}

function nextContent(tokens: IToken[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.tokenType.name === 'Break') j++;
  return j;
}

/**
 * An item opener or section heading in lower case right under another line (no blank line
 * between), such as `punkt 3:` left alone when a PDF wrapped `Beslutning fra …, den 20. maj
 * 2025, punkt 3:`, or `bilag:` before a long link, is the end of that line's sentence, not a new
 * item or section: it becomes a text line again. Openers and headings are printed capitalised
 * (`Punkt 3:`, `BILAG`); the vocabulary matches them in any case.
 */
export function demoteWrappedLines(tokens: IToken[], markdown: boolean): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.tokenType.name;
    if ((name !== 'ItemOpener' && name !== 'SectionHeading') || tokens[i - 1]!.tokenType.name === 'Break') continue;
    const first = /\p{L}/u.exec(plainText(token.image, markdown))?.[0];
    if (first && first !== first.toUpperCase()) {
      token.tokenType = TextLine;
      token.tokenTypeIdx = TextLine.tokenTypeIdx!;
    }
  }
}
