import { describe, expect, it } from 'vitest';
import { defineDialect, genericDialect, templateDialects } from 'referat';

/*
 * The built-in dialects are made without checking their definitions at import time (a tenth of
 * a cold start): here each is checked as `defineDialect` checks a user's, and must come out the
 * same, so no field of a built-in is missing, malformed or left to a default.
 */
describe('built-in dialects', () => {
  for (const dialect of [genericDialect, ...templateDialects]) {
    it(`${dialect.name} passes defineDialect's checks unchanged`, () => {
      const checked = defineDialect({ name: dialect.name, vocabulary: dialect.vocabulary, detect: [...dialect.detect], ...(dialect.parser ? { parser: dialect.parser } : {}) });
      expect(checked).toEqual(dialect);
      expect(Object.keys(checked.vocabulary).sort()).toEqual(Object.keys(dialect.vocabulary).sort());
      expect(Object.isFrozen(dialect.vocabulary)).toBe(true);
    });
  }

  it('catches a built-in that leaves a field out', () => {
    const { itemLabels: _, ...partial } = genericDialect.vocabulary;
    const checked = defineDialect({ name: 'partial', vocabulary: partial as typeof genericDialect.vocabulary });
    expect(Object.keys(checked.vocabulary)).toContain('itemLabels');
    expect(Object.keys(partial)).not.toContain('itemLabels');
  });
});
