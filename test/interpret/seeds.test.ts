import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Decision, type Item, parse } from 'referat';
import { readAmount } from 'referat';

/** What the seeds say about decisions, attendance, case numbers and the other reader fields. */

const seedDir = new URL('../../seeds/', import.meta.url);
const file = (id: string) => readdirSync(seedDir).find((f) => f.startsWith(id))!;
const seed = (id: string) => parse(readFileSync(new URL(file(id), seedDir), 'utf8'));
const item = (doc: ReturnType<typeof seed>['document'], n: number): Item => doc.items.find((i) => i.number === n)!;

/** A decision in one line: body, date, item number, current, outcome, parts, absent, substitutes. */
const brief = (d: Decision) => ({
  body: d.body,
  date: d.date,
  itemNumber: d.itemNumber,
  current: d.current,
  outcome: d.outcome,
  parts: d.parts.map((p) => `${p.label}:${p.outcome}`),
  absent: d.attendance.absent.map((p) => (p.party ? `${p.name} (${p.party})` : p.name)),
  substitutes: d.attendance.substitutes.map((s) => `${s.name} for ${s.for}`),
});

describe('seed 000 (Thisted, Handicaprådet)', () => {
  const { document, diagnostics } = seed('000');

  it('reads the plain Beslutning with numbered parts as this meeting’s decision', () => {
    expect(item(document, 1).decisions.map(brief)).toEqual([
      { body: 'Handicaprådet', date: '2025-05-22', itemNumber: 1, current: true, outcome: 'approved', parts: ['1:approved', '2:approved'], absent: [], substitutes: [] },
    ]);
  });

  it('reads quoted decisions of other bodies, with the majority vote and the quoted absence', () => {
    const decisions = item(document, 3).decisions;
    expect(decisions.map(brief)).toEqual([
      { body: 'Social- og Seniorudvalget', date: '2025-05-13', itemNumber: 64, current: false, outcome: 'other', parts: ['1:other'], absent: [], substitutes: [] },
      { body: 'Ældre-/Seniorrådet', date: '2025-05-20', itemNumber: 4, current: false, outcome: 'other', parts: [], absent: [], substitutes: [] },
      { body: 'Område-MED Handicap og Socialpsykiatri', date: '2025-05-20', itemNumber: 3, current: false, outcome: 'other', parts: [], absent: ['Leo Jørgensen'], substitutes: [] },
      { body: 'Handicaprådet', date: '2025-05-22', itemNumber: 3, current: true, outcome: 'other', parts: [], absent: [], substitutes: [] },
    ]);
    expect(decisions[0]!.votes).toMatchObject({ for: ['Peter Sørensen', 'Peter Uno Andersen', 'Morten Bo Bertelsen'], against: [], abstained: [] });
    // Leo Jørgensen was absent from Område-MED's meeting, not from this one.
    expect(item(document, 3).attendance).toEqual({ absent: [], substitutes: [] });
    expect(decisions[2]!.text).not.toContain('Fraværende');
  });

  it('reads `Ad 1.` / `Ad 2-3.` parts and the absence after a quoted decision', () => {
    expect(brief(item(document, 6).decisions[0]!)).toEqual({
      body: 'Arbejdsmarkedsudvalget', date: '2025-05-12', itemNumber: 28, current: false, outcome: 'other',
      parts: ['1:approved', '2-3:recommended'], absent: ['Ib Poulsen (O)'], substitutes: [],
    });
    expect(item(document, 4).decisions.map((d) => [d.current, d.outcome])).toEqual([[false, 'noted'], [true, 'noted']]);
  });

  it('marks the absent member of the Medlemmer/Afbud table and names the substitute', () => {
    const absent = document.participants.filter((p) => p.absent);
    expect(absent.map((p) => [p.name, p.substitute])).toEqual([['Nina Overgaard Nielsen', 'Ole Sylvester']]);
    // `Camilla Damgaard Hassing` in the table is the participant `Camilla Damsgård Hassing`.
    expect(document.participants.filter((p) => p.name.startsWith('Camilla'))).toHaveLength(1);
    expect(document.participants).toHaveLength(10);
  });

  it('reads case numbers, recommendation, attachments and the municipality', () => {
    expect(item(document, 1).caseNumber).toMatchObject({ raw: '27.69.48-P35-1-22', scheme: 'kle', subject: '27.69.48', facet: 'P35', sequence: 1, year: 2022, title: null });
    expect(item(document, 3).recommendation).toMatchObject({ by: 'Social, Sundhed og Kultur' });
    expect(item(document, 3).recommendation!.clauses).toHaveLength(2);
    expect(item(document, 3).recommendation!.clauses[0]).toMatch(/^Social- og Seniorudvalget sender sagen til høring/);
    expect(item(document, 4).recommendation).toMatchObject({ by: null, clauses: ['at Arbejdsmarkedsudvalget tager orienteringen til efterretning'] });
    expect(item(document, 3).attachments.map((a) => a.title)).toEqual(['Notat. Budget 2026. Ældre og Træning samt Handicap og Socialpsykiatri']);
    expect(document.municipality).toBe('Thisted Kommune');
    expect(document.items.every((i) => !i.closed)).toBe(true);
    expect(diagnostics.filter((d) => d.code.startsWith('attendance-'))).toEqual([]);
  });
});

describe('seed 001 (Lemvig)', () => {
  const { document, diagnostics } = seed('001');

  it('gives each absence to the decision it follows (item 8)', () => {
    expect(item(document, 8).decisions.map(brief)).toEqual([
      { body: 'Social- og Sundhedsudvalget', date: '2021-06-16', itemNumber: 7, current: false, outcome: 'discussed', parts: [], absent: [], substitutes: [] },
      { body: 'Familie- og Kulturudvalget', date: '2021-06-23', itemNumber: 5, current: false, outcome: 'noted', parts: [], absent: ['Michelle Welle Tange'], substitutes: [] },
      { body: 'Arbejdsmarkeds- og Integrationsudvalget', date: '2021-08-18', itemNumber: 8, current: true, outcome: 'noted', parts: [], absent: ['Lone Pilgaard Sørensen'], substitutes: [] },
    ]);
    expect(item(document, 8).attendance.absent.map((p) => p.name)).toEqual(['Lone Pilgaard Sørensen']);
  });

  it('splits `A og B deltog ikke i sagens behandling` into two absences', () => {
    expect(brief(item(document, 1).decisions[0]!)).toMatchObject({ outcome: 'recommended', absent: ['Michelle Welle Tange', 'Lone Pilgaard Sørensen'] });
    expect(item(document, 1).decisions[0]!.text).toBe('Anbefales.');
    expect(item(document, 2).decisions[0]!.outcome).toBe('discussed');
    expect(item(document, 4).decisions[0]!.outcome).toBe('noted');
  });

  it('reads the unhyphenated KLE form and warns on the one that does not fit', () => {
    expect(item(document, 1).caseNumber).toMatchObject({ raw: '00.30.14G01-4-21', scheme: 'kle', subject: '00.30.14', facet: 'G01', sequence: 4, year: 2021 });
    expect(item(document, 9).caseNumber).toMatchObject({ raw: '00.22.02000-1-20', scheme: 'other', subject: null });
    const warning = diagnostics.find((d) => d.code === 'case-number-malformed')!;
    expect(warning.severity).toBe('warning');
    expect(warning.range.start.line).toBe(item(document, 9).caseNumber!.range.start.line);
  });

  it('reads recommendation, authority, attachments and municipality', () => {
    expect(item(document, 1).recommendation!.by).toBe('Direktøren for Social/Sundhed og Arbejdsmarked');
    expect(item(document, 12).recommendation!.clauses).toEqual(['At referatet godkendes.']);
    expect(item(document, 2).attachments.map((a) => a.title)).toEqual([
      'Præsentation Borgerservice-chefer',
      'Referat fra bestyrelsesmøde',
      'Estimat af timeforbrug for Lemvig Kommune',
    ]);
    expect(item(document, 2).authority).toBe('Arbejdsmarked- og Integrationsudvalget.');
    expect(document.municipality).toBe('Lemvig Kommune');
  });
});

describe('seed 002 (Lyngby-Taarbæk)', () => {
  const { document } = seed('002');

  it('reads one decision per committee inside Beslutning, the meeting’s own marked current', () => {
    const decisions = item(document, 2).decisions;
    expect(decisions.map((d) => [d.body, d.date, d.current, d.outcome])).toEqual([
      ['Teknikudvalget', '2024-10-29', false, 'other'],
      ['Dagtilbudsudvalget', '2024-10-30', false, 'noted'],
      ['Skoleudvalget', '2024-10-30', false, 'noted'],
      ['Byplanudvalget', '2024-10-30', false, 'noted'],
      ['Kultur- og Fritidsudvalget', '2024-10-30', false, 'noted'],
      ['Forebyggelses- og Socialudvalget', '2024-10-31', true, 'noted'],
      ['Ældre- og Omsorgsudvalget', '2024-10-31', false, 'noted'],
    ]);
    expect(brief(decisions[1]!).absent).toEqual(['Cecilie Mussegaard Lindahl (B)']);
  });

  it('reads `var fraværende. I stedet deltog …` as an absence and a substitute, linked to the participant', () => {
    const { attendance } = item(document, 3);
    expect(attendance.absent).toMatchObject([{ name: 'Gitte Kjær-Westermann', party: 'B', participant: 'Gitte Kjær-Westermann', fuzzy: false }]);
    expect(attendance.substitutes).toMatchObject([{ name: 'Cecilie Lindahl', party: 'B', for: 'Gitte Kjær-Westermann' }]);
  });

  it('reads outcomes from the first sentence', () => {
    expect(item(document, 6).decisions[0]!.outcome).toBe('recommended'); // Kandidat nr. 2 anbefales.
    expect(item(document, 5).decisions.map((d) => d.outcome)).toEqual(['recommended', 'approved']);
  });

  it('reads the Ø facet, `Bilag N:` attachments, the authority lines and the municipality', () => {
    expect(item(document, 8).caseNumber).toMatchObject({ raw: '27.00.00-Ø00-2-24', scheme: 'kle', facet: 'Ø00', year: 2024 });
    expect(item(document, 3).attachments.map((a) => a.title)).toEqual([
      '2. budgetopfølgning 2024',
      '2. budgetopfølgning 2024 - slidedeck til Forebyggelses- og Socialudvalget',
    ]);
    expect(item(document, 3).authority).toBe('Forebyggelses- og Socialudvalget beslutter.');
    expect(item(document, 3).recommendation!.by).toBe('Forvaltningen');
    expect(document.municipality).toBe('Lyngby-Taarbæk Kommune');
  });
});

describe('seed 003 (Thisted, Udsatterådet)', () => {
  const { document } = seed('003');

  it('reads quoted decisions and this meeting’s postponement', () => {
    expect(item(document, 4).decisions.map(brief)).toEqual([
      { body: 'Direktionen', date: '2024-08-30', itemNumber: 7, current: false, outcome: 'noted', parts: [], absent: [], substitutes: [] },
      { body: 'Arbejdsmarkedsudvalget', date: '2024-09-04', itemNumber: 37, current: false, outcome: 'noted', parts: [], absent: ['Lene Kjelgaard Jensen (C)'], substitutes: [] },
      { body: 'Udsatterådet', date: '2024-09-10', itemNumber: 4, current: true, outcome: 'postponed', parts: [], absent: [], substitutes: [] },
    ]);
  });

  it('links `Thomas Helland` of the members table to `Thomas Olav Rask Helland`', () => {
    expect(document.participants.map((p) => p.name)).toContain('Thomas Olav Rask Helland');
    expect(document.participants.map((p) => p.name)).not.toContain('Thomas Helland');
    expect(document.participants.some((p) => p.absent)).toBe(false);
  });
});

describe('seed 004 (Lejre, Markdown)', () => {
  const { document } = seed('004');

  it('reads `(Afbud)` participants and the Afbud line after each decision', () => {
    expect(document.participants.filter((p) => p.absent).map((p) => p.name)).toEqual(['Claus Jørgensen', 'Klaus Kristiansen']);
    expect(item(document, 2).attendance.absent).toMatchObject([
      { name: 'Claus Jørgensen', party: 'F', participant: 'Claus Jørgensen', fuzzy: false },
      { name: 'Klaus Kristiansen', party: 'I', participant: 'Klaus Kristiansen', fuzzy: false },
    ]);
    expect(brief(item(document, 2).decisions[0]!).parts).toEqual(['1:approved', '2:postponed']);
    expect(item(document, 2).decisions[0]!.outcome).toBe('other');
  });

  it('reads earlier decisions under Sagens forløb, one absence per person', () => {
    expect(item(document, 4).decisions.map(brief)[1]).toEqual({
      body: 'Udvalget for Børn og Ungdom', date: '2024-06-11', itemNumber: null, current: false, outcome: 'noted', parts: ['1:noted', '2:noted'], absent: [], substitutes: [],
    });
    expect(brief(item(document, 5).decisions[1]!)).toEqual({
      body: 'Udvalget for Social, Sundhed og Ældre', date: '2024-06-10', itemNumber: null, current: false, outcome: 'approved', parts: [], absent: ['Birgitte Schytte (C)'], substitutes: [],
    });
    expect(item(document, 5).decisions[0]!.outcome).toBe('approved'); // the misspelt `Indstillingen tilrådt.`
  });

  it('gives an empty Beslutning no outcome, and keeps other systems’ numbers without a warning', () => {
    expect(item(document, 7).decisions).toMatchObject([{ text: '', outcome: null, current: true }]);
    expect(item(document, 2).caseNumber).toMatchObject({ raw: '24-000584', scheme: 'other', subject: null, facet: null, sequence: null, year: null });
    expect(document.municipality).toBe('Lejre Kommune');
  });
});

describe('tables in the seeds', () => {
  type Doc = ReturnType<typeof seed>['document'];
  const tables = (doc: Doc) =>
    [doc.preamble, ...doc.items.flatMap((i) => i.sections.map((s) => s.blocks))].flat().flatMap((b) => (b.type === 'table' ? [b] : []));

  it('000: rejoins the dash-ruled budget lines split by blank lines', () => {
    const t = tables(seed('000').document).find((x) => x.rows[0]?.cells[0]?.text === 'Linie 16')!;
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.value, c.unit]))).toEqual([
      [['Linie 16', null, null], ['Effektivisering ifm. Ny tilsynslovgivning', null, null], ['0,5 mio. kr.', 0.5, 'mio. kr.']],
      [['Linie 17', null, null], ['Matchingskonsulent', null, null], ['1 mio. kr.', 1, 'mio. kr.']],
      [['I alt', null, null], ['', null, null], ['2,5 mio. kr.', 2.5, 'mio. kr.']],
    ]);
    expect(t.rules).toHaveLength(3);
  });

  it('001: reads the label row and the column-number row as the header, and the wrapped row’s tail', () => {
    const [budget, savings] = tables(seed('001').document);
    expect(budget!.header.map((r) => r.cells[1]!.text)).toEqual(['Opr. budget 2021', '1']);
    expect(budget!.header[1]!.cells.map((c) => c.text)).toEqual(['', '1', '2', '3 (1+2)', '4', '5 (4-3)']);
    expect(budget!.rows[0]!.cells.map((c) => c.value)).toEqual([null, 1629, 2178, 3807, 3486, -321]);
    expect(budget!.rows[budget!.rows.length - 1]!.cells.map((c) => c.value)).toEqual([null, 313507, -11521, 301715, 301504, -211]);
    expect(savings!.rows.map((r) => r.cells[0]!.text)).toEqual([
      'Længere mellem tilbud til uddannelseshjælp.',
      'Fastholdelsesmentor',
      'Ret til digitale samtaler',
      'I alt',
    ]);
    expect(savings!.rows[3]!.cells[1]).toMatchObject({ text: '344 mio .kr.', value: 344, unit: 'mio. kr.' });
  });

  it('002: reads a row of labels over amounts as the header', () => {
    const [first] = tables(seed('002').document);
    expect(first!.header[0]!.cells[1]!.text).toBe('Vedtaget budget');
    expect(first!.rows[0]!.cells.map((c) => c.value)).toEqual([null, 482570, 492019, 495677, 3657]);
  });

  it('004: reads the title rows, the LAB/LAS header and percentages', () => {
    const [lejre, landsplan] = tables(seed('004').document);
    expect([lejre!.title, landsplan!.title]).toEqual(['Tabel 1: Lejre 2023', 'Tabel 2: Landsplan 2023']);
    expect(lejre!.header.map((r) => r.cells.map((c) => c.text))).toEqual([['', 'LAB', 'LAS', 'PL', 'SDP', 'Øvrige']]);
    expect(landsplan!.rows[0]!.cells.map((c) => [c.value, c.unit])).toEqual([
      [null, null], [27, '%'], [22.6, '%'], [14.9, '%'], [23.5, '%'], [27.2, '%'],
    ]);
    expect(landsplan!.rows[3]!.cells[1]).toMatchObject({ text: '1.113', value: 1113, unit: null });
  });
});

describe('readAmount', () => {
  it.each([
    ['1.629', 1629, null],
    ['-3,80 mio. kr.', -3.8, 'mio. kr.'],
    ['32,8% (22 %)', 32.8, '%'],
    ['0,50 mio. kr.', 0.5, 'mio. kr.'],
    ['2 mia. kr.', 2, 'mia. kr.'],
    ['150 tkr.', 150, 'tkr'],
    ['12.500 kr.', 12500, 'kr'],
    ['−1.904', -1904, null],
    ['3 (1+2)', 3, null],
    ['1.629,-', 1629, null],
    ['(1.000)', -1000, null],
  ] as const)('%s → %s %s', (text, value, unit) => {
    expect(readAmount(text)).toEqual({ value, unit });
  });
  it.each(['-', '', 'Antal sager', '1.5', 'Ja'])('%j is no amount', (text) => {
    expect(readAmount(text)).toBeNull();
  });
});
