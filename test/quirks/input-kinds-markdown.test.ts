import { describe, expect, it } from 'vitest';
import { type Referat, tokenize } from 'referat';
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

