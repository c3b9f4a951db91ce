import { type IToken, tokenMatcher } from 'chevrotain';
import { Break, ItemStart, LearnedHeading, SectionStart, TextLine } from '../lexer/tokens.js';
import { isHeadingShaped, plainText } from '../text/plain.js';
import type { LineTexts } from './line-texts.js';

interface Entry {
  items: Set<number>;
  tokens: IToken[];
  /** Where the tokens stand. */
  at: number[];
  /** Seen as the last line before a heading or the next item: content, not a heading. */
  excluded: boolean;
}

/**
 * Learns the document's own section headings, between lexing and parsing. Templates differ in
 * their heading words, but within one document the same headings recur item after item.
 * A text line becomes a section heading (token type `LearnedHeading`) when:
 * - it stands alone (blank lines around it) and has a heading's shape;
 * - the same text stands so in at least two different items;
 * - it never comes last before a heading or the next item (then it is content, like
 *   `Intet at bemærke` under `Retsgrundlag`), and never comes right after a heading (nor after
 *   a line learned as one): what follows a heading is its content;
 * - not every time does it stand between two other lone lines of a heading's shape: then it is
 *   one of a list of short lines, each printed as a paragraph (dated stops of a case, committee
 *   codes), as canonical mode writes the lines a document printed one under another.
 * The last rule depends on which lines are headings, so it is applied until nothing changes.
 * Retypes tokens in place. `texts` are the lines' texts as inference read them.
 */
export function learnHeadings(tokens: IToken[], texts: LineTexts, markdown: boolean): void {
  const entries = new Map<string, Entry>();
  const at = new Map<number, Entry>();
  let item = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tokenMatcher(token, ItemStart)) {
      item++;
      continue;
    }
    // (Type indices, not names: a token's own field is read faster than its type's.)
    if (item < 0 || token.tokenTypeIdx !== TextLine.tokenTypeIdx) continue;
    const after = tokens[i + 1];
    if (tokens[i - 1]?.tokenTypeIdx !== Break.tokenTypeIdx || (after && after.tokenTypeIdx !== Break.tokenTypeIdx)) continue;
    const text = texts.of(token) ?? plainText(token.image, markdown);
    if (!isHeadingShaped(text)) continue;
    const key = text.toLowerCase();
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { items: new Set(), tokens: [], at: [], excluded: false }));
    entry.items.add(item);
    entry.tokens.push(token);
    entry.at.push(i);
    at.set(i, entry);
    const next = tokens[i + 2];
    if (!next || tokenMatcher(next, SectionStart) || tokenMatcher(next, ItemStart)) entry.excluded = true;
  }
  // A line with lone lines of a heading's shape right before and after it, every time, is one
  // of a list of short lines printed a paragraph each (`Direktionen den 30. august 2024` /
  // `Social- og Seniorudvalget den 3. september 2024` / …, committee codes): no heading.
  const inList = (e: Entry) => e.at.every((i) => at.has(i - 2) && at.has(i + 2));
  const candidates = [...entries.values()].filter((e) => !e.excluded && e.items.size >= 2 && !inList(e));
  if (!candidates.length) return;
  let accepted = new Set(candidates);
  // Where the candidates stand: only they can be dropped.
  const standing: [number, Entry][] = [];
  for (const [i, entry] of at) if (accepted.has(entry)) standing.push([i, entry]);
  for (let round = 0; round < 5; round++) {
    const next = new Set(candidates);
    for (const [i, entry] of standing) {
      const previous = tokens[i - 2];
      if (!previous || !next.has(entry)) continue;
      const before = at.get(i - 2);
      if (tokenMatcher(previous, SectionStart) || (before && accepted.has(before))) next.delete(entry);
    }
    const stable = next.size === accepted.size && [...next].every((e) => accepted.has(e));
    accepted = next;
    if (stable) break;
  }
  for (const entry of accepted) {
    for (const token of entry.tokens) {
      token.tokenType = LearnedHeading;
      token.tokenTypeIdx = LearnedHeading.tokenTypeIdx!;
    }
  }
}
