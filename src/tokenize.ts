import { defaultDialect } from '../grammar/index.js';
import { engineFor } from './engine.js';
import { type ParseOptions, checkParseOptions, detectMarkdown } from './options.js';
import { forgetLastMatch } from './util/last-match.js';

/**
 * A lexer token: its type name, its exact source text and where it starts.
 *
 * @example
 * import { tokenize, type Token } from 'referat';
 * const tokens: Token[] = tokenize('Punkt 1: Godkendelse af dagsorden\n');
 * console.log(tokens.map((t) => t.type)); // ['ItemOpener']
 */
export interface Token {
  type: string;
  image: string;
  offset: number;
}

/**
 * The line tokens of the input, in order, including indentation and Markdown markers. Their
 * images concatenate to the input exactly: the basis of lossless round trips.
 *
 * @example
 * import { tokenize } from 'referat';
 * for (const t of tokenize(text)) console.log(t.offset, t.type, JSON.stringify(t.image));
 */
export function tokenize(input: string, options?: ParseOptions): Token[] {
  if (typeof input !== 'string') throw new TypeError('tokenize() expects a string');
  const opts = checkParseOptions(options);
  const engine = engineFor(opts.dialect ?? defaultDialect);
  const markdown = opts.format === 'markdown' || (opts.format !== 'text' && detectMarkdown(input));
  let lexed;
  try {
    lexed = engine.lexer.everyToken().tokenize(input, markdown ? 'markdown' : 'text');
  } finally {
    // The lexer's last match was on the input: see `forgetLastMatch`.
    forgetLastMatch();
  }
  const all = [...lexed.tokens, ...Object.values(lexed.groups).flat()];
  all.sort((a, b) => a.startOffset - b.startOffset);
  return all.map((t) => ({ type: t.tokenType.name, image: t.image, offset: t.startOffset }));
}
