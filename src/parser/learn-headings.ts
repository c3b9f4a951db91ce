import { type IToken, tokenMatcher } from 'chevrotain';
import { ItemStart, LearnedHeading } from '../lexer/tokens.js';
import { isHeadingShaped, plainText } from '../text/plain.js';

/**
 * Learns the document's own section headings, between lexing and parsing. Templates differ in
 * their heading words, but within one document the same headings recur item after item.
 * A text line becomes a section heading (token type `LearnedHeading`) when:
 * - it stands alone (blank lines around it) and has a heading's shape;
 * - the same text stands so in at least two different items;
 * - nowhere does it directly follow a heading or directly precede one (then it is content,
 *   like `Intet at bemærke` under `Retsgrundlag`, or an empty heading before the next).
 * The pass is one loop over the tokens; it retypes tokens in place.
 */
export function learnHeadings(tokens: IToken[], markdown: boolean): void {
  const seen = new Map<string, { items: Set<number>; tokens: IToken[]; excluded: boolean }>();
  let item = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.tokenType;
    if (tokenMatcher(token, ItemStart)) {
      item++;
      continue;
    }
    if (item < 0 || type.name !== 'TextLine') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.tokenType.name !== 'Break' || (after && after.tokenType.name !== 'Break')) continue;
    const text = plainText(token.image, markdown);
    if (!isHeadingShaped(text)) continue;
    const key = text.toLowerCase();
    let entry = seen.get(key);
    if (!entry) seen.set(key, (entry = { items: new Set(), tokens: [], excluded: false }));
    entry.items.add(item);
    entry.tokens.push(token);
    const previous = tokens[i - 2];
    const next = tokens[i + 2];
    if (!previous || isHeading(previous) || !next || isHeading(next)) {
      entry.excluded = true;
    }
  }
  for (const entry of seen.values()) {
    if (entry.excluded || entry.items.size < 2) continue;
    for (const token of entry.tokens) {
      token.tokenType = LearnedHeading;
      token.tokenTypeIdx = LearnedHeading.tokenTypeIdx!;
    }
  }
}

function isHeading(token: IToken): boolean {
  const name = token.tokenType.name;
  return (
    name === 'SectionHeading' ||
    name === 'DecisionHeading' ||
    name === 'RecommendationHeading' ||
    tokenMatcher(token, ItemStart)
  );
}
