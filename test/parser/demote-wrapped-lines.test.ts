import { describe, expect, it } from 'vitest';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { buildLexer } from '../../src/lexer/build-lexer.js';
import { demoteWrappedLines } from '../../src/parser/demote-wrapped-lines.js';

const { lexer } = buildLexer(genericVocabulary);

/** The type of each line token after demotion, for `lines` read as `mode`. */
function typesAfter(text: string, mode: 'text' | 'markdown' = 'text'): string[] {
  const { tokens } = lexer.tokenize(text, mode);
  demoteWrappedLines(tokens);
  return tokens.map((t) => t.tokenType.name);
}

describe('demoteWrappedLines', () => {
  it('makes an opener or heading in lower case right under a line a text line again', () => {
    expect(typesAfter('Beslutning fra Udvalget, den 20. maj 2025,\npunkt 3:\n')).toEqual(['DecisionHeading', 'TextLine']);
    expect(typesAfter('Se bilaget til sagen om\nbeslutning\n')).toEqual(['TextLine', 'TextLine']);
    // The first letter decides, after marks, digits and spaces; Danish letters too.
    expect(typesAfter('Se også\n**beslutning**\n', 'markdown')).toEqual(['TextLine', 'TextLine']);
    expect(typesAfter('Se også\nøkonomiske konsekvenser\n')).toEqual(['TextLine', 'TextLine']);
  });

  it('keeps openers and headings in upper case, and any after a blank line', () => {
    expect(typesAfter('Tekst\nBeslutning\n')).toEqual(['TextLine', 'SectionHeading']);
    expect(typesAfter('Tekst\nØKONOMISKE KONSEKVENSER\n')).toEqual(['TextLine', 'SectionHeading']);
    expect(typesAfter('Tekst\n**Beslutning**\n', 'markdown')).toEqual(['TextLine', 'SectionHeading']);
    expect(typesAfter('Tekst\nPunkt 3: Budget\n')).toEqual(['TextLine', 'ItemOpener']);
    expect(typesAfter('Tekst\n\nbeslutning\n')).toEqual(['TextLine', 'Break', 'SectionHeading']);
  });
});
