import { describe, expect, it } from 'vitest';
import { type Referat, serialize, tokenize } from 'referat';
import { checkInvariants } from '../helpers/invariants.js';
import { src } from '../helpers/source.js';
import { blockTexts, run, withoutDetection } from './shared.js';

/** Markdown input (seed 004's rendering) against the same minutes as plain text. */
describe('Markdown', () => {
  const MD = src`
    # **REFERAT Udvalget for Job, Arbejdsmarked og Integration - 2022-2025 d. 12-06-2024**

    **Mødedato** Onsdag d. 12. juni 2024 kl. 16:30

    **Mødested** Mødelokale 2, Allerslev

    ## **Punkt 1: JAI - Godkendelse af dagsorden**

    24-000584

    ### **Beslutning**

    Godkendt\\_uden bemærkninger.

    ## Punkt 2: JAI - Eventuelt

    ### Beslutning

    Intet.
  `;
  const PLAIN = MD.replace(/^#+ /gm, '').replace(/\*\*/g, '').replace(/\\_/g, '_');

  const summary = (doc: Referat) => ({
    kind: doc.kind,
    committee: doc.committee,
    period: doc.period,
    date: doc.date,
    startTime: doc.startTime,
    location: doc.location,
    header: doc.header.map((h) => [h.key, h.label, h.value]),
    items: doc.items.map((it) => [it.number, it.title, it.caseNumber?.raw ?? null]),
    blocks: blockTexts(doc),
  });

  it('reads Markdown with format: markdown', () => {
    expect(MD).toContain('Godkendt\\_uden');
    const { document, diagnostics } = run(MD, { format: 'markdown' });
    expect(summary(document)).toEqual({
      kind: 'referat',
      committee: 'Udvalget for Job, Arbejdsmarked og Integration',
      period: '2022-2025',
      date: '2024-06-12',
      startTime: '16:30',
      location: 'Mødelokale 2, Allerslev',
      header: [
        ['title', 'REFERAT', 'Udvalget for Job, Arbejdsmarked og Integration - 2022-2025 d. 12-06-2024'],
        ['date', 'Mødedato', 'Onsdag d. 12. juni 2024 kl. 16:30'],
        ['location', 'Mødested', 'Mødelokale 2, Allerslev'],
      ],
      items: [
        [1, 'JAI - Godkendelse af dagsorden', '24-000584'],
        [2, 'JAI - Eventuelt', null],
      ],
      blocks: [[['Beslutning', 'decision', ['Godkendt_uden bemærkninger.']]], [['Beslutning', 'decision', ['Intet.']]]],
    });
    expect(withoutDetection(diagnostics)).toEqual([]);
  });

  it('detects Markdown by itself and gives the same document', () => {
    expect(run(MD).document).toEqual(run(MD, { format: 'markdown' }).document);
  });

  it('reads the same minutes without Markdown markup to the same fields', () => {
    expect(summary(run(PLAIN).document)).toEqual(summary(run(MD, { format: 'markdown' }).document));
    expect(summary(run(PLAIN, { format: 'text' }).document)).toEqual(summary(run(PLAIN).document));
  });

  it('keeps Markdown markers literal with format: text', () => {
    const { document } = run(MD, { format: 'text' });
    expect(document.title).toBeNull();
    const first = document.preamble[0]!;
    expect(first.type === 'paragraph' && first.text).toBe(
      '# **REFERAT Udvalget for Job, Arbejdsmarked og Integration - 2022-2025 d. 12-06-2024**',
    );
    expect(tokenize(MD, { format: 'text' }).some((t) => t.type === 'MarkdownHeading')).toBe(false);
    expect(tokenize(MD).filter((t) => t.type === 'MarkdownHeading').map((t) => t.image)).toEqual([
      '# ', '## ', '### ', '## ', '### ',
    ]);
  });

  it('splits a bold label from its value also with format: text', () => {
    const { document } = run(MD, { format: 'text' });
    const date = document.header.find((h) => h.value.includes('12. juni 2024'));
    expect(date).toMatchObject({ key: 'date', value: 'Onsdag d. 12. juni 2024 kl. 16:30' });
    expect(date!.label).toMatch(/^\**Mødedato\**$/);
  });
});


describe('Markdown heading markers with nothing after them', () => {
  const md = { format: 'markdown' } as const;
  const empty = ['#', '# ', '###### ', '# \u00a0', '## \t', '# \u00a0 \t\u00a0', '#\ufeff', '### \f'];

  it.each(empty.map((m) => [JSON.stringify(m), m]))('%s is an empty heading over the marker, not text or a table row', (_, marker) => {
    const input = `Punkt 1: Sag\n\nEn tekst.\n\n${marker}\n\nMere tekst.\n`;
    const result = run(input, md);
    const blocks = result.document.items[0]!.sections.flatMap((s) => s.blocks);
    expect(blocks.map((b) => [b.type, b.type === 'heading' || b.type === 'paragraph' ? b.text : null])).toEqual([
      ['paragraph', 'En tekst.'],
      ['heading', ''],
      ['paragraph', 'Mere tekst.'],
    ]);
    const at = input.indexOf(marker);
    expect(blocks[1]!.range.start.offset).toBe(at);
    expect(blocks[1]!.range.end.offset).toBeGreaterThan(at);
    expect(() => checkInvariants(input, result, md)).not.toThrow();
    expect(tokenize(input, md).map((t) => t.type)).toContain('MarkdownEmptyHeading');
  });

  it('keeps the line in the document before a heading with text, in the preamble and after a field', () => {
    for (const input of ['# \u00a0\n# A', '#\n\nTekst', '**Mødested** Byrådssalen\n# \n\n## Punkt 1: A\n']) {
      const result = run(input, md);
      expect(result.document.preamble[0]).toMatchObject({ type: 'heading', text: '', range: { start: { offset: input.indexOf('#') } } });
      expect(() => checkInvariants(input, result, md)).not.toThrow();
    }
  });

  it('leaves seven markers, a marker before text and plain text mode as they were', () => {
    expect(run('####### \n\nTekst', md).document.preamble[0]).toMatchObject({ type: 'paragraph', text: '#######' });
    expect(run('# A\n\nTekst', md).document.preamble[0]).toMatchObject({ type: 'heading', text: 'A' });
    expect(run('#5 kroner\n\nTekst', md).document.preamble[0]).toMatchObject({ type: 'paragraph', text: '#5 kroner' });
    expect(tokenize('# \n', { format: 'text' }).map((t) => t.type)).toEqual(['TextLine']);
  });

  it('writes an empty heading canonically as a bare marker that reads back as one', () => {
    const { document } = run('# \n\nTekst\n', md);
    const out = serialize(document, { mode: 'canonical', format: 'markdown' });
    expect(out).toBe('#\n\nTekst');
    expect(run(out, md).document.preamble.map((b) => [b.type, 'text' in b ? b.text : null])).toEqual([
      ['heading', ''],
      ['paragraph', 'Tekst'],
    ]);
  });
});
