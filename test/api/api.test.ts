import { describe, expect, it } from 'vitest';
import * as referat from 'referat';
import { ReferatDialectError, ReferatOptionsError, baseVocabulary, defineDialect, parse } from 'referat';

describe('public API', () => {
  it('exposes the documented names', () => {
    expect(Object.keys(referat).sort()).toEqual(
      [
        'BlockSchema',
        'CaseNumberSchema',
        'DIAGNOSTIC_CODES',
        'DIAGNOSTIC_CODE_DOCS',
        'DiagnosticSchema',
        'HeaderFieldSchema',
        'HeaderKeySchema',
        'HeadingSchema',
        'ItemSchema',
        'ListItemSchema',
        'ListSchema',
        'ParagraphSchema',
        'ParticipantSchema',
        'PositionSchema',
        'RangeSchema',
        'ReferatDialectError',
        'ReferatOptionsError',
        'ReferatSchema',
        'SectionKindSchema',
        'SectionSchema',
        'TableCellSchema',
        'TableRowSchema',
        'TableSchema',
        'TocEntrySchema',
        'VocabularySchema',
        'baseDialect',
        'baseVocabulary',
        'defaultDialect',
        'defineDialect',
        'findDate',
        'findPeriod',
        'findTime',
        'isoDate',
        'parse',
        'referatJsonSchema',
        'serialize',
        'tokenize',
      ].sort(),
    );
  });

  it('throws a TypeError when the input is not a string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
    expect(() => parse(undefined as unknown as string)).toThrow(/string/);
  });

  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ dialect: { name: 'x' } }, 'dialect'],
    [{ formt: 'text' }, 'formt'],
    ['text', 'options'],
  ])('throws ReferatOptionsError naming the option for %j', (options, option) => {
    let error: unknown;
    try {
      parse('x', options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReferatOptionsError);
    expect((error as ReferatOptionsError).option).toBe(option);
    expect((error as Error).message).toContain(option);
  });

  it('rejects an invalid dialect at definition time, naming the field', () => {
    expect(() => defineDialect({ name: 'x', vocabulary: { ...baseVocabulary, itemOpeners: [] } })).toThrow(
      ReferatDialectError,
    );
    try {
      defineDialect({ name: 'x', vocabulary: { ...baseVocabulary, itemOpeners: ['Punkt {nr}'] } });
    } catch (e) {
      expect((e as ReferatDialectError).field).toBe('vocabulary.itemOpeners.0');
    }
  });

  it('parses with a dialect made by defineDialect', () => {
    const dialect = defineDialect({
      name: 'sager',
      vocabulary: { ...baseVocabulary, itemOpeners: ['Sag {n} -'] },
    });
    const { document } = parse('Sag 7 - Vejnavne\n\nBeslutning\n\nGodkendt.\n', { dialect });
    expect(document.items.map((i) => [i.number, i.title, i.sections[0]?.kind])).toEqual([[7, 'Vejnavne', 'decision']]);
  });
});
