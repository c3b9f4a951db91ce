import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseHistorySchema, caseHistory, parse } from 'referat';

const seed = (name: string) => parse(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8')).document;

/** Minutes of one meeting with one item on case 27.69.48-P35-1-22, as the Lemvig template prints them. */
function minutes(committee: string, date: string, danishDate: string, decisions: string): string {
  return `REFERAT ${committee} d. ${date}\n\nMødedato Onsdag d. ${danishDate} kl. 15:00\n\nMødested Rådhuset, Lemvig Kommune\n\nPunkt 4: Budget 2026 for Handicaprådet\n\n27.69.48-P35-1-22\n\nSagsfremstilling\n\nForvaltningen har udarbejdet budgettet.\n\n${decisions}`;
}

describe('caseHistory', () => {
  it('follows a case through the earlier decisions a seed quotes, in date order', () => {
    const doc = seed('001_0de4ab91bb15812b.txt');
    const history = caseHistory([{ document: doc, source: 'seed-001' }]).find((h) => h.key === '27.00.00i02-1-21')!;
    expect(history.municipality).toBe('Lemvig Kommune');
    expect(history.events.map((e) => [e.date, e.body, e.outcome, e.records.map((r) => [r.source, r.itemNumber, r.quoted])])).toEqual([
      ['2021-06-16', 'Social- og Sundhedsudvalget', 'discussed', [['seed-001', 8, true]]],
      ['2021-06-23', 'Familie- og Kulturudvalget', 'noted', [['seed-001', 8, true]]],
      ['2021-08-18', 'Arbejdsmarkeds- og Integrationsudvalget', 'noted', [['seed-001', 8, false]]],
    ]);
    for (const h of caseHistory([doc, seed('000_a754a08f3d241eb2.txt')])) expect(CaseHistorySchema.parse(h)).toEqual(h);
  });

  it('joins a chain across documents: the committee’s own record and the council’s quote of it are one event', () => {
    const committee = minutes('Økonomiudvalget', '12-05-2025', '12. maj 2025', 'Beslutning\n\nAnbefales.\n');
    const council = minutes(
      'Byrådet',
      '27-05-2025',
      '27. maj 2025',
      'Beslutning fra Økonomiudvalget, 12. maj 2025, pkt. 4:\n\nAnbefales.\n\nBeslutning\n\nGodkendt.\n\nJens Hansen (V) deltog ikke i sagens behandling.\n',
    );
    const agenda = minutes('Handicaprådet', '02-06-2025', '2. juni 2025', 'Indstilling\n\nAt orienteringen tages til efterretning.\n');
    // Given out of order: the history is in date order all the same.
    const [history, ...others] = caseHistory([
      { document: parse(agenda).document, source: 'handicapraadet.txt' },
      { document: parse(council).document, source: 'byraadet.txt' },
      { document: parse(committee).document, source: 'oekonomiudvalget.txt' },
    ]);
    expect(others).toEqual([]);
    expect(history!.caseNumber).toBe('27.69.48-P35-1-22');
    expect(history!.events.map((e) => [e.date, e.body, e.outcome, e.text, e.records.map((r) => `${r.source}${r.quoted ? ' (quoted)' : ''}`)])).toEqual([
      ['2025-05-12', 'Økonomiudvalget', 'recommended', 'Anbefales.', ['byraadet.txt (quoted)', 'oekonomiudvalget.txt']],
      ['2025-05-27', 'Byrådet', 'approved', 'Godkendt.', ['byraadet.txt']],
      ['2025-06-02', 'Handicaprådet', null, '', ['handicapraadet.txt']],
    ]);
  });

  it('keeps the same number in two municipalities apart, and refuses what is not a list of documents', () => {
    const a = parse(minutes('Byrådet', '27-05-2025', '27. maj 2025', 'Beslutning\n\nGodkendt.\n')).document;
    const b = parse(minutes('Byrådet', '27-05-2025', '27. maj 2025', 'Beslutning\n\nGodkendt.\n').replace(/Lemvig/g, 'Thisted')).document;
    expect(caseHistory([a, b]).map((h) => [h.municipality, h.events.length])).toEqual([
      ['Lemvig Kommune', 1],
      ['Thisted Kommune', 1],
    ]);
    expect(() => caseHistory('doc' as never)).toThrow(TypeError);
    expect(() => caseHistory([{ type: 'item' } as never])).toThrow(/made by parse/);
  });
});
