import { describe, expect, it } from 'vitest';
import { type Referat, ReferatOptionsError, parse } from 'referat';
import { src } from '../helpers/source.js';
import { blockTexts, run, withoutDetection } from './shared.js';

/** A trimmed header of seed 000 and two items. */
const BASE = src`
  REFERAT Handicaprådet 2022 - 2025 d. 22-05-2025

  Mødedato Torsdag d. 22. maj 2025 kl. 15:00

  Mødested Mødelokale 4

  Mødedeltagere Henrik Gregersen (V), Jens Otto Madsen (Ø), Ib Poulsen (O)

  Indholdsfortegnelse

  Godkendelse af dagsorden.....\t3
  Eventuelt.....\t4

  Punkt 1: Godkendelse af dagsorden

  27.69.48-P35-1-22

  Sagstema

  Godkendelse af dagsorden.

  Beslutning

  Godkendt.

  Punkt 2: Eventuelt

  27.69.48-P35-1-22

  Beslutning

  Intet.
`;

/** Everything BASE states, read back from a document. */
function expectBase(doc: Referat): void {
  const { kind, title, committee, period, date, startTime, location, preamble } = doc;
  expect({ kind, title, committee, period, date, startTime, location, preamble }).toEqual({
    kind: 'referat',
    title: 'REFERAT Handicaprådet 2022 - 2025 d. 22-05-2025',
    committee: 'Handicaprådet',
    period: '2022-2025',
    date: '2025-05-22',
    startTime: '15:00',
    location: 'Mødelokale 4',
    preamble: [],
  });
  expect(doc.header.map((h) => [h.key, h.label])).toEqual([
    ['title', 'REFERAT'], ['date', 'Mødedato'], ['location', 'Mødested'], ['participants', 'Mødedeltagere'], ['toc', 'Indholdsfortegnelse'],
  ]);
  expect(doc.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
    ['Henrik Gregersen', 'V', false], ['Jens Otto Madsen', 'Ø', false], ['Ib Poulsen', 'O', false],
  ]);
  expect(doc.toc.map((t) => [t.title, t.page, t.itemNumber])).toEqual([['Godkendelse af dagsorden', 3, 1], ['Eventuelt', 4, 2]]);
  expect(doc.items.map((it) => [it.number, it.title, it.caseNumber?.raw])).toEqual([
    [1, 'Godkendelse af dagsorden', '27.69.48-P35-1-22'],
    [2, 'Eventuelt', '27.69.48-P35-1-22'],
  ]);
  expect(blockTexts(doc)).toEqual([
    [['Sagstema', 'summary', ['Godkendelse af dagsorden.']], ['Beslutning', 'decision', ['Godkendt.']]],
    [['Beslutning', 'decision', ['Intet.']]],
  ]);
}

const sliceOf = (input: string, r: { start: { offset: number }; end: { offset: number } }) =>
  input.slice(r.start.offset, r.end.offset);

describe('line ends', () => {
  it('reads LF input (the reference for the other kinds)', () => {
    const { document, diagnostics } = run(BASE);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
  });

  it('reads CRLF line ends, with lines counted once per CRLF', () => {
    const input = BASE.replace(/\n/g, '\r\n');
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
    const second = document.items[1]!;
    expect(second.headingRange.start).toMatchObject({ line: 26, column: 1 });
    expect(sliceOf(input, second.headingRange)).toBe('Punkt 2: Eventuelt');
    expect(document.header[1]!.value).toBe('Torsdag d. 22. maj 2025 kl. 15:00');
  });

  it('reads lone CR line ends', () => {
    const input = BASE.replace(/\n/g, '\r');
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
    expect(document.items[1]!.headingRange.start).toMatchObject({ line: 26, column: 1 });
    expect(sliceOf(input, document.items[1]!.caseNumber!.range)).toBe('27.69.48-P35-1-22');
  });

  it('reads mixed LF, CRLF and CR line ends', () => {
    let n = 0;
    const input = BASE.replace(/\n/g, () => ['\n', '\r\n', '\r'][n++ % 3]!);
    expectBase(run(input).document);
  });
});

describe('characters', () => {
  it('skips a UTF-8 BOM at the start without putting it in the title', () => {
    const input = `\ufeff${BASE}`;
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
    expect(document.header[0]!.range.start).toEqual({ line: 1, column: 2, offset: 1 });
  });

  it('reads NBSP in place of every space (labels, openers, names)', () => {
    const input = BASE.replace(/ /g, '\u00a0');
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
    expect(document.participants[2]!.name).not.toContain('\u00a0');
  });

  it('reads TABs as TOC page separators and table cells', () => {
    const input = BASE.replace('Godkendt.\n', 'Godkendt.\n\nMedlemmer\tAfbud\nIb Poulsen\tX\n');
    const { document } = run(input);
    const table = document.items[0]!.sections[1]!.blocks[1]!;
    expect(table.type === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Medlemmer', 'Afbud'],
      ['Ib Poulsen', 'X'],
    ]);
    expect(document.toc.map((t) => t.page)).toEqual([3, 4]);
  });

  it('reads a front-matter label separated from its value by a TAB', () => {
    const input = BASE.replace('Mødedato ', 'Mødedato\t').replace('Mødested ', 'Mødested\t');
    const { document } = run(input);
    expect(document.startTime).toBe('15:00');
    expect(document.location).toBe('Mødelokale 4');
    expect(document.header.map((h) => h.key)).toEqual(['title', 'date', 'location', 'participants', 'toc']);
    expect(document.preamble).toEqual([]);
  });

  it('ignores trailing spaces after labels, openers and headings', () => {
    const input = BASE.replace(/\n/g, '   \n');
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
    expect(sliceOf(input, document.items[0]!.sections[1]!.headingRange!)).toBe('Beslutning');
  });

  it('reads input without a final newline', () => {
    const input = BASE.replace(/\n$/, '');
    const { document } = run(input);
    expectBase(document);
    const last = document.items[1]!.sections[0]!.blocks[0]!;
    expect(last.range.end.offset).toBe(input.length);
  });

  it('reads text with no blank lines at all', () => {
    const input = BASE.replace(/\n\n/g, '\n');
    const { document, diagnostics } = run(input);
    expectBase(document);
    expect(withoutDetection(diagnostics)).toEqual([]);
  });
});

describe('degenerate input', () => {
  it('gives an empty document and `empty-input` for the empty string', () => {
    const { document, diagnostics } = run('');
    expect(document.items).toEqual([]);
    expect(document.header).toEqual([]);
    expect(document.title).toBeNull();
    expect(withoutDetection(diagnostics).map((d) => d.code)).toEqual(['empty-input']);
    expect(document.range.end.offset).toBe(0);
  });

  it('gives `empty-input` for whitespace only', () => {
    const input = '   \n\t\n  \r\n\u00a0 \n\ufeff\n';
    const { document, diagnostics } = run(input);
    expect(document.items).toEqual([]);
    expect(document.preamble).toEqual([]);
    expect(withoutDetection(diagnostics).map((d) => d.code)).toEqual(['empty-input']);
    expect(document.range.end.offset).toBe(input.length);
  });

  it('reports binary junk as `binary-content` and keeps it as text', () => {
    const input = '\x00\x01\x02\ufffd\ud800abc\udc00\x1b[31m\x7f\x08\n\x00Punkt 1: X\n';
    const { document, diagnostics } = run(input);
    const binary = diagnostics.filter((d) => d.code === 'binary-content');
    expect(binary).toHaveLength(1);
    expect(binary[0]!.range.start.offset).toBe(0);
    expect(diagnostics.map((d) => d.code)).toContain('missing-items');
    expect(document.items).toEqual([]);
    expect(document.preamble.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('reports a NUL inside an otherwise good item where it stands', () => {
    const input = 'Punkt 1: Hej\n\nBeslutning\n\nGod\x00kendt \ud83d.\n';
    const { document, diagnostics } = run(input);
    expect(diagnostics.find((d) => d.code === 'binary-content')!.range.start).toMatchObject({ line: 5, column: 4 });
    expect(blockTexts(document)).toEqual([[['Beslutning', 'decision', ['God\x00kendt \ud83d.']]]]);
  });

  it('survives random control characters, NUL, U+FFFD and lone surrogates', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const junk = ['\x00', '\x01', '\x07', '\x1b', '\ufffd', '\ud800', '\udfff', '\t', '\n', '\r', 'Punkt 1: ', 'a'];
    for (let n = 0; n < 20; n++) {
      let input = '';
      for (let i = 0; i < 200; i++) input += junk[Math.floor(rand() * junk.length)]!;
      input = `\x00${input}`;
      const result = run(input);
      expect(result.diagnostics.map((d) => d.code)).toContain('binary-content');
    }
  });

  it('reads a 1 MB single line as one paragraph, quickly', () => {
    const input = 'Godkendt. '.repeat(104_858);
    const t0 = performance.now();
    const { document, diagnostics } = run(input);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(document.preamble).toHaveLength(1);
    const p = document.preamble[0]!;
    expect(p.type === 'paragraph' && p.text.length).toBe(input.length - 1);
    expect(diagnostics.map((d) => d.code)).toContain('missing-items');
  });

  it('reads a 1 MB line inside an item', () => {
    const body = `${'Godkendt og '.repeat(90_000)}slut.`;
    const input = BASE.replace('Godkendt.', body);
    const { document } = run(input);
    const p = document.items[0]!.sections[1]!.blocks[0]!;
    expect(p.type === 'paragraph' && p.text).toBe(body);
    expect(document.items.map((it) => it.number)).toEqual([1, 2]);
  });
});

describe('bad arguments', () => {
  it('throws TypeError when the input is not a string', () => {
    expect(() => parse(123 as any)).toThrow(TypeError);
    expect(() => parse(undefined as any)).toThrow(/string/);
  });

  it('throws ReferatOptionsError naming an unknown format', () => {
    const call = () => parse('x', { format: 'pdf' } as any);
    expect(call).toThrow(ReferatOptionsError);
    expect(call).toThrow(/^Invalid option format: .*"pdf"/);
    const error = (() => {
      try {
        call();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ name: 'ReferatOptionsError', option: 'format' });
  });

  it('throws ReferatOptionsError naming an unknown option', () => {
    const call = () => parse('x', { nope: 1 } as any);
    expect(call).toThrow(ReferatOptionsError);
    expect(call).toThrow(/^Invalid option nope: unknown option/);
    expect(() => parse('x', { format: 'text' })).not.toThrow();
  });
});
