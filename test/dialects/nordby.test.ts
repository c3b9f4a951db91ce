import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDialect, genericDialect, parse, templateDialects } from 'referat';
import { nordbyDialect } from '../../grammar/examples/nordby.js';
import { expectInvariants } from '../helpers/invariants.js';

/** The made-up layout of docs/dialects.md, read with the dialect a municipality would write for it. */
const text = readFileSync(new URL('../fixtures/dialects/nordby.txt', import.meta.url), 'utf8');

describe('an adapted layout, end to end (grammar/examples/nordby.ts)', () => {
  const result = parse(text, { dialect: nordbyDialect });
  const { document } = result;

  it('keeps the dialect file under 60 lines', () => {
    const lines = readFileSync(new URL('../../grammar/examples/nordby.ts', import.meta.url), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeLessThan(60);
  });

  it('is detected among the built-in templates', () => {
    expect(detectDialect(text, [...templateDialects, nordbyDialect])).toMatchObject({ dialect: nordbyDialect, score: 1 });
  });

  it('reads labels and values on separate lines', () => {
    expect(document).toMatchObject({
      kind: 'referat',
      committee: 'Teknik- og Miljøudvalget',
      date: '2025-03-12',
      startTime: '16:00',
      location: 'Byrådssalen, Rådhuset',
      municipality: 'Nordby Kommune',
      toc: [],
    });
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Anna Holm', 'A', false],
      ['Bo Berg', 'V', false],
      ['Carl Dahl', 'Ø', false],
      ['Dorte Krogh', 'C', true],
      ['Erik Lund', 'A', false],
    ]);
    expectInvariants(text, result, { dialect: nordbyDialect });
  });

  it('reads `Pkt. N` items, capital headings and `Beslutning i … den …` decisions', () => {
    expect(document.items.map((i) => [i.number, i.title, i.caseNumber?.subject, i.sections.map((s) => s.kind)])).toEqual([
      [1, 'Godkendelse af dagsorden', '00.01.00', ['background', 'recommendation', 'decision']],
      [2, 'Budgetopfølgning 2025', '00.30.10', ['background', 'economy', 'economy', 'recommendation', 'decision']],
      [3, 'Trafiksikkerhedsplan 2025-2028', '05.13.00', ['background', 'decision', 'decision', 'attachments']],
    ]);
    expect(document.items.map((i) => i.decisions.map((d) => [d.body, d.date, d.current, d.outcome]))).toEqual([
      [['Teknik- og Miljøudvalget', '2025-03-12', true, 'approved']],
      [['Teknik- og Miljøudvalget', '2025-03-12', true, 'approved']],
      [
        ['Økonomiudvalget', '2025-03-03', false, 'recommended'],
        ['Teknik- og Miljøudvalget', '2025-03-12', true, 'postponed'],
      ],
    ]);
    const budget = document.items[1]!;
    expect(budget.decisions[0]!.votes).toMatchObject({ for: ['A', 'V'], against: ['Ø'] });
    expect(budget.attendance.absent).toMatchObject([{ name: 'Bo Berg', party: 'V', participant: 'Bo Berg' }]);
    const table = budget.sections[1]!.blocks[0]!;
    expect(table.type === 'table' && table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([[null, 12500, 13100], [null, 4200, 4050]]);
    expect(document.items[2]!.attachments.map((a) => a.title)).toEqual(['Trafiksikkerhedsplan 2025-2028', 'Høringssvar fra Rådet for Sikker Trafik']);
  });

  it('degrades, without the dialect, to what layout inference reads, and loses nothing', () => {
    const generic = parse(text, { dialect: genericDialect });
    expectInvariants(text, generic, { dialect: genericDialect });
    // `Pkt. 1 Godkendelse` lacks the colon the generic openers ask for; inference reads it as a
    // numbered opener, confirmed by the case number under it. `OVERSIGT`, a heading only the
    // dialect knows, stays text.
    expect(generic.document.layout).toMatchObject({ itemOpener: 'numbered', items: 3, toc: 'none' });
    expect(generic.document.items.map((i) => [i.number, i.title, i.caseNumber?.raw, i.sections.map((s) => s.kind)])).toEqual([
      [1, 'Godkendelse af dagsorden', '00.01.00-A00-3-25', ['background', 'recommendation', 'decision']],
      [2, 'Budgetopfølgning 2025', '00.30.10-S55-4-25', ['background', 'economy', 'recommendation', 'decision']],
      [3, 'Trafiksikkerhedsplan 2025-2028', '05.13.00-P15-2-24', ['background', 'decision', 'decision', 'attachments']],
    ]);
    expect(generic.document.date).toBe('2025-03-12');
    // `UDVALG` alone on its line is a label with the value under it, for the header reader too.
    expect(generic.document.committee).toBe('Teknik- og Miljøudvalget');
  });
});
