import { describe, expect, it } from 'vitest';
import { tokenize } from 'referat';
import { src } from '../helpers/source.js';
import { run, sections } from './shared.js';

/** Items of the same template, each with the given section lines (blank lines between). */
function template(bodies: string[][], caseNumbers = true): string {
  return bodies
    .map((lines, i) => [`Punkt ${i + 1}: Sag nummer ${i + 1}`, ...(caseNumbers ? ['27.69.48-P35-1-22'] : []), ...lines].join('\n\n'))
    .join('\n\n')
    .concat('\n');
}

describe('section headings', () => {
  it('recognises UPPERCASE vocabulary headings with their kind', () => {
    const input = template([['SAGSTEMA', 'Godkendelse af dagsorden.', 'INDSTILLING', 'Forvaltningen indstiller, at dagsordenen godkendes.', 'BESLUTNING', 'Godkendt.']]);
    expect(sections(input)).toEqual([
      ['SAGSTEMA', 'summary', ['p:Godkendelse af dagsorden.']],
      ['INDSTILLING', 'recommendation', ['p:Forvaltningen indstiller, at dagsordenen godkendes.']],
      ['BESLUTNING', 'decision', ['p:Godkendt.']],
    ]);
  });

  it('recognises headings that are not separated from the text by blank lines', () => {
    const input = 'Punkt 1: Sag\n27.69.48-P35-1-22\nResume\nKort om sagen.\nØkonomi og finansiering\nIngen udgifter.\nBeslutning\nGodkendt.\n';
    const { document } = run(input);
    expect(document.items[0]!.caseNumber?.raw).toBe('27.69.48-P35-1-22');
    expect(sections(input)).toEqual([
      ['Resume', 'summary', ['p:Kort om sagen.']],
      ['Økonomi og finansiering', 'economy', ['p:Ingen udgifter.']],
      ['Beslutning', 'decision', ['p:Godkendt.']],
    ]);
  });

  it('maps decision and recommendation openers and previous decisions to kinds', () => {
    const input = src`
      Punkt 1: Sag

      Tidligere besluttet

      Beslutning fra Social- og Seniorudvalget, den 3. september 2024, punkt 121:

      Ad 1. Taget til efterretning.

      Direktøren for Social/Sundhed og Arbejdsmarked indstiller,

      - at sagen godkendes.

      Beslutning

      Godkendt.
    `;
    expect(sections(input).map(([h, k]) => [h, k])).toEqual([
      ['Tidligere besluttet', 'previousDecisions'],
      ['Beslutning fra Social- og Seniorudvalget, den 3. september 2024, punkt 121:', 'decision'],
      ['Direktøren for Social/Sundhed og Arbejdsmarked indstiller,', 'recommendation'],
      ['Beslutning', 'decision'],
    ]);
  });

  const LEARNED = [
    ['Sagsopsummering', 'Der skal tages stilling til sagen.', 'Tværgående perspektiver', 'Forvaltningen anbefaler forslaget.', 'Beslutning', 'Godkendt.'],
    ['Sagsopsummering', 'Sagen handler om budgettet.', 'Ungeindsats', 'Her beskrives indsatsen for de unge i kommunen.', 'Tværgående perspektiver', 'Ingen.', 'Beslutning', 'Godkendt.'],
  ];

  it('learns unknown headings that recur across items as sections of kind other', () => {
    const input = template(LEARNED);
    expect(sections(input, 1)).toEqual([
      ['Sagsopsummering', 'other', ['p:Sagen handler om budgettet.', 'h:Ungeindsats', 'p:Her beskrives indsatsen for de unge i kommunen.']],
      ['Tværgående perspektiver', 'other', ['p:Ingen.']],
      ['Beslutning', 'decision', ['p:Godkendt.']],
    ]);
    expect(sections(input, 0).map(([h, k]) => [h, k])).toEqual([
      ['Sagsopsummering', 'other'],
      ['Tværgående perspektiver', 'other'],
      ['Beslutning', 'decision'],
    ]);
  });

  it('learns recurring headings also when the item has no case number', () => {
    const input = template(LEARNED, false);
    expect(sections(input, 0).map(([h, k]) => [h, k])).toEqual([
      ['Sagsopsummering', 'other'],
      ['Tværgående perspektiver', 'other'],
      ['Beslutning', 'decision'],
    ]);
  });

  it('keeps a short line that appears once as a sub-heading block or a paragraph', () => {
    const input = template([
      ['Sagsfremstilling', 'Tekst om sagen.', 'LAB', 'Lov om en aktiv beskæftigelsesindsats gælder her.', 'Kort linje\nNy Linje Her', 'Beslutning', 'Godkendt.'],
      ['Sagsfremstilling', 'Mere tekst.', 'Beslutning', 'Godkendt.'],
    ]);
    expect(sections(input)[0]).toEqual([
      'Sagsfremstilling',
      'background',
      ['p:Tekst om sagen.', 'h:LAB', 'p:Lov om en aktiv beskæftigelsesindsats gælder her.', 'p:Kort linje', 'p:Ny Linje Her'],
    ]);
  });

  it('does not make `Intet at bemærke` under a vocabulary heading a heading', () => {
    const body = ['Sagsfremstilling', 'Tekst.', 'Retsgrundlag', 'Intet at bemærke', 'Beslutning', 'Godkendt.'];
    const input = template([body, body, body]);
    for (const i of [0, 1, 2]) {
      expect(sections(input, i)[1]).toEqual(['Retsgrundlag', 'legalBasis', ['p:Intet at bemærke']]);
    }
  });

  it.each([
    ['dated stops of a case', ['Vejudvalget den 3. marts 2025', 'Havneudvalget den 10. marts 2025', 'Byrådet den 24. marts 2025'], ['Vandudvalget den 4. marts 2025', 'Havneudvalget den 10. marts 2025', 'Skoleudvalget den 12. marts 2025']],
    ['committee codes', ['ØKU', 'TMU', 'BSU'], ['KFU', 'TMU', 'SOU']],
  ])('does not make a line of a list printed a paragraph a line a heading, though it recurs: %s', (_, first, second) => {
    const input = template([
      ['Sagsfremstilling', 'Tekst om sagen.', 'Sagens gang', ...first, 'Beslutning', 'Godkendt.'],
      ['Sagsfremstilling', 'Mere tekst.', 'Sagens gang', ...second, 'Beslutning', 'Godkendt.'],
    ]);
    // The line both lists hold, in the middle of each, stays a paragraph of the list.
    expect(sections(input, 0)[1]).toEqual(['Sagens gang', 'hearing', first.map((l) => `p:${l}`)]);
    expect(sections(input, 1)[1]).toEqual(['Sagens gang', 'hearing', second.map((l) => `p:${l}`)]);
    expect(sections(input, 0).map(([h]) => h)).toEqual(['Sagsfremstilling', 'Sagens gang', 'Beslutning']);
  });

  it('still learns a heading that a short line follows in one item and body text in another', () => {
    const input = template([
      ['Sagsfremstilling', 'Tekst.', 'Tværgående perspektiver', 'Ingen bemærkninger', 'Beslutning', 'Godkendt.'],
      ['Sagsfremstilling', 'Tekst.', 'Tværgående perspektiver', 'Forvaltningen anbefaler forslaget.', 'Beslutning', 'Godkendt.'],
    ]);
    expect(sections(input, 0)[1]).toEqual(['Tværgående perspektiver', 'other', ['p:Ingen bemærkninger']]);
    expect(sections(input, 1)[1]).toEqual(['Tværgående perspektiver', 'other', ['p:Forvaltningen anbefaler forslaget.']]);
  });

  it('does not make `Intet at bemærke` under a learned heading a heading', () => {
    const body = ['Sagsfremstilling', 'Tekst.', 'Kommunikation og inddragelse', 'Intet at bemærke', 'Tværgående perspektiver', 'Forvaltningen anbefaler forslaget.', 'Beslutning', 'Godkendt.'];
    const input = template([body, body]);
    expect(sections(input, 1)).toEqual([
      ['Sagsfremstilling', 'background', ['p:Tekst.']],
      ['Kommunikation og inddragelse', 'other', ['p:Intet at bemærke']],
      ['Tværgående perspektiver', 'other', ['p:Forvaltningen anbefaler forslaget.']],
      ['Beslutning', 'decision', ['p:Godkendt.']],
    ]);
  });
});

describe('lists', () => {
  it('reads `1.`, `1)`, `Ad 1.`, `Ad. 1)` and `- ` lists', () => {
    const input = src`
      Punkt 1: Sag

      Indstilling

      1. at budgettet godkendes,
      2. at sagen sendes videre.

      Løsninger

      1) Første løsning
      2) Anden løsning

      Beslutning

      Ad 1. Godkendt.
      Ad 2. Ikke godkendt.

      Ad. 1) Indstillingen tiltrådt.

      Ad. 2) Udsættes til næste møde, hvor kvartalsbog behandles.

      Bilag

      - Bilag A
      - Bilag B
    `;
    const list = (ordered: boolean, ...items: string[][]) => ({ ordered, items });
    expect(sections(input)).toEqual([
      ['Indstilling', 'recommendation', [list(true, ['1.', 'at budgettet godkendes,'], ['2.', 'at sagen sendes videre.'])]],
      ['Løsninger', 'solutions', [list(true, ['1)', 'Første løsning'], ['2)', 'Anden løsning'])]],
      ['Beslutning', 'decision', [
        list(true, ['Ad 1.', 'Godkendt.'], ['Ad 2.', 'Ikke godkendt.']),
        list(true, ['Ad. 1)', 'Indstillingen tiltrådt.'], ['Ad. 2)', 'Udsættes til næste møde, hvor kvartalsbog behandles.']),
      ]],
      ['Bilag', 'attachments', [list(false, ['-', 'Bilag A'], ['-', 'Bilag B'])]],
    ]);
  });

  it('reads `- 1)` entries as an ordered list', () => {
    const input = 'Punkt 1: Sag\n\nØkonomi\n\n- 1) Kontakten med Jobcentret\n- 2) Den overordnede tilfredshed\n- 3) Samarbejdet\n';
    const block = run(input).document.items[0]!.sections[0]!.blocks[0]!;
    expect(block.type).toBe('list');
    if (block.type !== 'list') return;
    expect(block.ordered).toBe(true);
    expect(block.items.map((i) => i.text)).toEqual(['Kontakten med Jobcentret', 'Den overordnede tilfredshed', 'Samarbejdet']);
    expect(block.items.map((i) => i.marker)).toEqual([expect.stringMatching(/^(- )?1\)$/), expect.stringMatching(/^(- )?2\)$/), expect.stringMatching(/^(- )?3\)$/)]);
  });

  it('makes a lone digit line and the paragraph after it a list item', () => {
    const input = src`
      Punkt 1: Sag

      Redegørelse

      Forvaltningen foreslår to ændringer.

      1

      Det foreslås at nedlægge puljen, da den ikke har været brugt i flere år.

      2

      Det foreslås at flytte midlerne til ældreområdet.
    `;
    expect(sections(input)).toEqual([
      ['Redegørelse', 'background', [
        'p:Forvaltningen foreslår to ændringer.',
        { ordered: true, items: [['1', 'Det foreslås at nedlægge puljen, da den ikke har været brugt i flere år.'], ['2', 'Det foreslås at flytte midlerne til ældreområdet.']] },
      ]],
    ]);
  });
});

describe('tables', () => {
  const TABLES = src`
    Punkt 1: Sag

    Sagsfremstilling

    Tabel 1: Lejre 2023\t\t\t\t\t
    \tLAB\tLAS\tPL\tSDP\tØvrige
    Samlet omgørelses-%\t0 %\t20 %\t0 %\t30 %\t0 %
    Antal sager\t1.113\t5\t-3,80 mio. kr.\t32,8% (22 %)\t-

    Linie 1\tKøb og salg af pladser\t1 mio. kr.
    ---------\t------------------------\t------------

    I alt\t\t2,5 mio. kr.
  `;

  it('gives each cell the text and range between the spaces around it, whatever their kind', () => {
    // Space, NBSP, em and ideographic spaces, a BOM and a form feed around the cells.
    const row = '\u3000Anne Holm\u2003\t\u00a0-1.000,50 kr.\ufeff\t \f\tTo\u00a0ord ';
    const input = `Punkt 1: Sag\n\nNavn\tBeløb\tNote\tEkstra\n${row}\n`;
    const table = run(input).document.items[0]!.sections[0]!.blocks[0]!;
    if (table.type !== 'table') throw new Error(`expected a table, got ${table.type}`);
    const cells = table.rows[table.rows.length - 1]!.cells;
    expect(cells.map((c) => [c.text, c.value, c.unit])).toEqual([
      ['Anne Holm', null, null],
      ['-1.000,50 kr.', -1000.5, 'kr'],
      ['', null, null],
      ['To ord', null, null],
    ]);
    const at = input.indexOf(row);
    expect(cells.map((c) => input.slice(c.range.start.offset, c.range.end.offset))).toEqual(['Anne Holm', '-1.000,50 kr.', '', 'To\u00a0ord']);
    expect(cells[2]!.range.start.offset).toBe(at + row.indexOf('\f') + 1);
  });

  it('reads a title row with trailing empty cells and a header row whose first cell is empty', () => {
    const [, , blocks] = sections(TABLES)[0]!;
    expect((blocks as unknown[])[0]).toEqual([
      ['Tabel 1: Lejre 2023'],
      ['', 'LAB', 'LAS', 'PL', 'SDP', 'Øvrige'],
      ['Samlet omgørelses-%', '0 %', '20 %', '0 %', '30 %', '0 %'],
      ['Antal sager', '1.113', '5', '-3,80 mio. kr.', '32,8% (22 %)', '-'],
    ]);
    const table = run(TABLES).document.items[0]!.sections[0]!.blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table.title).toBe('Tabel 1: Lejre 2023');
    expect(table.titleRange!.start.line).toBe(5);
    expect(table.header.map((r) => r.cells[1]!.text)).toEqual(['LAB']);
    expect(table.rows.map((r) => r.cells[0]!.text)).toEqual(['Samlet omgørelses-%', 'Antal sager']);
    const empty = table.header[0]!.cells[0]!;
    expect(empty.range.start.offset).toBe(empty.range.end.offset);
  });

  it('types the cells: Danish numbers, units, and null for text, dashes and empty cells', () => {
    const table = run(TABLES).document.items[0]!.sections[0]!.blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table.rows[1]!.cells.map((c) => [c.value, c.unit])).toEqual([
      [null, null],
      [1113, null],
      [5, null],
      [-3.8, 'mio. kr.'],
      [32.8, '%'],
      [null, null],
    ]);
    expect(table.rows[0]!.cells[2]).toMatchObject({ value: 20, unit: '%' });
    expect(table.header[0]!.cells.map((c) => c.value)).toEqual([null, null, null, null, null, null]);
  });

  it('rejoins a table split by a blank line, and keeps dash rows as rules', () => {
    const [, , blocks] = sections(TABLES)[0]!;
    expect((blocks as unknown[]).slice(1)).toEqual([
      [
        ['Linie 1', 'Køb og salg af pladser', '1 mio. kr.'],
        ['I alt', '', '2,5 mio. kr.'],
      ],
    ]);
    const table = run(TABLES).document.items[0]!.sections[0]!.blocks[1]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table.rules.map((r) => r.start.line)).toEqual([11]);
    expect(table.rows[1]!.cells[2]).toMatchObject({ value: 2.5, unit: 'mio. kr.' });
  });

  it('joins a wrapped cell’s tail to its row, across the blank lines of a page break', () => {
    const input = src`
      Punkt 1: Sag

      Sagsfremstilling

      \tLandsplan\tLemvig
      Længere mellem tilbud\t334 mio. kr.\t1,10 mio. kr.

      til uddannelseshjælp.

      Fastholdelsesmentor\t-10 mio. kr.\t-0,03 mio. kr.
      I alt\t344 mio .kr.\t1,14 mio. kr.
    `;
    const table = run(input).document.items[0]!.sections[0]!.blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(run(input).document.items[0]!.sections[0]!.blocks).toHaveLength(1);
    expect(table.header).toHaveLength(1);
    expect(table.rows.map((r) => r.cells[0]!.text)).toEqual(['Længere mellem tilbud til uddannelseshjælp.', 'Fastholdelsesmentor', 'I alt']);
    expect(table.rows[0]!.range.end.line).toBe(8); // the tail's line
    expect(table.rows[2]!.cells[1]).toMatchObject({ value: 344, unit: 'mio. kr.' });
    expect(table.rows[1]!.cells[2]).toMatchObject({ value: -0.03, unit: 'mio. kr.' });
  });

  it('keeps two tables apart when the second has a title row, and reads column-number header rows', () => {
    const input = src`
      Punkt 1: Sag

      Økonomi

      Område\tBudget\tForbrug
      \t1\t2 (1+1)
      Skoler\t1.629\t-321
      Tabel 2: Landsplan\t\t
      Skoler\t2.000\t10
    `;
    const blocks = run(input).document.items[0]!.sections[0]!.blocks;
    expect(blocks).toHaveLength(1);
    const table = blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    // One TAB block in the source: the title row inside it is a body row; only a table's first row is its title.
    expect(table.header.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Område', 'Budget', 'Forbrug'],
      ['', '1', '2 (1+1)'],
    ]);
    expect(table.rows[0]!.cells.map((c) => c.value)).toEqual([null, 1629, -321]);
    const split = run(input.replace('-321\nTabel', '-321\n\nTabel')).document.items[0]!.sections[0]!.blocks;
    expect(split.map((b) => (b.type === 'table' ? b.title : b.type))).toEqual([null, 'Tabel 2: Landsplan']);
  });
});

describe('running text', () => {
  it('keeps a sentence split across a page break as text, not as a heading', () => {
    const input = src`
      Punkt 1: Sag

      Beslutning

      Dette skyldes blandt andet ændringen af

      nærværende lovgivning på området, som trådte i kraft i år.
    `;
    const blocks = run(input).document.items[0]!.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).not.toContain('heading');
    expect(blocks.map((b) => ('text' in b ? b.text : '')).join(' ')).toBe(
      'Dette skyldes blandt andet ændringen af nærværende lovgivning på området, som trådte i kraft i år.',
    );
  });

  it('keeps a long sentence split across a page break as paragraphs in order', () => {
    const first = 'Område-MED udtrykker bekymring generelt for omprioriteringen. Og yderligere bekymring for ændringen af';
    const input = `Punkt 1: Sag\n\nBeslutning\n\n${first}\n\nnærværende sags forløb og den uvished, det medfører.\n`;
    const blocks = run(input).document.items[0]!.sections[0]!.blocks;
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(blocks.map((b) => ('text' in b ? b.text : '')).join(' ')).toBe(`${first} nærværende sags forløb og den uvished, det medfører.`);
  });

  it('keeps a Markdown heading in lower case after a sentence that runs on, as a heading', () => {
    // Joining a paragraph that starts in lower case to an unfinished one is for page breaks; a
    // heading marker says the line starts a block of its own.
    const input = 'Punkt 1: Sag\n\nBeslutning\n\nTeksten slutter uden punktum\n\n## øvrige bemærkninger\n\nmere tekst\n';
    expect(sections(input, 0, { format: 'markdown' })).toEqual([
      ['Beslutning', 'decision', ['p:Teksten slutter uden punktum', 'h:øvrige bemærkninger', 'p:mere tekst']],
    ]);
  });

  it('keeps a Markdown heading in lower case after a table row as a heading, not as a cell tail', () => {
    const input = 'Punkt 1: Sag\n\nBeslutning\n\nNavn\tBeløb\nAnne\t3 kr.\n## til orientering\n';
    expect(sections(input, 0, { format: 'markdown' })).toEqual([
      ['Beslutning', 'decision', [[['Navn', 'Beløb'], ['Anne', '3 kr.']], 'h:til orientering']],
    ]);
  });

  it('keeps `[her](#)` links in text and in list items', () => {
    const input = 'Punkt 1: Sag\n\nBilag\n\nLæs mere [her](#) om sagen.\n\n- Se bilaget [her](#)\n';
    for (const format of ['text', 'markdown'] as const) {
      expect(sections(input, 0, { format })).toEqual([
        ['Bilag', 'attachments', ['p:Læs mere [her](#) om sagen.', { ordered: false, items: [['-', 'Se bilaget [her](#)']] }]],
      ]);
    }
  });

  it('unescapes `\\_` and drops `**` in model strings while tokens keep the raw bytes', () => {
    const input = src`
      # **REFERAT Udvalget for Job - 2022-2025 d. 12-06-2024**

      ## **Punkt 1: JAI - Kvartalsbog\\_juni**

      ### **Bilag**

      Kvartalsbog 2024\\_juni1.2

      ### Sagsfremstilling

      Det er **vigtigt** og 5 \\* 3.

      - **Kapitel 1** - Resultat\\_mål

      A\tB\\_C\t**D**

      #### **Kapitel 3 Flygtninge**

      Tekst.
    `;
    const { document } = run(input);
    expect(document.title).toBe('REFERAT Udvalget for Job - 2022-2025 d. 12-06-2024');
    expect(document.items[0]!.title).toBe('JAI - Kvartalsbog_juni');
    expect(sections(input)).toEqual([
      ['Bilag', 'attachments', ['p:Kvartalsbog 2024_juni1.2']],
      ['Sagsfremstilling', 'background', [
        'p:Det er vigtigt og 5 * 3.',
        { ordered: false, items: [['-', 'Kapitel 1 - Resultat_mål']] },
        [['A', 'B_C', 'D']],
        'h:Kapitel 3 Flygtninge',
        'p:Tekst.',
      ]],
    ]);
    const images = tokenize(input).map((t) => t.image);
    expect(images).toContain('**Punkt 1: JAI - Kvartalsbog\\_juni**\n');
    expect(images).toContain('Det er **vigtigt** og 5 \\* 3.\n');
    expect(images).toContain('A\tB\\_C\t**D**\n');
    expect(images.join('')).toBe(input);
  });
});
