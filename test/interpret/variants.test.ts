import { describe, expect, it } from 'vitest';
import { ReferatOptionsError, genericVocabulary, parse, readCaseNumber } from 'referat';
import { outcomeOf } from '../../src/interpret/outcome.js';
import { checkInvariants } from '../helpers/invariants.js';

/** Hand-written variants of each form the reader fields come from. */

/** A one-item document whose Beslutning section holds `decision`. */
const withDecision = (decision: string, header = '') =>
  parse(`REFERAT Økonomiudvalget d. 03-03-2025\n\n${header}Punkt 1: Sag\n\nBeslutning\n\n${decision}\n`);

describe('outcome', () => {
  const phrases = genericVocabulary.outcomes;
  it.each([
    ['Godkendt.', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Indstillingen tiltrådt.', 'approved'],
    ['Anbefales.', 'recommended'],
    ['Indstilles til godkendelse.', 'recommended'],
    ['Taget til efterretning.', 'noted'],
    ['Til efterretning.', 'noted'],
    ['Orienteringen taget til efterretning.', 'noted'],
    ['Drøftet.', 'discussed'],
    ['Udsat.', 'postponed'],
    ['Udsættes til næste møde.', 'postponed'],
    ['Ikke godkendt.', 'rejected'],
    ['Forkastet.', 'rejected'],
    ['GODKENDT', 'approved'],
    ['Udvalget godkendte ikke forslaget.', 'rejected'],
    ['Et flertal (A og V) godkendte indstillingen.', 'approved'],
    ['Sagen blev hævet til beslutningssag. Godkendt.', 'other'],
    ['Kandidat nr. 2 anbefales.', 'recommended'],
    ['Ugodkendt', 'other'],
  ] as const)('%s → %s', (text, outcome) => {
    expect(outcomeOf(text, phrases)).toBe(outcome);
  });
  it('is null without text', () => expect(outcomeOf('  ', phrases)).toBeNull());
});

describe('votes', () => {
  const votes = (text: string) => withDecision(text).document.items[0]!.decisions[0]!.votes;
  it('reads a majority of names and a minority of parties', () => {
    expect(votes('Et flertal bestående af Anne Holm, Bo Berg og Carl Dahl godkender forslaget.\n\nEt mindretal (Ø) stemmer imod.')).toMatchObject({
      for: ['Anne Holm', 'Bo Berg', 'Carl Dahl'],
      against: ['Ø'],
      abstained: [],
    });
  });
  it('reads party groups and explicit for, against and abstained', () => {
    expect(votes('Et flertal (A, V og C) godkender.')).toMatchObject({ for: ['A', 'V', 'C'] });
    expect(votes('Godkendt. For stemte: A, B og C. Imod stemte: Ø. Undlod at stemme: F.')).toMatchObject({
      for: ['A', 'B', 'C'],
      against: ['Ø'],
      abstained: ['F'],
    });
    expect(votes('Godkendt. Anne Holm (F) undlod at stemme.')).toMatchObject({ abstained: ['Anne Holm (F)'] });
  });
  it('is null where no vote is stated', () => expect(votes('Godkendt.')).toBeNull());
});

describe('attendance after a decision', () => {
  const attendance = (text: string, header = '') => withDecision(`Godkendt.\n\n${text}`, header).document.items[0]!.attendance;
  const names = (a: ReturnType<typeof attendance>) => a.absent.map((p) => (p.party ? `${p.name} (${p.party})` : p.name));

  it.each([
    ['Fraværende: Anne Holm, Bo Berg og Carl Dahl', ['Anne Holm', 'Bo Berg', 'Carl Dahl']],
    ['Fraværende:\n\nIb Poulsen (O)', ['Ib Poulsen (O)']],
    ['Fraværende:\nLeo Jørgensen', ['Leo Jørgensen']],
    ['Afbud: Claus Jørgensen (F) og Klaus Kristiansen (I)', ['Claus Jørgensen (F)', 'Klaus Kristiansen (I)']],
    ['Michelle Welle Tange og Lone Pilgaard Sørensen deltog ikke i sagens behandling.', ['Michelle Welle Tange', 'Lone Pilgaard Sørensen']],
    ['Gitte Kjær-Westermann (B) var fraværende under punktet.', ['Gitte Kjær-Westermann (B)']],
    ['Afbud fra Rikke Holt', ['Rikke Holt']],
    ['Afbud fra Rikke Holt (V) og Sune Bak (A).', ['Rikke Holt (V)', 'Sune Bak (A)']],
    ['Der var afbud fra Mette Kvist.', ['Mette Kvist']],
    ['Der var meldt afbud fra Ove Lind, Pia Dam og Kim Ravn.', ['Ove Lind', 'Pia Dam', 'Kim Ravn']],
    ['Fraværende- Torben Friis ()', ['Torben Friis']],
    ['Afbud – Lis Mørk (F)', ['Lis Mørk (F)']],
  ])('%j', (text, expected) => {
    expect(names(attendance(text))).toEqual(expected);
  });

  it('reads a substitute and whom they replaced', () => {
    expect(attendance('Gitte Kjær-Westermann (B) var fraværende. I stedet deltog Cecilie Lindahl (B).').substitutes).toMatchObject([
      { name: 'Cecilie Lindahl', party: 'B', for: 'Gitte Kjær-Westermann' },
    ]);
    expect(attendance('Ole Sylvester deltog som suppleant for Nina Nielsen.').substitutes).toMatchObject([{ name: 'Ole Sylvester', for: 'Nina Nielsen' }]);
  });

  it('leaves running text alone and keeps it in the decision text', () => {
    const doc = withDecision('Godkendt.\n\nBorgerne deltog ikke i mødet.').document;
    expect(doc.items[0]!.attendance.absent).toEqual([]);
    expect(doc.items[0]!.decisions[0]!.text).toBe('Godkendt.\nBorgerne deltog ikke i mødet.');
    // An absent lead before words that are no names is no absence either.
    for (const text of ['Der var afbud fra flere af udvalgets medlemmer.', 'Afbud fra mødet sendes til sekretariatet.', 'Fravær - se bilag 3.']) {
      const item = withDecision(`Godkendt.\n\n${text}`).document.items[0]!;
      expect(item.attendance.absent).toEqual([]);
      expect(item.decisions[0]!.text).toBe(`Godkendt.\n${text}`);
    }
  });

  it('reads an absent lead with a substitute after it, and leaves the lines out of the decision text', () => {
    const item = withDecision('Afbud fra Rikke Holt (A). Sune Bak deltager i stedet.\n\nGodkendt.').document.items[0]!;
    expect(item.attendance.absent.map((p) => p.name)).toEqual(['Rikke Holt']);
    expect(item.attendance.substitutes).toMatchObject([{ name: 'Sune Bak', for: 'Rikke Holt' }]);
    expect(item.decisions[0]!.text).toBe('Godkendt.');
  });

  it('links names to participants, exactly or on another spelling, and says when it cannot', () => {
    const header = 'Mødedeltagere Thomas Olav Rask Helland (A), Camilla Damsgård Hassing (V), Bo Berg (Ø)\n\n';
    const { document, diagnostics } = withDecision('Godkendt.\n\nFraværende: Thomas Helland, Camilla Damgaard Hassing, Bo Berg og Ukendt Person', header);
    expect(document.items[0]!.attendance.absent.map((p) => [p.name, p.participant, p.fuzzy])).toEqual([
      ['Thomas Helland', 'Thomas Olav Rask Helland', true],
      ['Camilla Damgaard Hassing', 'Camilla Damsgård Hassing', true],
      ['Bo Berg', 'Bo Berg', false],
      ['Ukendt Person', null, false],
    ]);
    expect(diagnostics.filter((d) => d.code.startsWith('attendance-')).map((d) => [d.code, d.severity])).toEqual([
      ['attendance-name-fuzzy', 'info'],
      ['attendance-name-fuzzy', 'info'],
      ['attendance-name-unmatched', 'info'],
    ]);
  });
});

describe('decision headings', () => {
  const first = (heading: string, body = 'Godkendt.') =>
    parse(`REFERAT Økonomiudvalget d. 03-03-2025\n\nPunkt 1: Sag\n\n${heading}\n\n${body}\n`).document.items[0]!.decisions[0]!;
  it.each([
    ['Beslutning fra Økonomiudvalget, den 3. marts 2025, punkt 4:', 'Økonomiudvalget', '2025-03-03', 4, true],
    ['Beslutning fra Social- og Sundhedsudvalget, 16. juni 2021, pkt. 6:', 'Social- og Sundhedsudvalget', '2021-06-16', 6, false],
    ['Beslutning i Kommunalbestyrelsen den 28-10-2014', 'Kommunalbestyrelsen', '2014-10-28', null, false],
    ['Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1', 'Sundheds- og Forebyggelsesudvalget', '2012-12-04', 1, false],
  ] as const)('%s', (heading, body, date, itemNumber, current) => {
    expect(first(heading)).toMatchObject({ body, date, itemNumber, current, outcome: 'approved' });
  });

  it('reads dated history lines under Sagens forløb as earlier decisions', () => {
    const doc = parse('Punkt 1: Sag\n\nSagens forløb\n\n11/06/2024 Udvalget for Børn og Ungdom - 2022-2025\n\nAd 1.) Taget til efterretning\n\nBeslutning\n\nGodkendt.\n').document;
    expect(doc.items[0]!.decisions.map((d) => [d.body, d.date, d.current, d.outcome])).toEqual([
      ['Udvalget for Børn og Ungdom', '2024-06-11', false, 'noted'],
      [null, null, true, 'approved'],
    ]);
  });
});

describe('item fields', () => {
  it('reads `at …` clauses and who recommends', () => {
    const doc = parse('Punkt 1: Sag\n\nIndstilling\n\nDirektionen indstiller:\n\n1. at planen godkendes\n2. at sagen sendes i høring\n').document;
    expect(doc.items[0]!.recommendation).toMatchObject({ by: 'Direktionen', clauses: ['at planen godkendes', 'at sagen sendes i høring'] });
    const heading = parse('Punkt 1: Sag\n\nDirektøren for Teknik indstiller,\n\nat planen godkendes.\n').document;
    expect(heading.items[0]!.recommendation).toMatchObject({ by: 'Direktøren for Teknik', clauses: ['at planen godkendes.'] });
    expect(parse('Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n').document.items[0]!.recommendation).toBeNull();
  });

  it('reads the authority and the attachments as listed', () => {
    const doc = parse('Punkt 1: Sag\n\nSagen afgøres endelig af\n\nByrådet.\n\nBilag\n\nBilag 1: Budget 2025\n\n- Notat om skoler\n- Kort.pdf\n').document;
    expect(doc.items[0]!.authority).toBe('Byrådet.');
    expect(doc.items[0]!.attachments.map((a) => a.title)).toEqual(['Budget 2025', 'Notat om skoler', 'Kort.pdf']);
  });

  it.each([
    ['Punkt 4: Personalesag (Lukket)', true],
    ['Punkt 4: Lukket punkt: Personalesag', true],
    ['Punkt 4: Salg af grund', false],
    ['Punkt 4: Lukning af skole', false],
  ])('%s → closed %s', (opener, closed) => {
    expect(parse(`${opener}\n\nBeslutning\n\nGodkendt.\n`).document.items[0]!.closed).toBe(closed);
  });

  it('names the most frequent municipality, or none', () => {
    expect(parse('Aarhus Kommune og Thisted Kommune. Thisted Kommunes budget.\n\nPunkt 1: Sag\n').document.municipality).toBe('Thisted Kommune');
    expect(parse('Punkt 1: Sag\n\nHver Kommune skal svare.\n').document.municipality).toBeNull();
  });
});

describe('case numbers', () => {
  it.each([
    ['27.69.48-P35-1-22', { scheme: 'kle', subject: '27.69.48', facet: 'P35', sequence: 1, year: 2022 }],
    ['00.30.14G01-4-21', { scheme: 'kle', subject: '00.30.14', facet: 'G01', sequence: 4, year: 2021 }],
    ['27.00.00-Ø00-2-24', { scheme: 'kle', subject: '27.00.00', facet: 'Ø00', sequence: 2, year: 2024 }],
    ['82.02.00-A00-123-2019', { scheme: 'kle', subject: '82.02.00', facet: 'A00', sequence: 123, year: 2019 }],
    ['24-000584', { scheme: 'other', subject: null, facet: null, sequence: null, year: null, malformed: false }],
    ['EMN-2025-010561', { scheme: 'other', subject: null, malformed: false }],
    ['450-2018-4075', { scheme: 'other', subject: null, malformed: false }],
    ['00.22.02000-1-20', { scheme: 'other', subject: null, malformed: true }],
  ] as const)('%s', (raw, parts) => {
    expect(readCaseNumber(raw)).toMatchObject(parts);
  });

  it('fills KLE titles from a lookup given in options, as an object or a Map', () => {
    const input = 'Punkt 1: Sag\n\n27.69.48-P35-1-22\n\nBeslutning\n\nGodkendt.\n';
    expect(parse(input, { kleTitles: { '27.69.48': 'Handicaprådet' } }).document.items[0]!.caseNumber!.title).toBe('Handicaprådet');
    expect(parse(input, { kleTitles: new Map([['27.69.48', 'Handicaprådet']]) }).document.items[0]!.caseNumber!.title).toBe('Handicaprådet');
    expect(parse(input).document.items[0]!.caseNumber!.title).toBeNull();
    expect(() => parse(input, { kleTitles: 'x' as never })).toThrow(ReferatOptionsError);
  });
});

describe('impossible dates', () => {
  it('leave the decision date null and say so', () => {
    const { document, diagnostics } = parse('Punkt 1: Sag\n\nBeslutning fra Økonomiudvalget, den 31-02-2025, punkt 4:\n\nGodkendt.\n');
    expect(document.items[0]!.decisions[0]).toMatchObject({ body: 'Økonomiudvalget', date: null, itemNumber: 4 });
    expect(diagnostics.filter((d) => d.code === 'invalid-date').map((d) => d.severity)).toEqual(['warning']);
  });

  it('leave the meeting date null and say so', () => {
    const { document, diagnostics } = parse('REFERAT Økonomiudvalget\n\nMødedato 31-02-2025 kl. 15:00\n\nPunkt 1: Sag\n');
    expect(document.date).toBeNull();
    expect(diagnostics.some((d) => d.code === 'invalid-date')).toBe(true);
  });
});

describe('ordinary decision text is not misread (review findings)', () => {
  const decisionsOf = (text: string) => withDecision(text).document.items[0]!.decisions;

  it('keeps a decision that ends in a date as this meeting’s', () => {
    expect(decisionsOf('Godkendt med virkning fra 1. januar 2026.')).toMatchObject([
      { current: true, body: 'Økonomiudvalget', outcome: 'approved', text: 'Godkendt med virkning fra 1. januar 2026.' },
    ]);
    expect(decisionsOf('Godkendt.\n\nSagen genoptages på mødet den 5. maj 2025.')).toMatchObject([
      { current: true, text: 'Godkendt.\nSagen genoptages på mødet den 5. maj 2025.' },
    ]);
  });

  it.each([
    'Lemvig Kommune deltog ikke i projektet.',
    'Region Midtjylland deltog ikke i mødet.',
    'Ældre Sagen var fraværende ved høringen.',
  ])('takes no organisation for an absent person: %s', (text) => {
    const [d] = decisionsOf(`Godkendt.\n\n${text}`);
    expect(d!.attendance.absent).toEqual([]);
    expect(d!.text).toContain(text);
  });

  it('reads names with initials, titles and the second phrase of a sentence', () => {
    const absent = (text: string) => decisionsOf(`Godkendt.\n\n${text}`)[0]!.attendance.absent.map((p) => p.name);
    expect(absent('Connie B. Jensen deltog ikke i mødet.')).toEqual(['Connie B. Jensen']);
    expect(absent('Formand Anne Holm deltog ikke.')).toEqual(['Anne Holm']);
    expect(absent('Anne Holm var fraværende under punktet og deltog ikke i afstemningen.')).toEqual(['Anne Holm']);
    expect(absent('Fraværende: Anne Holm og Bo Berg (syg)')).toEqual(['Anne Holm', 'Bo Berg']);
  });

  it('reads `i stedet for` and keeps only the name a substitute replaced', () => {
    const subs = (text: string) => decisionsOf(`Godkendt.\n\n${text}`)[0]!.attendance.substitutes.map((s) => [s.name, s.for]);
    expect(subs('Ole Sylvester (V) deltog som suppleant i stedet for Nina Nielsen (V).')).toEqual([['Ole Sylvester', 'Nina Nielsen']]);
    expect(subs('Ole Sylvester deltog som suppleant for Nina Nielsen (V) under punkt 3.')).toEqual([['Ole Sylvester', 'Nina Nielsen']]);
  });

  it('reads abstentions by name and a minority that abstained', () => {
    const votes = (text: string) => decisionsOf(text)[0]!.votes;
    expect(votes('Godkendt, idet Anne Holm (F) undlod at stemme.')).toMatchObject({ for: [], against: [], abstained: ['Anne Holm (F)'] });
    expect(votes('Godkendt. Anne Holm (F) undlod at stemme, da hun var inhabil.')).toMatchObject({ abstained: ['Anne Holm (F)'] });
    expect(votes('Godkendt. Et mindretal (Ø) undlod at stemme.')).toMatchObject({ against: [], abstained: ['Ø'] });
    expect(votes('Et flertal på Christiansborg har vedtaget loven.')).toBeNull();
  });

  it.each([
    ['Anbefales ikke.', 'rejected'],
    ['Ikke anbefalet.', 'rejected'],
    ['Tiltrædes ikke.', 'rejected'],
    ['Indstillingen blev ikke tiltrådt.', 'rejected'],
    ['Forslaget blev ikke vedtaget.', 'rejected'],
    ['Sagen blev ikke drøftet.', 'other'],
  ] as const)('reads a negated outcome: %s → %s', (text, outcome) => {
    expect(outcomeOf(text, genericVocabulary.outcomes)).toBe(outcome);
  });

  it('takes the outcome of a lead-in before numbered parts', () => {
    expect(decisionsOf('Godkendt med følgende bemærkninger:\n\n1. Der skal laves en evaluering.\n2. Økonomien følges tæt.')[0]!.outcome).toBe('approved');
  });

  it('keeps prose after a table as paragraphs, joining only a tail on the next line', () => {
    const blocks = parse('Punkt 1: Sag\n\nSagsfremstilling\n\nx\tAnne\t1.000 kr.\ny\tBo\t2\n\nog derudover noget mere.\n\nnæste linje også.\n').document.items[0]!.sections[0]!.blocks;
    expect(blocks.map((b) => ('text' in b ? b.text : b.type))).toEqual(['table', 'og derudover noget mere.', 'næste linje også.']);
    const joined = parse('Punkt 1: Sag\n\nSagsfremstilling\n\nx\tAnne\t1.000 kr.\ny\tBo\t2\nog Carl\n\nNy tekst.\n').document.items[0]!.sections[0]!.blocks;
    expect(joined.map((b) => ('text' in b ? b.text : b.type))).toEqual(['table', 'Ny tekst.']);
    expect(joined[0]!.type === 'table' && joined[0]!.rows[1]!.cells[0]!.text).toBe('y og Carl');
  });

  it('merges an empty quoted heading of this meeting with the Beslutning after it (001 item 11)', () => {
    const doc = parse('REFERAT Økonomiudvalget d. 03-03-2025\n\nPunkt 1: Sag\n\nBeslutning fra Økonomiudvalget, 3. marts 2025, pkt. 1:\n\nBeslutning\n\nTil efterretning.\n').document;
    expect(doc.items[0]!.decisions).toMatchObject([{ current: true, itemNumber: 1, outcome: 'noted', text: 'Til efterretning.' }]);
  });
});

describe('members table', () => {
  const table = (rows: string) => `Medlemmer\tAfbud\n${rows}\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n`;
  it.each([
    ['a dot', '.\t'],
    ['an ellipsis', '…\tX'],
    ['a question mark', '?\t'],
    ['a number', '12\t'],
    ['only a party', '(A)\t'],
    ['punctuation and spaces', ' .. ,\tAfbud'],
  ])('adds no participant for a row that names no one: %s', (_, row) => {
    const input = table(`Anne Holm\t\n${row}\nBo Berg\tAfbud\n`);
    const result = parse(input);
    expect(result.document.participants.map((p) => [p.name, p.absent])).toEqual([
      ['Anne Holm', false],
      ['Bo Berg', true],
    ]);
    // The row's line stays in the table, inside a leaf's range.
    const rows = result.document.preamble.flatMap((b) => (b.type === 'table' ? b.rows : []));
    const line = input.indexOf(row.trim());
    expect(rows.some((r) => r.range.start.offset <= line && r.range.end.offset >= line + row.trim().length)).toBe(true);
    expect(() => checkInvariants(input, result)).not.toThrow();
  });
});
