import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

function read(input: string) {
  const result = parse(input);
  expectInvariants(input, result);
  return result.document;
}

describe('attachments by document reference', () => {
  it('counts one attachment per reference, not per wrapped line', () => {
    const doc = read('1. Vej\n\nSagsnr.: 24/1001\n\nBilag\n2026-208960 - Plan for vejene i\nNordby og Sønderby\n2026-208961 - Kort\nb. Næste underpunkt om sagen\n\nBeslutning\n\nGodkendt.\n');
    expect(doc.items[0]!.attachments.map((a) => a.title)).toEqual(['2026-208960 - Plan for vejene i', '2026-208961 - Kort']);
  });

  it('reads Acadre rows (`1 Åben Title 222359/12`) and references run together', () => {
    const rows = read('1. Vej\n\nSagsnr.: 24/1001\n\nBilag\n1 Åben Notat om vejen 222359/26\n2 Åben Kort 73288/26\nUnderskriftsside\nIda Holm (A)\n');
    expect(rows.items[0]!.attachments).toHaveLength(2);
    const glued = read('1. Vej\n\nSagsnr.: 24/1001\n\nBilag\n17474/26Åben Notat om vejen 17471/26Åben Kort over vejen 17773/26Åben Budget\n');
    expect(glued.items[0]!.attachments.map((a) => a.title)).toEqual(['17474/26Åben Notat om vejen', '17471/26Åben Kort over vejen', '17773/26Åben Budget']);
  });

  it('reads `Ingen` as no attachment', () => {
    expect(read('1. Vej\n\nSagsnr.: 24/1001\n\nBilag\n\nIngen\n\nBeslutning\n\nGodkendt.\n').items[0]!.attachments).toEqual([]);
  });
});

describe('earlier decisions', () => {
  it('reads `Udvalg:` / `Dato:` / `Punktnummer:` fields under Sagsforløb', () => {
    const doc = read('1\n\nBudget 2027\n\nEMN-2026-008308\n\nSagsforløb:\n\nUdvalg: Magistraten\nDato: 02-09-2026\nPunktnummer: 7\n\nFremsendes til Byrådet. Ole Dahl deltog ikke i sagens behandling.\n');
    expect(doc.items.map((i) => i.number)).toEqual([1]);
    expect(doc.items[0]!.decisions.map((d) => [d.body, d.date, d.itemNumber, d.current, d.text.split('.')[0], d.attendance.absent.map((p) => p.name)])).toEqual([
      ['Magistraten', '2026-09-02', 7, false, 'Fremsendes til Byrådet', ['Ole Dahl']],
    ]);
  });

  it('reads `<body> den <date> Punkt <n>` under Tidligere behandling, and not a dated line without an item number', () => {
    const withNumber = read('2. Skoleplan\n\nSagsnr.: 24/1001\n\nTidligere behandling\n\nSkoleudvalget den 5. december 2025 Punkt 3\n\nBeslutning\n\nGodkendt.\n');
    expect(withNumber.items[0]!.decisions.map((d) => [d.body, d.date, d.itemNumber, d.current])).toEqual([
      ['Skoleudvalget', '2025-12-05', 3, false],
      [null, null, 2, true],
    ]);
    const plain = read('2. Skoleplan\n\nSagsnr.: 24/1001\n\nTidligere behandling\n\nSkoleudvalget den 5. december 2025\n\nBeslutning\n\nGodkendt.\n');
    expect(plain.items[0]!.decisions.map((d) => d.current)).toEqual([true]);
  });
});

describe('attendance written as sentences', () => {
  it('reads `havde meldt afbud, og X deltog i stedet`, `udeblev`, and leaves a called-in substitute who did not come', () => {
    const doc = read('1. Dagsorden\n\nBeslutning\n\nGodkendt.\n\nFremmøde:\n\nJens Holm havde meldt afbud, og Eva Berg deltog i stedet.\n\nLis Ravn havde meldt afbud. 1. suppleant Tom Lund var indkaldt, men mødte ikke frem.\n\nAli Hansen udeblev uden afbud.\n');
    const att = doc.items[0]!.attendance;
    expect(att.absent.map((p) => p.name)).toEqual(['Jens Holm', 'Lis Ravn', 'Ali Hansen']);
    expect(att.substitutes.map((s) => [s.name, s.for])).toEqual([['Eva Berg', 'Jens Holm']]);
  });
});
