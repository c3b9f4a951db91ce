import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { checkInvariants } from '../helpers/invariants.js';

/*
 * A PDF extracted one cell per line (corpus 34's kind): the TOC prints number, title and page
 * each on a line, and every page ends in a footer (date, page number) and starts with a header
 * (the committee line over the repeated title). The TOC runs across those page breaks.
 */
const HEADER = ['Vesterby Kommune – Teknisk Udvalg', 'Dagsorden'];

/** The document, `toc` its TOC lines; `footer` gives the lines that end page `n`, `header` those that start the next. */
function document(toc: string[], footer: (n: number) => string[], header: (n: number) => string[] = () => HEADER): string {
  let pageNo = 2;
  const pageBreak = () => [...footer(pageNo), ...header(pageNo++)];
  const lines = [
    'Dagsorden 2.1 - Vesterby Kommune',
    '',
    ...HEADER,
    'Dagsorden',
    'Mødedato:',
    'Onsdag den 3. marts 2021',
    'Mødelokale:',
    'Mødesal 2',
    'Fraværende:',
    // The cover page's footer prints no page number.
    ...footer(1).filter((l) => !/^\d+$/.test(l)),
    ...header(1),
    'Indholdsfortegnelse',
    'Pkt.',
    'Tekst',
    'Side',
    ...toc.flatMap((l) => (l === 'BREAK' ? pageBreak() : [l])),
    ...pageBreak(),
    '1. Godkendelse af dagsorden',
    '12.00.00-A00-1-21',
    'Sagsfremstilling',
    'Dagsordenen fremlægges til godkendelse.',
    'Beslutning',
    'Godkendt.',
    '',
  ];
  return lines.join('\n');
}

const footerDateThenNumber = (n: number) => ['3. marts 2021', String(n)];
const footerNumberThenDate = (n: number) => [String(n), '3. marts 2021'];

/** Entries 1–6; page breaks after entry 3's page and inside entry 6 (its page after the break). */
const TOC = [
  '1', 'Godkendelse af dagsorden', '4',
  '2', 'Budget for Østerby Skole', '5',
  '3', 'Vejplan for Nørreby', '7',
  'BREAK',
  '4', 'Salg af grund ved Åvej', '8',
  '5', 'Cykelsti langs Åvej', '9',
  '6', 'Lejeaftale for Havnehuset',
];

const WANT = [
  ['1', 'Godkendelse af dagsorden', 4],
  ['2', 'Budget for Østerby Skole', 5],
  ['3', 'Vejplan for Nørreby', 7],
  ['4', 'Salg af grund ved Åvej', 8],
  ['5', 'Cykelsti langs Åvej', 9],
  ['6', 'Lejeaftale for Havnehuset', 11],
];

const read = (input: string) => {
  const result = parse(input);
  checkInvariants(input, result);
  return result.document;
};

describe('a TOC in columns across page breaks', () => {
  it.each([
    ['footer: date, then page number', footerDateThenNumber],
    ['footer: page number, then date', footerNumberThenDate],
  ])('%s: one entry per number, none taking the page header or the next page', (_, footer) => {
    const input = document(TOC, footer).replace('Lejeaftale for Havnehuset\n', 'Lejeaftale for Havnehuset\n11\n');
    const doc = read(input);
    expect(doc.toc.map((e) => [e.label, e.title, e.page])).toEqual(WANT);
    // The header line after each page break is the page's, not a title's or a field's.
    const headers = doc.artifacts.filter((a) => a.text === HEADER[0]);
    expect(headers).toHaveLength(3);
    expect(doc.header.find((h) => h.key === 'absent')?.value).toBe('');
    // One page number per break: the footer's, not the TOC's pages or numbers around it.
    expect(doc.artifacts.filter((a) => a.kind === 'pageNumber').map((a) => a.text)).toEqual(['2', '3']);
  });

  it('takes the page number in sequence where an entry’s page stands between the date and it', () => {
    // Page 3's footer: the date, entry 6's page (11), the page number (3).
    const input = document(TOC, (n) => (n === 3 ? ['3. marts 2021', '11', '3'] : footerDateThenNumber(n)));
    const doc = read(input);
    expect(doc.toc.map((e) => [e.label, e.title, e.page])).toEqual(WANT);
    expect(doc.artifacts.filter((a) => a.kind === 'pageNumber').map((a) => a.text)).toEqual(['2', '3']);
  });

  it('keeps a title wrapped before a year in the title, the page after it', () => {
    const toc = TOC.map((l) => (l === 'Budget for Østerby Skole' ? 'Evaluering af mål for\n2020' : l));
    const doc = read(document(toc, footerDateThenNumber).replace('Lejeaftale for Havnehuset\n', 'Lejeaftale for Havnehuset\n11\n'));
    expect(doc.toc.map((e) => [e.label, e.title, e.page])[1]).toEqual(['2', 'Evaluering af mål for 2020', 5]);
    expect(doc.toc.map((e) => e.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    // A year that is the page (the next number is the next entry's) stays the page.
    const paged = read(document(TOC, footerDateThenNumber).replace('Vejplan for Nørreby\n7', 'Vejplan for Nørreby\n2020'));
    expect(paged.toc[2]).toMatchObject({ title: 'Vejplan for Nørreby', page: 2020 });
  });
});

describe('a TOC in columns across form feeds (the next page’s first line starts with one)', () => {
  const formFeed = (lines: string[]) => [`\f${lines[0]}`, ...lines.slice(1)];
  const toc = (input: string) => read(input).toc.map((e) => [e.label, e.title, e.page]);
  const withPage = (input: string) => input.replace('Lejeaftale for Havnehuset\n', 'Lejeaftale for Havnehuset\n11\n');

  it('a page number at the foot of each page, in sequence: taken, the TOC’s numbers kept', () => {
    const input = withPage(document(TOC, (n) => [String(n)], () => formFeed(HEADER)));
    expect(toc(input)).toEqual(WANT);
    expect(read(input).artifacts.filter((a) => a.kind === 'pageNumber').map((a) => a.text)).toEqual(['2', '3']);
  });

  it('no page numbers: the TOC’s pages before each form feed and numbers after it stay the TOC’s', () => {
    const input = withPage(document(TOC, () => [], () => formFeed(HEADER)));
    expect(toc(input)).toEqual(WANT);
    expect(read(input).artifacts.some((a) => a.kind === 'pageNumber')).toBe(false);
  });

  it('a page number printed in a header line the dialect knows (`Side 2 af 3`): no lone number taken', () => {
    const input = withPage(document(TOC, () => [], (n) => formFeed([`Side ${n} af 3`, ...HEADER])));
    expect(toc(input)).toEqual(WANT);
    expect(read(input).artifacts.filter((a) => a.kind === 'pageNumber').map((a) => a.text)).toEqual(['Side 1 af 3', 'Side 2 af 3', 'Side 3 af 3']);
  });

  it('a form feed on a line of its own, the page number under it', () => {
    // The cover's header is numbered too (1), and numbers 1, 2, 3 run in sequence.
    const input = withPage(document(TOC, () => ['\f'], (n) => [String(n), ...HEADER]));
    expect(toc(input)).toEqual(WANT);
    expect(read(input).artifacts.filter((a) => a.kind === 'pageNumber').map((a) => a.text)).toEqual(['1', '2', '3']);
  });
});

describe('the rest of a page header, learned from where it stands', () => {
  it('joins running text across a page break with a committee line over the repeated title', () => {
    const page = (n: number) => ['15. april 2022', String(n), 'Østerby Kommune – Kulturudvalget', 'Referat'];
    const input = [
      'Referat - Østerby Kommune',
      'Østerby Kommune – Kulturudvalget',
      'Referat',
      '1. Tilskud til foreninger',
      'Sagsfremstilling',
      'Udvalget har modtaget ansøgninger fra',
      ...page(2),
      'tre foreninger i Vesterhavn.',
      '2. Museets åbningstider',
      'Sagsfremstilling',
      'Museet ønsker at holde åbent om',
      ...page(3),
      'søndagen hele året.',
      'Beslutning',
      'Godkendt.',
      ...page(4),
    ].join('\n');
    const doc = read(input);
    const texts = doc.items.flatMap((i) => i.sections.flatMap((s) => s.blocks.map((b) => ('text' in b ? b.text : ''))));
    expect(texts).toContain('Udvalget har modtaget ansøgninger fra tre foreninger i Vesterhavn.');
    expect(texts).toContain('Museet ønsker at holde åbent om søndagen hele året.');
    expect(doc.artifacts.filter((a) => a.text === 'Østerby Kommune – Kulturudvalget')).toHaveLength(3);
  });

  it('leaves a recurring line that is not next to a page break every time', () => {
    const input = [
      'Referat - Østerby Kommune',
      'Østerby Kommune – Kulturudvalget',
      'Referat',
      '1. Tilskud',
      'Sagsfremstilling',
      'Tekst om tilskud.',
      '15. april 2022',
      'Østerby Kommune – Kulturudvalget',
      'Referat',
      'Mere tekst.',
      'Østerby Kommune – Kulturudvalget',
      'Og mere tekst.',
      '15. april 2022',
      'Østerby Kommune – Kulturudvalget',
      'Referat',
      'Slut.',
      '15. april 2022',
    ].join('\n');
    const doc = read(input);
    expect(doc.artifacts.some((a) => a.text === 'Østerby Kommune – Kulturudvalget')).toBe(false);
  });

  // A PDF printed with a running header over every page, extracted with `pdftotext -layout`: a
  // form feed, the committee's name, the title words, `Dato: …` and the page number.
  const runningHeader = (n: number) => ['\fNatur- og Fjordudvalget', '', 'Referat', 'Dato: 07.10.2014', `Side ${n}`, ''];
  const withRunningHeader = () =>
    [
      ...runningHeader(1).map((l) => l.replace('\f', '')),
      '',
      'Referat',
      '',
      'Natur- og Fjordudvalget',
      'mandag den 7. oktober 2014, kl. 16:00',
      '',
      '1. Stier ved fjorden',
      '',
      'Sagsfremstilling',
      'Forvaltningen foreslår nye stier.',
      ...runningHeader(2),
      '2. Naturpleje',
      '',
      'Beslutning',
      'Godkendt.',
      ...runningHeader(3),
      '3. Meddelelser',
      '',
      'Beslutning',
      'Taget til efterretning.',
      ...runningHeader(4),
      '4. Eventuelt',
      '',
      'Beslutning',
      'Intet.',
    ].join('\n');

  it('takes a labelled date line on every page (`Dato: 07.10.2014`) for a page header after the cover', () => {
    const doc = read(withRunningHeader());
    expect(doc.artifacts.filter((a) => a.text === 'Dato: 07.10.2014')).toHaveLength(3);
    // The cover's stays, a header field.
    expect(doc.header.filter((h) => h.label === 'Dato').map((h) => h.value)).toEqual(['07.10.2014']);
  });

  it('takes the committee line for the rest of the header also when the cover prints it once more', () => {
    const doc = read(withRunningHeader());
    expect(doc.artifacts.filter((a) => a.text === 'Natur- og Fjordudvalget')).toHaveLength(3);
    expect(doc.items.map((i) => i.sections.map((s) => s.heading ?? '').filter(Boolean))).toEqual([
      ['Sagsfremstilling'],
      ['Beslutning'],
      ['Beslutning'],
      ['Beslutning'],
    ]);
    expect(doc.committee).toBe('Natur- og Fjordudvalget');
  });

  it('compares title lines without the page number printed apart at their end', () => {
    const header = (n: number) => [`${n} of 3`, '', `Referat For Havneudvalget (HU)          Side ${n}`, '5. maj 2014 - kl. 9:00', ''];
    const input = [
      'Referat',
      'Havneudvalget',
      ...header(1),
      '1. Ny kaj',
      'Beslutning',
      'Godkendt.',
      ...header(2),
      '2. Havnefest',
      'Beslutning',
      'Godkendt med bemærkning.',
      ...header(3),
      '3. Eventuelt',
      'Beslutning',
      'Intet.',
    ].join('\n');
    const doc = read(input);
    expect(doc.items.map((i) => i.decisions[0]?.text)).toEqual(['Godkendt.', 'Godkendt med bemærkning.', 'Intet.']);
    expect(doc.artifacts.filter((a) => a.kind === 'pageHeader' && a.text.startsWith('Referat For Havneudvalget'))).toHaveLength(2);
  });

  it('leaves a labelled date line that recurs away from page breaks in the text (review)', () => {
    const input = ['Referat', 'Økonomiudvalget', '', ...[1, 2, 3, 4].flatMap((n) => [`${n}. Budget ${n}`, '', 'Behandlet i Økonomiudvalget', 'Dato: 05.03.2013', '', 'Sagsfremstilling', '', 'Tekst.', ''])].join('\n');
    const doc = read(input);
    expect(doc.artifacts).toEqual([]);
  });
});
