import { describe, expect, it } from 'vitest';
import * as referat from 'referat';
import { ReferatDialectError, ReferatOptionsError, genericVocabulary, defineDialect, parse } from 'referat';

describe('public API', () => {
  it('exposes the documented names', () => {
    expect(Object.keys(referat).sort()).toEqual(
      [
        'BlockSchema',
        'readAmount',
        'readCaseNumber',
        'VotesSchema',
        'SubstituteSchema',
        'RecommendationSchema',
        'PersonSchema',
        'OutcomeSchema',
        'DecisionSchema',
        'DecisionPartSchema',
        'AttendanceSchema',
        'ArtifactSchema',
        'AttachmentSchema',
        'CaseNumberSchema',
        'CaseEventSchema',
        'CaseHistorySchema',
        'CaseRecordSchema',
        'caseHistory',
        'DEFAULT_MAX_LINES',
        'DIAGNOSTIC_CODES',
        'DIAGNOSTIC_CODE_DOCS',
        'DiagnosticSchema',
        'HeaderFieldSchema',
        'HeaderKeySchema',
        'HeadingSchema',
        'ItemSchema',
        'LayoutReportSchema',
        'ListItemSchema',
        'ListSchema',
        'ParagraphSchema',
        'ParticipantSchema',
        'PositionSchema',
        'RangeSchema',
        'ReferatDialectError',
        'ReferatDocumentError',
        'ReferatOptionsError',
        'ReferatSchema',
        'SectionKindSchema',
        'SectionSchema',
        'TableCellSchema',
        'TableRowSchema',
        'TableSchema',
        'TocEntrySchema',
        'VocabularySchema',
        'defaultDialect',
        'defineDialect',
        'detectDialect',
        'genericDialect',
        'genericVocabulary',
        'lejreDialect',
        'lemvigDialect',
        'lyngbyTaarbaekDialect',
        'findDate',
        'findPeriod',
        'findTime',
        'isoDate',
        'parse',
        'referatJsonSchema',
        'serialize',
        'templateDialects',
        'thistedDialect',
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
    expect(() => defineDialect({ name: 'x', vocabulary: { ...genericVocabulary, itemOpeners: [] } })).toThrow(
      ReferatDialectError,
    );
    try {
      defineDialect({ name: 'x', vocabulary: { ...genericVocabulary, itemOpeners: ['Punkt {nr}'] } });
    } catch (e) {
      expect((e as ReferatDialectError).field).toBe('vocabulary.itemOpeners.0');
    }
  });

  it('parses with a dialect made by defineDialect', () => {
    const dialect = defineDialect({
      name: 'sager',
      vocabulary: { ...genericVocabulary, itemOpeners: ['Sag {n} -'] },
    });
    const { document } = parse('Sag 7 - Vejnavne\n\nBeslutning\n\nGodkendt.\n', { dialect });
    expect(document.items.map((i) => [i.number, i.title, i.sections[0]?.kind])).toEqual([[7, 'Vejnavne', 'decision']]);
  });
});

describe('fields inferred from unlabelled head lines', () => {
  it('points at the line it read, with CRLF line ends and indentation', () => {
    const input = 'Økonomiudvalget\r\n  Mødet den 3. marts 2025 kl. 16.00\r\n\r\nPunkt 1: Sag\r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n';
    const { document, diagnostics } = parse(input);
    expect(document.date).toBe('2025-03-03');
    const inferred = diagnostics.filter((d) => d.code === 'inferred-field');
    const texts = inferred.map((d) => input.slice(d.range.start.offset, d.range.end.offset));
    expect(texts).toContain('Mødet den 3. marts 2025 kl. 16.00');
    expect(texts).toContain('Økonomiudvalget');
    for (const d of inferred) expect(d.range.start.column).toBeLessThanOrEqual(3);
  });

  it('reads only the first 40 lines, even of one long block', () => {
    const list = Array.from({ length: 60 }, (_, i) => `- linje ${i}${i === 50 ? ' 1. maj 2025' : ''}`).join('\n');
    const { document } = parse(`${list}\n\nPunkt 1: Sag\n`);
    expect(document.date).toBeNull();
  });
});
