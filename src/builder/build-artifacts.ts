import type { IToken } from 'chevrotain';
import { type BuildContext, tokenRange, tokenText } from './context.js';

/**
 * Artifact nodes for the tokens the lexer and `learnArtifacts` set aside: a learned page header
 * is `pageHeader`; a line matching one of the dialect's artifact patterns has that pattern's
 * kind; a lone page number matches none and is `pageNumber`.
 */
export function buildArtifacts(ctx: BuildContext, tokens: readonly IToken[], pageHeaders: ReadonlySet<IToken>): void {
  for (const token of tokens) {
    const text = tokenText(ctx, token);
    const kind = pageHeaders.has(token)
      ? 'pageHeader'
      : (ctx.lookups.artifactKinds.find((a) => a.line.test(text))?.kind ?? 'pageNumber');
    ctx.artifacts.push({ type: 'artifact', kind, text, range: tokenRange(ctx, token) });
  }
}
