import { describe, expect, it } from 'vitest';
import { src } from '../helpers/source.js';
import { run, show, withoutDetection } from './shared.js';

describe('table of contents', () => {
  it('links a title cut short (no dot leader, TAB then page) to its item', () => {
    const input = src`
      REFERAT Forebyggelses- og Socialudvalget 2022-2025 d. 31-10-2024

      Indholdsfortegnelse

      Godkendelse af dagsorden.....\t3
      Ændring af kommunens aktivitets- og samværstilbud til tilbud efter Servicelovens §§ 79 og 104 (B\t22
      Omprioriteringsforslag til Budget 2026.....\t5

      Punkt 1: Godkendelse af dagsorden

      Punkt 2: Ændring af kommunens aktivitets- og samværstilbud til tilbud efter Servicelovens §§ 79 og 104 (Beslutning)

      Punkt 3: Omprioreringsforslag til Budget 2026
    `;
    const { document, diagnostics } = run(input);
    expect(document.toc.map((t) => [t.title, t.page, t.itemNumber])).toEqual([
      ['Godkendelse af dagsorden', 3, 1],
      ['Ændring af kommunens aktivitets- og samværstilbud til tilbud efter Servicelovens §§ 79 og 104 (B', 22, 2],
      ['Omprioriteringsforslag til Budget 2026', 5, 3],
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('toc-entry-unmatched');
  });

  it('reads a TOC without page numbers, one entry per line', () => {
    const input = src`
      REFERAT Udvalg d. 01-02-2025

      Indholdsfortegnelse

      Godkendelse af dagsorden
      Eventuelt

      Punkt 1: Godkendelse af dagsorden

      Punkt 2: Eventuelt
    `;
    const { document } = run(input);
    expect(document.toc.map((t) => [t.title, t.page, t.itemNumber])).toEqual([
      ['Godkendelse af dagsorden', null, 1],
      ['Eventuelt', null, 2],
    ]);
    expect(document.preamble).toEqual([]);
  });

  it('reads a document without a TOC', () => {
    const input = 'REFERAT Udvalg d. 01-02-2025\n\nMødested Rådhuset\n\nPunkt 1: Eventuelt\n\nBeslutning\n\nIntet.\n';
    const { document, diagnostics } = run(input);
    expect(document.toc).toEqual([]);
    expect(document.header.map((h) => h.key)).toEqual(['title', 'location']);
    expect(document.items.map((it) => it.title)).toEqual(['Eventuelt']);
    expect(withoutDetection(diagnostics)).toEqual([]);
  });
});

describe('participants and labels', () => {
  it('joins names wrapped over lines, reads party letters and (Afbud)', () => {
    const input = src`
      REFERAT Udsatterådet 2022 - 2025 d. 10-09-2024

      Mødedeltagere Peter Uno Andersen (A), Linda Hvass Gravesen , Allan
      Andersen, Claus Jørgensen (Afbud), Mona Jacobsen (V), Thomas Olav Rask
      Helland (Ø)

      Afbud: Klaus Kristiansen (F) og Bjørn Lykke Sørensen (I)

      Fraværende:
      Hanne Hansen (C)
      Jens Jensen

      Punkt 1: Godkendelse af dagsorden
    `;
    const { document } = run(input);
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Peter Uno Andersen', 'A', false],
      ['Linda Hvass Gravesen', null, false],
      ['Allan Andersen', null, false],
      ['Claus Jørgensen', null, true],
      ['Mona Jacobsen', 'V', false],
      ['Thomas Olav Rask Helland', 'Ø', false],
      ['Klaus Kristiansen', 'F', true],
      ['Bjørn Lykke Sørensen', 'I', true],
      ['Hanne Hansen', 'C', true],
      ['Jens Jensen', null, true],
    ]);
    expect(document.header.map((h) => h.key)).toEqual(['title', 'participants', 'absent', 'absent']);
    const allan = document.participants[2]!;
    expect(input.slice(allan.range.start.offset, allan.range.end.offset)).toBe('Allan\nAndersen');
  });

  it('reads a label alone on its line with the value on the next line', () => {
    const input = src`
      REFERAT Udvalg d. 01-02-2025

      Mødedato
      Torsdag d. 22. maj 2025 kl. 15.45

      Mødested
      Rådhuset, lokale 2

      Punkt 1: Eventuelt
    `;
    const { document } = run(input);
    expect([document.date, document.startTime, document.location]).toEqual(['2025-05-22', '15:45', 'Rådhuset, lokale 2']);
    expect(document.header.map((h) => [h.key, h.label, h.value])).toEqual([
      ['title', 'REFERAT', 'Udvalg d. 01-02-2025'],
      ['date', 'Mødedato', 'Torsdag d. 22. maj 2025 kl. 15.45'],
      ['location', 'Mødested', 'Rådhuset, lokale 2'],
    ]);
  });

  it('reads a label alone on its line with the value after a blank line', () => {
    const input = 'REFERAT Udvalg d. 01-02-2025\n\nMødedato\n\nTorsdag d. 22. maj 2025 kl. 15:00\n\nPunkt 1: Eventuelt\n';
    const { document } = run(input);
    expect([document.date, document.startTime]).toEqual(['2025-05-22', '15:00']);
    expect(document.header[1]).toMatchObject({ key: 'date', value: 'Torsdag d. 22. maj 2025 kl. 15:00' });
    expect(document.preamble).toEqual([]);
  });

  it('reads `Deltagere:` followed by a blank line and a bullet list of Name (Party)', () => {
    const input = src`
      REFERAT Udvalg d. 01-02-2025

      Deltagere:

      - Ole Blickfeldt (A)
      - Claus Jørgensen (F) (Afbud)
      - Connie B. Jensen

      Punkt 1: Eventuelt
    `;
    const { document, diagnostics } = run(input);
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Ole Blickfeldt', 'A', false],
      ['Claus Jørgensen', 'F', true],
      ['Connie B. Jensen', null, false],
    ]);
    expect(document.header[1]).toMatchObject({ key: 'participants', label: 'Deltagere' });
    expect(document.preamble).toEqual([]);
    expect(withoutDetection(diagnostics)).toEqual([]);
  });
});

describe('dates and times', () => {
  it.each([
    ['Torsdag d. 22. maj 2025 kl. 15:00', '2025-05-22', '15:00'],
    ['den 1. oktober 2025 kl. 15.45', '2025-10-01', '15:45'],
    ['22-05-2025 kl. 9', '2025-05-22', '09:00'],
    ['11/06/2024 kl. 16:30', '2024-06-11', '16:30'],
    ['Onsdag 30.06.2021', '2021-06-30', null],
  ])('reads Mødedato %j', (value, date, time) => {
    const { document } = run(`REFERAT Udvalg d. 01-01-2020\n\nMødedato ${value}\n\nPunkt 1: Eventuelt\n`);
    expect([document.date, document.startTime]).toEqual([date, time]);
  });

  it.each([
    ['REFERAT Handicaprådet 2022 - 2025 d. 22-05-2025', '2025-05-22', 'Handicaprådet', '2022-2025'],
    ['DAGSORDEN Handicaprådet d. 22. maj 2025', '2025-05-22', 'Handicaprådet', null],
  ])('reads the date of a title %j when there is no Mødedato', (title, date, committee, period) => {
    const { document } = run(`${title}\n\nPunkt 1: Eventuelt\n`);
    expect([document.date, document.committee, document.period]).toEqual([date, committee, period]);
  });

  it('reports a date that does not exist', () => {
    const { document, diagnostics } = run('REFERAT Udvalg d. 31-02-2025\n\nPunkt 1: Eventuelt\n');
    expect(document.date).toBeNull();
    expect(withoutDetection(diagnostics).map((d) => [d.code, d.range.start.line])).toEqual([['invalid-date', 1]]);
  });
});

describe('case numbers', () => {
  it.each([
    ['27.69.48-P35-1-22', '27.69.48-P35-1-22'],
    ['00.30.14G01-4-21', '00.30.14G01-4-21'],
    ['00.22.02000-1-20', '00.22.02000-1-20'],
    ['00.30.00-S55-2-24', '00.30.00-S55-2-24'],
    ['24-000584', '24-000584'],
    ['2011-29298', '2011-29298'],
    ['12/27845', '12/27845'],
    ['EMN-2025-010561', 'EMN-2025-010561'],
    ['Sagsnr.: 2011-29298', '2011-29298'],
    ['J.nr. 12/27845', '12/27845'],
  ])('reads %j', (line, raw) => {
    const input = `Punkt 1: Sag\n\n${line}\n\nBeslutning\n\nGodkendt.\n`;
    const item = run(input).document.items[0]!;
    expect(item.caseNumber?.raw).toBe(raw);
    // The range covers the printed line (a label such as `Sagsnr.:` included); `raw` is the number.
    expect(input.slice(item.caseNumber!.range.start.offset, item.caseNumber!.range.end.offset)).toBe(line);
    expect(item.sections.map((s) => [s.heading, s.blocks.map(show)])).toEqual([['Beslutning', ['p:Godkendt.']]]);
  });

  it('leaves the case number null when it is absent', () => {
    const item = run('Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n').document.items[0]!;
    expect(item.caseNumber).toBeNull();
  });
});

describe('last item', () => {
  it('keeps an empty Beslutning at the end of a file without a final newline', () => {
    const input = '## Punkt 1: JAI - Eventuelt\n\n### Beslutning\n\nIntet.\n\n## Punkt 2: JAI - Godkendelse af referat\n\n### Beslutning';
    const { document, diagnostics } = run(input);
    const last = document.items[1]!;
    expect([last.number, last.title]).toEqual([2, 'JAI - Godkendelse af referat']);
    expect(last.sections.map((s) => [s.heading, s.kind, s.blocks])).toEqual([['Beslutning', 'decision', []]]);
    expect(last.sections[0]!.range.end.offset).toBe(input.length);
    expect(last.range.end.offset).toBe(input.length);
    expect(withoutDetection(diagnostics).map((d) => d.code)).toEqual(['missing-title']);
  });

  it('keeps an empty Beslutning at the end of a plain-text file', () => {
    const input = 'Punkt 1: Godkendelse af referat\n\nBeslutning\n\n';
    const item = run(input).document.items[0]!;
    expect(item.sections.map((s) => [s.heading, s.kind, s.blocks.length])).toEqual([['Beslutning', 'decision', 0]]);
    expect(item.range.end).toMatchObject({ line: 3, column: 11 });
  });
});
