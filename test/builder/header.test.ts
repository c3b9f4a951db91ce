import { describe, expect, it } from 'vitest';
import { defineDialect, genericDialect, parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';
import { src } from '../helpers/source.js';

/** The meeting fields of a parse, after checking the invariants. */
function meeting(input: string) {
  const result = parse(input);
  expectInvariants(input, result);
  const { committee, date, startTime, location } = result.document;
  return { committee, date, startTime, location };
}

describe('header labels', () => {
  it.each([
    ['Lokale: Salen, Nordhuset', 'Salen, Nordhuset'],
    ['Lokation: Mødelokale 7', 'Mødelokale 7'],
    ['Sted: Kulturhuset', 'Kulturhuset'],
    ['MødestedGrønnegade 4, Lille sal', 'Grønnegade 4, Lille sal'],
    ['STED\nMødelokalet ved havnen', 'Mødelokalet ved havnen'],
    ['Mødelokale:\nByrådssalen, Vestby\nRådhus', 'Byrådssalen, Vestby Rådhus'],
  ])('reads the place from %j', (line, place) => {
    const input = `Teknisk Udvalg\n\nDato: 12. marts 2025\n${line}\n\nPunkt 1: Godkendelse af dagsorden\n`;
    expect(meeting(input).location).toBe(place);
  });

  it.each([
    ['Tidspunkt: 15-05-2013 16:30:00 - 15-05-2013 18:00:00', '2013-05-15', '16:30'],
    ['Mødetid: 18.30', null, '18:30'],
    ['Starttidspunkt for møde:\n19:00', null, '19:00'],
    ['Dato:\nMandag, 11 december, 2017 - 17:00', '2017-12-11', '17:00'],
    ['STARTTIDSPUNKT\n24-12-2019 08:00:00', '2019-12-24', '08:00'],
    ['Mødetidspunkt: 9:30-11:00', null, '09:30'],
  ])('reads date and time from %j, never a time out of a date', (lines, date, time) => {
    const got = meeting(`Sportsudvalget\n\n${lines}\n\nPunkt 1: Eventuelt\n`);
    expect(got.startTime).toBe(time);
    if (date) expect(got.date).toBe(date);
  });

  it('prefers the start time label’s date to a meeting name with a date in it', () => {
    const input = src`
      UDVALG
      Havneudvalget

      MØDE
      Møde den 3. december 2019

      STED
      Havnekontoret

      STARTTIDSPUNKT
      10-01-2020 09:00:00
    `;
    expect(meeting(input)).toEqual({ committee: 'Havneudvalget', date: '2020-01-10', startTime: '09:00', location: 'Havnekontoret' });
  });

  it('gives an empty label no value: neither the next label nor the next line', () => {
    const input = src`
      Byrådet - 03-02-2021

      Referat
      Udvalg:
      Dato:
      Onsdag, 3 februar, 2021 - 19:00
      Hent som fil:
      Lokation:

      Punkt 1 Godkendelse af dagsorden
    `;
    expect(meeting(input)).toEqual({ committee: 'Byrådet', date: '2021-02-03', startTime: '19:00', location: null });
  });

  it('reads labels inside a line that holds a flattened page, each value up to the next label', () => {
    const input =
      '1 REFERAT Byrådet Mødedato: Onsdag den 4. maj 2011 Mødested: Rådhussalen Starttidspunkt: Kl. 16:00 ' +
      'Sluttidspunkt: Kl. 18:10 Afbud: Fraværende: Bemærkninger: Mødet blev holdt som planlagt, og alle punkter blev behandlet.\n';
    expect(meeting(input)).toEqual({ committee: 'Byrådet', date: '2011-05-04', startTime: '16:00', location: 'Rådhussalen' });
  });

  it('ends a value in a flattened page at the header reader’s labels too (`Øvrige bemærkninger:`, `Mødevarighed:`)', () => {
    const page =
      '1 REFERAT Vestby Byråd Møde nr.: 7 Mødedato: Mødevarighed: Fraværende: Mødested: Lille sal, Vestby Rådhus ' +
      'Øvrige bemærkninger: Karen Moos (Deltog ikke i mødet fra punkt 4 til punkt 6.) Indholdsfortegnelse: Åben dagsorden 1 Salg af grund\n';
    const result = parse(page);
    expectInvariants(page, result);
    const { document } = result;
    expect(document.location).toBe('Lille sal, Vestby Rådhus');
    // The date's value was lost in the export: the next label is not its value.
    expect(document.header.find((h) => h.label === 'Mødedato')?.value).toBe('');
    const texts = document.preamble.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(texts).toContain('Øvrige bemærkninger: Karen Moos (Deltog ikke i mødet fra punkt 4 til punkt 6.)');
    // The TOC heading starts a piece of its own.
    expect(texts).toContain('Indholdsfortegnelse: Åben dagsorden 1 Salg af grund');
  });

  it('cuts a long line in an item at the header reader’s labels only where the line’s own labels show it flattened', () => {
    const text =
      'Forvaltningen har udarbejdet et forslag til ny skolestruktur, som nu sendes i høring hos alle skolebestyrelser. ' +
      'Bemærkninger: Skolebestyrelserne er hørt i perioden. Møde: Der afholdes borgermøde i april på rådhuset.';
    const input = `Punkt 1: Skole\n\nSagsfremstilling\n\n${text}\n`;
    const result = parse(input);
    expectInvariants(input, result);
    expect(result.document.items[0]!.sections[0]!.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([text]);
  });

  it('gives a label alone no line that opens with another label as its value, and keeps that line', () => {
    for (const [label, other] of [
      ['Mødested:', 'Bemærkninger: Ingen'],
      ['Lokale:', 'Sekretær: Jens Kirk'],
      ['Mødedato:', 'Møde nr.: 12'],
    ]) {
      // With text under them too: the label takes neither, and both stay in the preamble.
      for (const under of ['', 'Mødet holdes i samarbejde med Nordby Skole.\n\n']) {
        const input = `Kulturudvalget\n\n${label}\n${other}\n\n${under}Punkt 1: Godkendelse af dagsorden\n`;
        const result = parse(input);
        expectInvariants(input, result);
        const { document } = result;
        expect(document.header.find((h) => `${h.label}:` === label)?.value).toBe('');
        const texts = document.preamble.map((b) => (b.type === 'paragraph' ? b.text : ''));
        expect(texts).toContain(other);
        if (under) expect(texts).toContain(under.trim());
        expect(document.participants).toEqual([]);
      }
    }
    // A value that is no label is still taken.
    expect(meeting('Kulturudvalget\n\nMødested:\nMusikhuset, sal 2\n\nPunkt 1: Godkendelse af dagsorden\n').location).toBe('Musikhuset, sal 2');
  });

  it('takes the meeting’s date from a line that is a date before a sentence that holds one', () => {
    for (const [banner, line, date] of [
      ['Vinterbadning fra 1. december 2021 ved havnen', '3. nov 2021', '2021-11-03'],
      ['Nyt plejecenter åbner 15. maj 2022', 'onsdag den 4. maj 2022, kl. 16:00', '2022-05-04'],
    ]) {
      expect(meeting(`Nyheder\n\n${banner}\n\n${line}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).date).toBe(date);
    }
    // A meeting's sentence with a weekday comes before a later date alone (a publication date).
    expect(meeting('Referat\nØkonomiudvalgets møde onsdag 3. marts 2020 på rådhuset\nDagsordenen er offentliggjort\n25.02.2020\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n').date).toBe('2020-03-03');
    // Without a line of its own, the sentence's date is still read.
    expect(meeting('Mødet holdes den 2. juni 2022 i Borgersalen\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').date).toBe('2022-06-02');
  });

  it('reads the names under `Afbud/Fraværende` as absent, and no label under it as a name', () => {
    const cover = (under: string) => `Referat\n\nHavneudvalget\n\nTilstede\nAnne Holm (A) - formand\nBo Berg (V)\nCarl Dahl (C)\n\n\nAfbud/Fraværende\n${under}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`;
    const absent = (input: string) => {
      const result = parse(input);
      expectInvariants(input, result);
      return result.document.participants.filter((p) => p.absent).map((p) => p.name);
    };
    expect(absent(cover('\n\nCarl Dahl (C)'))).toEqual(['Carl Dahl']);
    const none = parse(cover('\n\nSekretær\nDorte Lund'));
    expect(none.document.participants.filter((p) => p.absent)).toEqual([]);
    expect(none.document.header.find((h) => h.label === 'Afbud/Fraværende')?.value).toBe('');
    // A list of names stops at a label line too.
    const members = parse('Referat\n\nHavneudvalget\n\nMedlemmer: Anne Holm, Bo Berg\nBemærkninger: Bo Berg deltog ikke i punkt 2.\n\n1. Godkendelse af dagsorden\n');
    expect(members.document.header.find((h) => h.label === 'Medlemmer')?.value).toBe('Anne Holm, Bo Berg');
  });

  it('reads labels without colons in a flattened page only where several stand together', () => {
    const page =
      '1 Referat Nordby Byråd Ordinært møde Dato 7. april 2010 Tid 18:00 Sted Kulturhuset, Nordby Medlemmer Anne Holm (A) Bo Berg (V) Carl Dahl (C) Dorte Lund (A)\n';
    expect(meeting(page)).toMatchObject({ committee: 'Nordby Byråd', date: '2010-04-07', startTime: '18:00', location: 'Kulturhuset, Nordby' });
    const toc = `2 Indholdsfortegnelse ${'Orientering om vejarbejder og cykelstier i kommunen '.repeat(3)}Status for Vores Sted Godkendelse af regnskab\n`;
    expect(meeting(toc).location).toBeNull();
  });
});

describe('title forms', () => {
  it.each([
    ['Byrådet - Referat\n\nDato: 29. januar 2020', 'Byrådet'],
    ['Forretningsudvalget - referat 05-12-2007', 'Forretningsudvalget'],
    ['Referat til mødet i Kommunalbestyrelsen den 5. maj 2019 kl. 17:00 i Salen', 'Kommunalbestyrelsen'],
    ['Referat af møde i Klima- og Miljøudvalget\n\nDen 09.01.2020 kl. 13:00', 'Klima- og Miljøudvalget'],
    ['Referat af Byrådets møde d. 20.09.2016', 'Byrådet'],
    ['Referat. fra Økonomiudvalget', 'Økonomiudvalget'],
    ['åbent møde for Kultur- og fritidsudvalgets møde den 05. marts 2009 kl. 14:00 i Lokale 3', 'Kultur- og fritidsudvalget'],
    ['Vestby Kommune – Kommunalbestyrelsen\nDagsorden', 'Kommunalbestyrelsen'],
    ['Socialudvalget\nReferat • 18. marts 2025 kl. 15.30\nIndhold', 'Socialudvalget'],
    ['Dagsorden til\n\nmøde i\n\nTeknikudvalget\n\nMødedato 10. juni 2013', 'Teknikudvalget'],
    ['Byrådet - 11-12-2017\n\nReferat', 'Byrådet'],
  ])('reads the committee from %j', (head, committee) => {
    expect(meeting(`${head}\n\nPunkt 1: Godkendelse af dagsorden\n`).committee).toBe(committee);
  });

  it.each([
    ['Dagsorden (PDF, 36.67 MB)\n\nBilag samlet (8.10 MB)\n\nDAGSORDEN\n\nVejudvalget', 'Vejudvalget'],
    ['Dagsorden 1.2.0 - Vestby Kommune\n\nVestby Kommune – Ældrerådet', 'Ældrerådet'],
    ['Vi bruger cookies til statistik på Udvalgets side\n\nReferat - Skoleudvalget den 2. maj 2014', 'Skoleudvalget'],
  ])('takes no web chrome, version or municipality for the committee: %j', (head, committee) => {
    expect(meeting(`${head}\n\nPunkt 1: Eventuelt\n`).committee).toBe(committee);
  });

  it('leaves the committee null when no line names a body', () => {
    expect(meeting('Referat\n\n18. marts 2025\n\nPunkt 1: Eventuelt\n').committee).toBeNull();
  });
});

describe('the place printed with the time', () => {
  it.each([
    ['Teknikudvalget\ntirsdag den 4. december 2012, kl. 13:00\ni Mødecenter B, Lokale 12 på Rådhuset', 'Mødecenter B, Lokale 12 på Rådhuset'],
    ['Referat Miljøudvalget tirsdag den 18. april Kl. 16:30 i Mødelokale 1 og 2, Hovedgaden 15', 'Mødelokale 1 og 2, Hovedgaden 15'],
    ['Vejudvalget\n\n21-01-2016 kl. 17:00 Vejudvalgets mødesal', 'Vejudvalgets mødesal'],
    ['Kommunalbestyrelsen\n\nReferat\n\n21. december 2017 kl. 17:00\n\nKommunalbestyrelsens mødesal', 'Kommunalbestyrelsens mødesal'],
    ['Referat\nSkoleudvalget\nTorsdag den 20. juni 2013\nKl. 10:30\nStrandhotellet\nStrandvejen 46', 'Strandhotellet'],
    ['Økonomiudvalgets møde den 10. december 2025\n\nMødelokale F 7, Nordby kl. 16.00\n\nDagsorden', 'Mødelokale F 7, Nordby'],
    ['Referat\ntil\nmødet i Kommunalbestyrelsen\nden 5. november 2019 kl. 17:00\ni Mødesalen, Vestby - Ekstraordinært', 'Mødesalen, Vestby'],
  ])('reads the place from %j', (head, place) => {
    expect(meeting(`${head}\n\nPunkt 1: Eventuelt\n`).location).toBe(place);
  });

  it.each([
    'Socialudvalget\nReferat • 18. marts 2025 kl. 15.30\nIndhold',
    'Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n\nAnne Holm (A)',
    'Download "Beslutninger fra mødet. Torsdag 24.05.2007 kl. 8.15. Ordinært møde. Økonomiudvalget"',
  ])('finds no place where none is printed: %j', (head) => {
    expect(meeting(`${head}\n\nPunkt 1: Eventuelt\n`).location).toBeNull();
  });
});

describe('member lists', () => {
  const members = (head: string) => {
    const input = `${head}\n\nPunkt 1: Eventuelt\n`;
    const result = parse(input);
    expectInvariants(input, result);
    return result.document.participants.map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}${p.absent ? ' *' : ''}`);
  };

  it('ends a one-per-line list at the next label, not at a secretary or a page header', () => {
    const head = src`
      Referat
      Tilstede
      Anne Holm (A) - formand
      Bo Berg (V)
      Carl Dahl (C)
      Afbud/Fraværende
      Sekretær
      Dorte Lund
      Sundheds- og Ældreudvalget
    `;
    expect(members(head)).toEqual(['Anne Holm (A)', 'Bo Berg (V)', 'Carl Dahl (C)']);
  });

  it('reads one name per line with blank lines between, up to the next label', () => {
    const head = 'Teknikudvalget\n\nIndkaldelse\n\nAnne Holm\n\nBo Berg\n\nDorthe la Cour\n\nSøren P. Dahl\n\nDerudover deltog: Eva Ek Frank Fisk (referent)\n\nPkt. Tekst';
    expect(members(head)).toEqual(['Anne Holm', 'Bo Berg', 'Dorthe la Cour', 'Søren P. Dahl']);
  });

  it('reads two columns', () => {
    const head = 'Medlemmer\nAnne Holm (A)        Bo Berg (V)\nCarl Dahl (C)            Dorte Lund (F)\nEva Ek (A)\n\nFraværende';
    expect(members(head)).toEqual(['Anne Holm (A)', 'Bo Berg (V)', 'Carl Dahl (C)', 'Dorte Lund (F)', 'Eva Ek (A)']);
  });

  it('reads a run-on list with `deltog` and `var fraværende` after each name', () => {
    const head = 'Protokol\n\nMedlemmer Anne Holm deltog Bo Berg deltog Carl Dahl deltog Dorte Lund var fraværende';
    expect(members(head)).toEqual(['Anne Holm', 'Bo Berg', 'Carl Dahl', 'Dorte Lund *']);
  });

  it('reads any of the absent phrases in a run-on list, `deltog ikke` before `deltog`', () => {
    const head = 'Protokol\n\nMedlemmer Anne Holm deltog Bo Berg deltog ikke Carl Dahl havde meldt afbud Dorte Lund deltog';
    expect(members(head)).toEqual(['Anne Holm', 'Bo Berg *', 'Carl Dahl *', 'Dorte Lund']);
  });

  it('reads a run-on list in a dialect’s own words, and no longer in the generic ones', () => {
    const nordby = defineDialect({
      name: 'nordby',
      extends: genericDialect,
      vocabulary: { attendance: { ...genericDialect.vocabulary.attendance, presentPhrases: ['mødte'], absentPhrases: ['mødte ikke', 'havde forfald'] } },
    });
    const read = (head: string) => {
      const input = `${head}\n\nPunkt 1: Eventuelt\n`;
      const result = parse(input, { dialect: nordby });
      expectInvariants(input, result);
      return result.document.participants.map((p) => `${p.name}${p.absent ? ' *' : ''}`);
    };
    expect(read('Protokol\n\nMedlemmer Anne Holm mødte Bo Berg mødte ikke Carl Dahl havde forfald Dorte Lund mødte')).toEqual([
      'Anne Holm',
      'Bo Berg *',
      'Carl Dahl *',
      'Dorte Lund',
    ]);
    expect(read('Protokol\n\nMedlemmer Anne Holm deltog Bo Berg var fraværende')).toEqual([]);
  });

  it('reads `Name, (Party)` lines under a label and a blank line', () => {
    const head = 'Deltagere:\n\nAnne Holm, (A)\nBo Berg, (V)\nCarl Dahl, (Ø)';
    expect(members(head)).toEqual(['Anne Holm (A)', 'Bo Berg (V)', 'Carl Dahl (Ø)']);
  });

  it('reads run-on `Name (Party)` names in a flattened page and marks the absent ones', () => {
    const page =
      '1 Referat Nordby Byråd Ordinært møde Dato 7. april 2010 Tid 18:00 Sted Kulturhuset Fraværende Bo Berg ' +
      'Medlemmer Anne Holm (A) Bo Berg (V) Carl Dahl (C) Dorte Lund (A) - Formand';
    expect(members(page)).toEqual(['Anne Holm (A)', 'Bo Berg (V) *', 'Carl Dahl (C)', 'Dorte Lund (A)']);
  });

  it.each([
    'Mødedato:\n1. juni 2015\nFraværende:\n1. juni 2015\nIndholdsfortegnelse',
    'Udvalg: Vejudvalget\nFraværende:\nSagsnr.: 00.00.00-P35-34-24',
    'Mødedeltagere:\t\n\n1\n\nGodkendelse af dagsorden',
  ])('takes no date, case number or item number for a member: %j', (head) => {
    expect(members(head)).toEqual([]);
  });

  it('links an absence listed apart to the member it misspells', () => {
    const head = 'Medlemmer:\nAnne Holm, Bente Gertz Hansen, Carl Dahl.\n\nAfbud:\nBente Gertz Hansn.';
    expect(members(head)).toEqual(['Anne Holm', 'Bente Gertz Hansen *', 'Carl Dahl']);
  });
});
