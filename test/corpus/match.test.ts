import { describe, expect, it } from 'vitest';
import type { Item, Referat } from 'referat';
import { type FileFacts, factNumber, matchFacts, normalise, titlesMatch } from './match.js';

const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const item = (number: number | null, title: string, caseNumber: string | null = null): Item => ({
  type: 'item',
  number,
  label: number === null ? null : String(number),
  title,
  headingRange: range,
  caseNumber:
    caseNumber === null
      ? null
      : { type: 'caseNumber', raw: caseNumber, scheme: 'other', subject: null, facet: null, sequence: null, year: null, title: null, range },
  sections: [],
  decisions: [],
  attendance: { absent: [], substitutes: [] },
  recommendation: null,
  authority: null,
  attachments: [],
  closed: false,
  range,
});
const doc = (items: Item[], committee: string | null = null, date: string | null = null): Referat => ({
  type: 'referat',
  kind: null,
  title: null,
  committee,
  period: null,
  date,
  startTime: null,
  location: null,
  municipality: null,
  header: [],
  participants: [],
  toc: [],
  preamble: [],
  items,
  artifacts: [],
  layout: null,
  range,
});
const facts = (items: FileFacts['items'], committee = 'Økonomiudvalget', date: string | null = '2020-01-29'): FileFacts => ({
  file: 'x.txt',
  municipality: 'X',
  committee,
  date,
  kind: 'referat',
  complete: true,
  items,
});

describe('titlesMatch', () => {
  it('ignores case, whitespace and punctuation', () => {
    expect(normalise("  KL's   opfølgningsproces – vedr. ")).toBe('kl s opfølgningsproces vedr');
    expect(titlesMatch("KL's opfølgningsproces", 'kl’s  OPFØLGNINGSPROCES.')).toBe(true);
  });

  it('accepts either title being a prefix of the other, word by word', () => {
    expect(titlesMatch('ØU - Borgerrådgiverens årsberetning for', 'ØU - Borgerrådgiverens årsberetning for 2016')).toBe(true);
    expect(titlesMatch('Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering', 'Prioritering af midler')).toBe(true);
    expect(titlesMatch('Meddelelser', 'Meddelelser')).toBe(true);
    expect(titlesMatch('Godkendelse af dagsorden', 'Godkendelse af dagsordenen')).toBe(false);
    expect(titlesMatch('ØU - Orientering', 'ØU')).toBe(false);
    expect(titlesMatch('Meddelelser', '')).toBe(false);
  });

  it('lines up the titles facts reassembled for file 08 with the TOC text they come from', () => {
    const pairs: [string, string][] = [
      [
        'Budgetaftale 2018-21 Udmøntning af to puljer vedr. Fritid, Kultur og Idræt (Beslutning)',
        'Budgetaftale 2018-21 Udmøntning af to puljer vedr. Fritid, Kultur og Idræt 3 15 (Beslutning)',
      ],
      [
        'Frigivelse af anlægsbevilling til spildevandspumpe ved Frederiksdals Fribad (Beslutning)',
        'Frigivelse af anlægsbevilling til spildevandspumpe ved Frederiksdals Fribad 5 18 (Beslutning)',
      ],
      [
        'Endelig vedtagelse af Lokalplan 267 for Fæstningskanalen med miljørapport og VVM-redegørelse samt meddelelse af VVM-tilladelse (Beslutning)',
        'Endelig vedtagelse af Lokalplan 267 for Fæstningskanalen med miljørapport og VVM- 13 35 redegørelse samt meddelelse af VVM-tilladelse (Beslutning)',
      ],
      [
        'Forslag til Kommuneplantillæg 24/2013 for Firskovvej 14-20 samt Nørgaardsvej 40 (Beslutning)',
        'Forslag til Kommuneplantillæg 24/2013 for Firskovvej 14-20 samt Nørgaardsvej 40 16 43 (Beslutning)',
      ],
    ];
    for (const [fact, found] of pairs) expect(titlesMatch(fact, found), found).toBe(true);
    expect(titlesMatch('Takstændringer 2018 (Beslutning)', 'Takstændringer (Beslutning)')).toBe(false);
  });
});

describe('matchFacts', () => {
  it('compares numbers as integers and titles as above', () => {
    const m = matchFacts(
      doc([item(1, 'Evaluering af pilotprojekt', '07/20254'), item(2, 'Noget andet')]),
      facts([
        { number: '001', title: 'Evaluering af pilotprojekt - kontraktstyring', caseNumber: '07/20254' },
        { number: '2', title: 'Meddelelser', caseNumber: null },
      ]),
    );
    expect(m.found).toBe(1);
    expect(m.caseNumbersFound).toBe(1);
    expect(m.wrongItems.map((w) => w.item.title)).toEqual(['Noget andet']);
    expect(m.extras.map((it) => it.title)).toEqual(['Noget andet']);
  });

  it('matches unnumbered listings by title, and untitled ones by an unnumbered item', () => {
    const m = matchFacts(
      doc([item(null, 'ØU - Ejendomsanalyse'), item(7, 'TM - Busbestilling'), item(null, '')]),
      facts([
        { number: null, title: 'TM - Busbestilling', caseNumber: null },
        { number: null, title: 'ØU - Ejendomsanalyse', caseNumber: null },
        { number: null, title: null, caseNumber: null },
        { number: null, title: null, caseNumber: null },
      ]),
    );
    expect(m.matches.map((x) => x.item?.title ?? null)).toEqual(['TM - Busbestilling', 'ØU - Ejendomsanalyse', '', null]);
    expect(m.found).toBe(3);
  });

  it('reports a wrong case number, a wrong committee and a wrong date', () => {
    const m = matchFacts(
      doc([item(3, 'Beslutning - Skema A', '25/26257')], 'Økonomiudvalget tirsdag', '2020-01-28'),
      facts([{ number: '3', title: 'Beslutning - Skema A godkendelse', caseNumber: '26/1172' }]),
    );
    expect(m.wrongCaseNumbers).toHaveLength(1);
    expect(m.committee.ok).toBe(false);
    expect(m.date.ok).toBe(false);
  });

  it('accepts the committee named outside or inside parentheses', () => {
    const f = facts([], 'ØU (Økonomiudvalget)');
    expect(matchFacts(doc([], 'ØU'), f).committee.ok).toBe(true);
    expect(matchFacts(doc([], 'økonomiudvalget'), f).committee.ok).toBe(true);
    expect(matchFacts(doc([], null), f).committee.ok).toBe(false);
  });

  it('reads fact numbers as integers', () => {
    expect(factNumber({ number: '001', title: null, caseNumber: null })).toBe(1);
    expect(factNumber({ number: null, title: null, caseNumber: null })).toBeNull();
  });
});
