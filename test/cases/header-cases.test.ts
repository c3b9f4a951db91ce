import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

const dir = new URL('../fixtures/cases/', import.meta.url);

/** The meeting-level fields a case names (`NN.expected.json`); the rest is not part of this test. */
const FIELDS = ['committee', 'date', 'startTime', 'location'] as const;

describe('header cases (../shared/cases)', () => {
  for (const id of ['03', '06', '08', '10', '13']) {
    it(`case ${id}: reads the meeting's header fields`, () => {
      const input = readFileSync(new URL(`${id}.txt`, dir), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, dir), 'utf8')) as Record<string, unknown>;
      const result = parse(input);
      expectInvariants(input, result);
      const doc = result.document as unknown as Record<string, unknown>;
      for (const f of FIELDS) if (f in expected) expect(doc[f], f).toEqual(expected[f]);
      if (Array.isArray(expected.participants)) {
        const names = result.document.participants.map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}`);
        expect(names).toEqual(expected.participants);
      }
    });
  }
});
