import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

/** Parses with the generic dialect (as for any unknown layout) and keeps the invariants. */
function read(input: string) {
  const result = parse(input);
  expectInvariants(input, result);
  return result.document;
}

const items = (input: string) =>
  read(input).items.map((i) => [i.number, i.label, i.title, i.caseNumber?.raw ?? null]);

/** The body every item of the variants below has: a case number line and two headings. */
const body = (caseNumber: string) => `Sagsnr.: ${caseNumber}\n\nSagsfremstilling\n\nTekst om sagen.\n\nBeslutning\n\nGodkendt.\n\n`;

describe('item openers: the numbered family, each confirmed by what follows', () => {
  const forms: [string, (n: number, title: string) => string][] = [
    ['`3. Title`', (n, t) => `${n}. ${t}`],
    ['`3.Title`', (n, t) => `${n}.${t}`],
    ['`3: Title`', (n, t) => `${n}: ${t}`],
    ['`3 : Title`', (n, t) => `${n} : ${t}`],
    ['`3   Title`', (n, t) => `${n}   ${t}`],
    ['`3Title` glued', (n, t) => `${n}${t}`],
    ['`Punkt 3 Title`', (n, t) => `Punkt ${n} ${t}`],
    ['`Pkt. 3 Title`', (n, t) => `Pkt. ${n} ${t}`],
    ['`Nr. 3 - Title`', (n, t) => `Nr. ${n} - ${t}`],
    ['`• 3. Title`', (n, t) => `• ${n}. ${t}`],
    ['`  3.  Title` indented', (n, t) => `  ${n}.  ${t}`],
    ['`3  Åbent  Title` with a status word', (n, t) => `${n}  Åbent  ${t}`],
  ];
  for (const [name, line] of forms) {
    it(`reads ${name}, with running numbers that need not start at 1`, () => {
      const input = `REFERAT\n\nBørneudvalget\n\n${line(214, 'Godkendelse af dagsorden')}\n\n${body('24/1001')}${line(215, 'Skolestruktur i Nordby')}\n\n${body('24/1002')}`;
      expect(items(input)).toEqual([
        [214, '214', 'Godkendelse af dagsorden', '24/1001'],
        [215, '215', 'Skolestruktur i Nordby', '24/1002'],
      ]);
      expect(read(input).layout).toMatchObject({ itemOpener: 'numbered', items: 2 });
    });
  }

  it('reads a number alone with the title on the next line', () => {
    const input = `1\n\nHavnefront i Vestby\n\n${body('23-004512')}2\n\nTrafikplan\n\n${body('23-004513')}`;
    expect(items(input)).toEqual([
      [1, '1', 'Havnefront i Vestby', '23-004512'],
      [2, '2', 'Trafikplan', '23-004513'],
    ]);
    expect(read(input).layout?.itemOpener).toBe('numberAlone');
  });

  it('reads the title above `Sag nr. N`', () => {
    const input = `Medlemmer\n\nAnne Holm (A)\n\nSpørgetid for borgere\nSag nr. 41\n\nBeslutningskompetence: KB\n\nBeslutning\n\nTaget til efterretning.\n\nSalg af grund i Østby\nSag nr. 42\n\nSagens kerne\n\nTekst.\n`;
    expect(items(input)).toEqual([
      [41, '41', 'Spørgetid for borgere', null],
      [42, '42', 'Salg af grund i Østby', null],
    ]);
    expect(read(input).items[0]!.headingRange.end.line).toBe(6);
  });

  it('reads items exported as labelled fields (`Punktnummer:` / `Navn:`)', () => {
    const input = 'Punktnummer: 1\nNavn: Godkendelse af dagsorden\nSagsNummer: 25/11111\n--- Bilag ---\n\nPunktnummer: 2\nNavn: Meddelelser\nSagsNummer: 25/11112\nSagsfremstilling\nIngen.\n';
    expect(items(input)).toEqual([
      [1, '1', 'Godkendelse af dagsorden', '25/11111'],
      [2, '2', 'Meddelelser', '25/11112'],
    ]);
    expect(read(input).items[0]!.sections.map((s) => s.heading)).toEqual(['--- Bilag ---']);
  });

  it('keeps add-on items (`4a.`, `4.1`, `Punkt 4a:`) with their printed label', () => {
    for (const [a, b] of [['4a.', '5.'], ['4.1', '5.'], ['Punkt 4a:', 'Punkt 5:']]) {
      const input = `${a.startsWith('Punkt') ? 'Punkt 4:' : '4.'} Budget\n\n${body('24-000001')}${a} Tillæg om salg\n\n${body('24-000002')}${b} Eventuelt\n\nBeslutning\n\nIntet.\n`;
      expect(items(input).map((i) => [i[0], i[1]])).toEqual([[4, '4'], [4, a.replace(/^Punkt /, '').replace(/[.:]$/, '')], [5, '5']]);
    }
  });

  it('reads the case number printed above the opener as the item’s', () => {
    const input = '00.01.00-G01-11-19\n117. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n \n03.02.10-Ø60-1-16\n118. Skema C for Engvej\nIndstilling\n1. At skema C godkendes.\n';
    expect(items(input)).toEqual([
      [117, '117', 'Godkendelse af dagsorden', '00.01.00-G01-11-19'],
      [118, '118', 'Skema C for Engvej', '03.02.10-Ø60-1-16'],
    ]);
  });

  it('does not open items at numbered sub-headings or list entries inside an item', () => {
    const input = `1. Lokalplan for Nordhavn\n\n${body('24-001234').replace('Tekst om sagen.', 'Sagen har to dele:\n\n1. Trafik\n\nVejen udvides.\n\n2. Støj\n\nIngen.')}2. Eventuelt\n\nBeslutning\n\nIntet.\n`;
    expect(items(input).map((i) => [i[0], i[2]])).toEqual([[1, 'Lokalplan for Nordhavn'], [2, 'Eventuelt']]);
    const list = `117. Skema B\n\nSagsnr.: 24/5\n\nIndstilling\n\n1. At skema B godkendes.\n\n2. At huslejen godkendes.\n\nBeslutning\n\nGodkendt.\n\n118. Eventuelt\n\nBeslutning\n\nIntet.\n`;
    expect(items(list).map((i) => i[0])).toEqual([117, 118]);
  });

  it('does not open an item at a numbered line without evidence', () => {
    expect(read('Nordby Kommune\n\n1. Mødet transmitteres på hjemmesiden\n\nVelkommen.\n').items).toEqual([]);
  });

  it('drops a title printed twice and glued, and an empty pair of parentheses', () => {
    expect(items(`1. Status på kloak1. Status på kloak\n\n${body('24/9')}`)[0]![2]).toBe('Status på kloak');
    expect(items(`2. Godkendelse af dagsorden ( )\n\n${body('24/9')}`)[0]![2]).toBe('Godkendelse af dagsorden');
  });

  it('uses the table of contents as evidence: its titles mark the openers', () => {
    const input = 'Indholdsfortegnelse\n\n1. Budget 2027 ........ 3\n2. Vejplan ........ 4\n\n1. Budget 2027\n\nTekst om budgettet.\n\n2. Vejplan\n\nTekst om vejene.\n';
    const doc = read(input);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[1, 'Budget 2027'], [2, 'Vejplan']]);
    expect(doc.toc.map((t) => [t.title, t.page, t.itemNumber])).toEqual([['Budget 2027', 3, 1], ['Vejplan', 4, 2]]);
    expect(doc.layout?.toc).toBe('confirmsOpeners');
  });
});

describe('item openers: unnumbered items', () => {
  it('reads a title line, then a case-number line, then headings', () => {
    const input = 'Mødeplan for 2027\n\n25-008754 -\n\nBeslutning\n\nGodkendt.\n\nAfbud: Tove Lind\n\nSagsfremstilling\n\nTekst.\n';
    expect(items(input)).toEqual([[null, null, 'Mødeplan for 2027', '25-008754']]);
    expect(read(input).layout?.itemOpener).toBe('titleAndCaseNumber');
  });

  it('opens an untitled item at each case number followed by headings', () => {
    const input = 'Udvalg: Kommunalbestyrelsen\nMødedato: 2. juni 2027\nSagsnr.: 00.00.00-P35-1-27\nBeslutningstema\nDeltagere noteres.\nBeslutning\nPer Dahl (A) var fraværende.\nSagsnr.: 00.32.10-S00-2-27\nBeslutningstema\nRegnskab.\n';
    const doc = read(input);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber?.raw, i.sections.map((s) => s.heading)])).toEqual([
      [null, '', '00.00.00-P35-1-27', ['Beslutningstema', 'Beslutning']],
      [null, '', '00.32.10-S00-2-27', ['Beslutningstema']],
    ]);
    expect(doc.layout?.itemOpener).toBe('caseNumber');
    expect(doc.date).toBe('2027-06-02');
  });

  it('tells items apart by their headings when nothing else marks them', () => {
    const input = 'Referat\n\nResume\n\nDagsordenen.\n\nBeslutning\n\nGodkendt.\n\nResume\n\nBesøg på skolen.\n\nIndstilling\n\nAt orienteringen tages til efterretning.\n\nBeslutning\n\nTaget til efterretning.\n';
    const doc = read(input);
    expect(doc.items.map((i) => i.sections.map((s) => s.heading))).toEqual([
      ['Resume', 'Beslutning'],
      ['Resume', 'Indstilling', 'Beslutning'],
    ]);
    expect(doc.items.map((i) => i.decisions[0]?.text)).toEqual(['Godkendt.', 'Taget til efterretning.']);
    expect(doc.layout?.itemOpener).toBe('headings');
  });
});

describe('item openers in flattened pages', () => {
  it('reads items labelled with committee, running number and year (`TU-12/26-O Title`)', () => {
    const page =
      '3 Følgende sager blev behandlet TU-12/26-O Vejplan for Nordby Vejplan for Nordby beskriver vejene i byen og deres vedligehold i de kommende år, som forvaltningen har gennemgået i foråret. Beslutning: Godkendt. Side 4 TU-13/26-D Budget for parker Forvaltningen har udarbejdet et oplæg til budgettet. Beslutning: Udsat.\n';
    const doc = read(`Transkript\n\n${page}`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [12, 'Vejplan for Nordby'],
      [13, 'Budget for parker Forvaltningen har udarbejdet et oplæg til budgettet.'],
    ]);
    expect(doc.items.map((i) => i.decisions[0]?.outcome)).toEqual(['approved', 'postponed']);
  });
});
