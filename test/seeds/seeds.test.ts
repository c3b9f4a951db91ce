import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const read = (f: string) => readFileSync(new URL(f, seedDir), 'utf8');

interface Expected {
  file: string;
  kind: string | null;
  title: string;
  committee: string | null;
  period: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: { name: string; party: string | null; absent: boolean }[];
  toc: { title: string; page: number | null; itemNumber: number | null }[];
  items: { number: number; title: string; caseNumber: string | null; sections: string[] }[];
}

describe('seeds', () => {
  it('holds the five seeds byte for byte', () => {
    expect(seeds).toHaveLength(5);
    const shared = new URL('../../../shared/seeds/', import.meta.url);
    if (!existsSync(shared)) return;
    for (const f of seeds) {
      const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      expect(hash(readFileSync(new URL(f, seedDir))), f).toBe(hash(readFileSync(new URL(f, shared))));
    }
  });

  for (const file of seeds) {
    const id = file.slice(0, 3);
    describe(file, () => {
      const input = read(file);
      const { document, diagnostics } = parse(input);
      const expected = JSON.parse(
        readFileSync(new URL(`./expected/${id}.json`, import.meta.url), 'utf8'),
      ) as Expected;

      it('reads the header', () => {
        expect({
          kind: document.kind,
          title: document.title,
          committee: document.committee,
          period: document.period,
          date: document.date,
          startTime: document.startTime,
          location: document.location,
        }).toEqual({
          kind: expected.kind,
          title: expected.title,
          committee: expected.committee,
          period: expected.period,
          date: expected.date,
          startTime: expected.startTime,
          location: expected.location,
        });
      });

      it('reads every participant with party and absence', () => {
        expect(document.participants.map(({ name, party, absent }) => ({ name, party, absent }))).toEqual(
          expected.participants,
        );
      });

      it('reads every table-of-contents entry and links it to its item', () => {
        expect(document.toc.map(({ title, page, itemNumber }) => ({ title, page, itemNumber }))).toEqual(
          expected.toc,
        );
      });

      it('reads every item: number, title, case number and section headings in order', () => {
        expect(
          document.items.map((it) => ({
            number: it.number,
            title: it.title,
            caseNumber: it.caseNumber?.raw ?? null,
            sections: it.sections.filter((s) => s.heading !== null).map((s) => s.heading),
          })),
        ).toEqual(expected.items);
      });

      it('keeps the invariants', () => {
        expectInvariants(input, { document, diagnostics });
      });

      it('reports no warnings or errors but the malformed KLE number of 001', () => {
        const expectedCodes = id === '001' ? ['case-number-malformed'] : [];
        expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(expectedCodes);
      });
    });
  }
});
