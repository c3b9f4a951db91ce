import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';
import { checkCase } from './check-case.js';

/**
 * `test/fixtures/cases/`: small inputs in real layouts, each with what a careful reader finds
 * in it (copies of `../shared/cases/`). Every field a case names must come out as it says;
 * the kinds they stand for have variants of their own in `test/layout/`.
 */
const dir = new URL('../fixtures/cases/', import.meta.url);
const ids = readdirSync(dir).filter((f) => /^\d\d\.txt$/.test(f)).map((f) => f.slice(0, 2)).sort();

describe('cases (../shared/cases)', () => {
  it('holds the twelve cases', () => {
    expect(ids).toEqual(['01', '02', '03', '04', '06', '07', '08', '10', '13', '14', '15', '16']);
  });

  for (const id of ids) {
    it(`case ${id}: reads what a reader finds`, () => {
      const input = readFileSync(new URL(`${id}.txt`, dir), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, dir), 'utf8')) as Record<string, unknown>;
      const result = parse(input);
      expectInvariants(input, result);
      expect(checkCase(result.document, expected)).toEqual([]);
    });
  }
});
