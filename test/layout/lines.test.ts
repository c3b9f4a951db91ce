import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

function read(input: string) {
  const result = parse(input);
  expectInvariants(input, result);
  return result.document;
}

const headings = (input: string) => read(input).items.map((i) => i.sections.filter((s) => s.heading).map((s) => s.heading));

describe('case numbers by shape and label', () => {
  const shapes = ['27.69.48-P35-1-22', '00.01.00P35-0098', '00.22.02000-1-20', 'EMN-2024-012345', '330-2019-1234', '17/04521', '2007/34364', '23-004512', '018520-2013'];
  for (const raw of shapes) {
    it(`reads ${raw} alone on the line under the opener`, () => {
      const doc = read(`1. Vejplan for Sønderby\n\n${raw}\n\nSagsfremstilling\n\nTekst.\n`);
      expect(doc.items.map((i) => i.caseNumber?.raw)).toEqual([raw]);
    });
  }

  const labelled: [string, string][] = [
    ['Sag 306-2009-600', '306-2009-600'],
    ['Sagsid.: 22/2694, Sagsinitialer: abc', '22/2694'],
    ['Sagsnr.: 00.00.00-P19-1391-07 Sagsbehandler: Eva Lund', '00.00.00-P19-1391-07'],
    ['J.nr.: 14/40', '14/40'],
    ['Sagsnummer: 312456', '312456'],
    ['25-008754 -', '25-008754'],
    ['Åbent - 00.01.00A04 - 2007/34364', '2007/34364'],
  ];
  for (const [line, raw] of labelled) {
    it(`reads \`${line}\``, () => {
      expect(read(`1. Vejplan for Sønderby\n${line}\n\nSagsfremstilling\n\nTekst.\n`).items[0]?.caseNumber?.raw).toBe(raw);
    });
  }

  it('reads a label alone with the number on the next line, blank lines between or not', () => {
    for (const gap of ['\n', '\n\n']) {
      const doc = read(`1. Vejplan\n\nSagsnr:${gap}07/5773\n\nResumé\n\nTekst.\n`);
      expect(doc.items[0]!.caseNumber?.raw).toBe('07/5773');
    }
  });

  it('passes over item metadata before the case number, and keeps it in the body', () => {
    const doc = read('1. Vejplan\nDok.nr.: 1965\nSagsid.: 14/40\nInitialer: abc\nÅben sag\n\nSagsfremstilling\n\nTekst.\n');
    expect(doc.items[0]!.caseNumber?.raw).toBe('14/40');
    const lead = doc.items[0]!.sections[0]!;
    expect(lead.heading).toBeNull();
    expect(lead.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')).toBe('Dok.nr.: 1965\nInitialer: abc\nÅben sag');
  });

  it('reports the shapes it found', () => {
    expect(read('1. Vejplan\n\nSagsnr.: 27.69.48-P35-1-22\n\nBeslutning\n\nGodkendt.\n').layout?.caseNumbers).toEqual(['99.99.99-A99-9-99']);
  });
});

describe('section headings: a larger bank, any case, a colon, recurrence', () => {
  it('reads bank headings in capitals, with a colon, or framed', () => {
    expect(headings('1. Vej\n\nSagsnr.: 24/1001\n\nSAGSRESUMÉ\n\nTekst.\n\nForvaltningen foreslår:\n\nAt sagen godkendes.\n\n--- Bilag ---\n\nKort.\n\nBEHANDLING\n\nUdvalget.\n')).toEqual([
      ['SAGSRESUMÉ', 'Forvaltningen foreslår:', '--- Bilag ---', 'BEHANDLING'],
    ]);
  });

  it('reads a heading that is also a sub-heading only when two items print it, or in capitals', () => {
    const item = (n: number) => `${n}. Sag ${n}\n\nSagsnr.: 24/${n}\n\nResume\n\nKort.\n\nBaggrund\n\nTekst.\n\n`;
    expect(headings(item(1) + item(2))).toEqual([['Resume', 'Baggrund'], ['Resume', 'Baggrund']]);
    expect(headings(`${item(1)}2. Sag 2\n\nSagsnr.: 24/2\n\nResume\n\nKort.\n\n`)).toEqual([['Resume'], ['Resume']]);
    expect(headings('1. Sag\n\nSagsnr.: 24/1001\n\nResume\n\nKort.\n\nBAGGRUND\n\nTekst.\n')).toEqual([['Resume', 'BAGGRUND']]);
  });

  it('reads `X indstiller,` under Indstilling as the section’s text, naming the recommender', () => {
    const doc = read('1. Vej\n\nSagsnr.: 24/1001\n\nIndstilling\n\nTeknisk Forvaltning indstiller,\n\nat planen vedtages.\n\nBeslutning\n\nGodkendt.\n');
    expect(doc.items[0]!.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(['Indstilling', 'Beslutning']);
    expect(doc.items[0]!.recommendation?.by).toBe('Teknisk Forvaltning');
  });

  it('does not take a lower-case bank word under a line for a heading', () => {
    expect(headings('1. Vej\n\nSagsnr.: 24/1001\n\nSagsfremstilling\n\nSe nærmere i\nbilag:\n\nTekst.\n')).toEqual([['Sagsfremstilling']]);
  });
});

describe('decision headings as a family', () => {
  const family: [string, boolean][] = [
    ['Beslutning Byrådet den 30-11-2026', true],
    ['Beslutning Økonomiudvalget, 20.09.2026', true],
    ['Beslutning den :', true],
    ['Beslutning Økonomiudvalget den', true],
    ['Beslutning i Vejudvalget den 3. marts 2026', true],
    ['Vejudvalget, 19. juni 2026, pkt. 146:', false],
    ['Økonomiudvalget 2026-29, 28. oktober 2026, pkt. 452:', false],
  ];
  for (const [heading, current] of family) {
    it(`reads \`${heading}\` as a decision (${current ? 'this meeting’s' : 'an earlier one'})`, () => {
      const doc = read(`Byrådet\n\nMødedato: 30. november 2026\n\n1. Vej\n\nSagsnr.: 24/1001\n\n${heading}\n\nGodkendt.\n`);
      const section = doc.items[0]!.sections.find((s) => s.heading === heading);
      expect(section?.kind).toBe('decision');
      if (!current) expect(doc.items[0]!.decisions.map((d) => d.current)).toEqual([false]);
    });
  }
  it('does not read a sentence that starts with Beslutning as a heading', () => {
    expect(headings('1. Vej\n\nSagsnr.: 24/1001\n\nSagsfremstilling\n\nBeslutning om vejen blev truffet den 3. marts 2026.\n')).toEqual([['Sagsfremstilling']]);
  });
});

describe('lines that hold several: flattened pages and glued headings', () => {
  it('cuts a PDF page flattened to one line at labels, headings and page marks', () => {
    const page =
      '3 Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: 17/45 Resumé: Dagsordenen forelægges. Indstilling: At dagsordenen godkendes. Beslutning den : Godkendt. Sagsfremstilling: Ingen bemærkninger til sagen her.\n';
    const doc = read(`Transkript\n\n${page}`);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber?.raw])).toEqual([[1, 'ØU - Godkendelse af dagsorden', '17/45']]);
    expect(doc.items[0]!.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(['Resumé:', 'Indstilling:', 'Beslutning den :', 'Sagsfremstilling:']);
    expect(doc.items[0]!.decisions[0]?.text).toBe('Godkendt.');
  });

  it('cuts a case number and a decision heading run together with the text', () => {
    const doc = read('Punkt 12: Godkendelse af dagsorden\n00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2026 Ole Lund var fraværende. Godkendt.\n');
    expect(doc.items[0]!.caseNumber?.raw).toBe('00.22.02-A26-1-13');
    expect(doc.items[0]!.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(['Beslutning Byrådet, 20.09.2026']);
  });

  it('leaves running text with a colon whole', () => {
    const text = 'Udvalget drøftede forslaget og bemærkede følgende: Resumé: se bilag, og sagen fortsætter derefter i næste møde med flere punkter om vejene i byen og oplandet og meget andet.';
    const doc = read(`1. Vej\n\nSagsnr.: 24/1001\n\nSagsfremstilling\n\n${text}\n`);
    const section = doc.items[0]!.sections.find((s) => s.heading === 'Sagsfremstilling')!;
    expect(section.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual([text]);
  });

  it('cuts a heading glued to its text, at the start or after a full stop', () => {
    expect(headings('1 : Virksomhedsbesøg\nSagsnr: 24/7001\nSagsfremstillingUdvalget besøger Nordby Tryk.\nBilagIngen bilag.\nBeslutningGodkendt.\n')).toEqual([
      ['Sagsfremstilling', 'Bilag', 'Beslutning'],
    ]);
    expect(headings('1. Vej\n\nSagsnr.: 24/1001\n\nSagsfremstilling\n\nTil efterretning foreligger en fortegnelse.Indstilling\n\nAt den tages til efterretning.\n')).toEqual([
      ['Sagsfremstilling', 'Indstilling'],
    ]);
    expect(read('Beslutningen blev truffet i går.\n').items).toEqual([]);
  });

  it('cuts a TOC heading glued to the first item’s opener', () => {
    const doc = read('Byrådet - Referat\n\nIndholdsfortegnelse1. Fraværende\n\nResume\nKort.\n\nBeslutning\n\nIngen.\n');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[1, 'Fraværende']]);
    expect(doc.kind).toBe('referat');
  });
});

describe('a table of contents printed without a heading', () => {
  it('reads a list of the items’ titles before the first item as the TOC', () => {
    for (const [a, b, c] of [['- ', '- ', '- '], [' 1. ', ' 2. ', ' 3. ']]) {
      const doc = read(`Referat\n${a}Godkendelse af dagsorden\n${b}Skolebesøg\n${c}Eventuelt\n1 : Godkendelse af dagsorden\nSagsnr: 24/1001\nBeslutning\nGodkendt.\n`);
      expect(doc.toc.map((t) => t.title)).toEqual(['Godkendelse af dagsorden', 'Skolebesøg', 'Eventuelt']);
      expect(doc.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden']);
    }
  });

  it('leaves other lists in the front matter alone', () => {
    const doc = read('Deltagere\n- Ida Holm\n- Bo Dahl\n- Eva Lund\n1 : Godkendelse af dagsorden\nSagsnr: 24/1001\nBeslutning\nGodkendt.\n');
    expect(doc.toc).toEqual([]);
  });

  it('reads TOC rows with status words and labels (`åbent 3 Title`, `Pkt. Tekst` columns)', () => {
    const doc = read('Dagsordenspunkter\n\n  åbent 1 Vejplan\n  åbent 2 Skoleplan\n  lukket 3 Lukket punkt\n\n 1  Vejplan\n00.01.00P35-0001\nSagsfremstilling\nTekst.\n');
    // Only item 1 is in the document: the others keep their printed numbers as labels, and link nothing.
    expect(doc.toc.map((t) => [t.title, t.label, t.itemNumber])).toEqual([['Vejplan', '1', 1], ['Skoleplan', '2', null], ['Lukket punkt', '3', null]]);
  });
});

describe('tables of contents flattened or extracted one cell per line', () => {
  it('cuts a numbered TOC flattened into one line into its entries', () => {
    const line = 'Side 2 af 40 Indholdsfortegnelse 1. Lokalplan 12 for Vestby 2. Kommuneplantillæg 3 for Østby 3. Regulativ for affald 2027 4. Ændring af styrelsesvedtægten';
    expect(read(`Protokol\n\n${line}\n`).toc.map((t) => t.title)).toEqual([
      'Lokalplan 12 for Vestby',
      'Kommuneplantillæg 3 for Østby',
      'Regulativ for affald 2027',
      'Ændring af styrelsesvedtægten',
    ]);
  });

  it('cuts it with a no-break space after each number, as PDF text often has', () => {
    const line = 'Side 2 af 40 Indholdsfortegnelse 1.\u00a0Lokalplan 12 for Vestby 2.\u00a0Kommuneplantillæg 3 for Østby 3.\u00a0Regulativ for affald 2027';
    expect(read(`Protokol\n\n${line}\n`).toc.map((t) => t.title)).toEqual(['Lokalplan 12 for Vestby', 'Kommuneplantillæg 3 for Østby', 'Regulativ for affald 2027']);
  });

  it('reads number, title and page on lines of their own', () => {
    const doc = read('Indholdsfortegnelse\n1\nHøring om busplan\n4\n2\nKulturhus - lys og lyd\n5\n3\nTimepriser for private\nleverandører\n9\n');
    expect(doc.toc.map((t) => [t.title, t.page])).toEqual([
      ['Høring om busplan', 4],
      ['Kulturhus - lys og lyd', 5],
      ['Timepriser for private leverandører', 9],
    ]);
  });
});

describe('absence labels and short sections', () => {
  it('reads an absence label with no names under it as a heading, and with names as attendance', () => {
    const empty = read('Sagsnr.: 00.01.00-P35-1-27\nBeslutningstema\nDagsorden.\nBeslutning\nGodkendt.\nFraværende:\nSagsnr.: 00.01.00-A00-2-27\nBeslutningstema\nSpørgetid.\n');
    expect(empty.items[0]!.sections.map((s) => s.heading)).toEqual(['Beslutningstema', 'Beslutning', 'Fraværende:']);
    const named = read('1. Dagsorden\n\nSagsnr.: 24/1001\n\nBeslutning\n\nGodkendt.\n\nFraværende:\n\nIb Holm (O)\n');
    expect(named.items[0]!.sections.map((s) => s.heading)).toEqual(['Beslutning']);
    expect(named.items[0]!.attendance.absent.map((p) => p.name)).toEqual(['Ib Holm']);
  });

  it('reads `Høring` between two headings a line away as a heading, and inside a long section as text', () => {
    const short = headings('1. Vej\nSagsnummer: 24/1001\nSagsfremstilling\nTekst.\nØkonomiske konsekvenser\nIngen\nHøring\nIngen\nBeslutning Vejudvalget den 19-06-2026\nGodkendt.\n');
    expect(short).toEqual([['Sagsfremstilling', 'Økonomiske konsekvenser', 'Høring', 'Beslutning Vejudvalget den 19-06-2026']]);
    const long = headings('1. Vej\n\nSagsnr.: 24/1001\n\nRedegørelse\n\nEt.\n\nTo.\n\nTre.\n\nHøring\n\nFire.\n\nFem.\n\nSeks.\n\nBeslutning\n\nGodkendt.\n');
    expect(long).toEqual([['Redegørelse', 'Beslutning']]);
  });
});
