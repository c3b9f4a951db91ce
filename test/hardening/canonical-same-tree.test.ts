import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from 'referat';

/*
 * Issue 14: "Canonical mode does not give the same tree back for real documents (seeds 000 and
 * 003 as text, three seeds as Markdown …: a list comes back as a paragraph)". The merged work
 * tests that canonical output is a fixpoint (canonical-real.test.ts); this tests the row itself:
 * a seed read, written canonically and read again gives the tree it was read as, every seed in
 * both formats.
 */
const tree = (text: string, format?: 'text' | 'markdown'): unknown =>
  JSON.parse(
    JSON.stringify(parse(text, format ? { format } : undefined).document, (k, v) =>
      ['range', 'headingRange', 'titleRange', 'rules', 'layout', 'artifacts'].includes(k) ? undefined : v,
    ),
  );

describe('a seed written canonically reads back as the tree it was read as', () => {
  for (const file of readdirSync('seeds').sort()) {
    for (const format of ['text', 'markdown'] as const) {
      it(`${file.slice(0, 3)} ${format}`, () => {
        const text = readFileSync(`seeds/${file}`, 'utf8');
        const once = serialize(parse(text).document, { mode: 'canonical', format });
        expect(tree(once, format)).toEqual(tree(text));
      });
    }
  }
});

describe('the layouts canonical mode writes for them', () => {
  it.each(['text', 'markdown'] as const)('lines printed one under another, a paragraph each (seed 003’s dated stops), in %s: each stays a paragraph, none a heading', (format) => {
    const item = (n: number, stops: string[]) => `Punkt ${n}: Sag ${n}\n\nSagsfremstilling\n\nTekst om sagen.\n\nSagens gang\n\n${stops.join('\n')}\n\nBeslutning\n\nGodkendt.\n`;
    const input = [
      item(1, ['Direktionen den 2. april 2025', 'Vejudvalget den 8. april 2025', 'Byrådet den 29. april 2025']),
      item(2, ['Direktionen den 2. april 2025', 'Vejudvalget den 8. april 2025', 'Havnerådet den 15. april 2025', 'Byrådet den 29. april 2025']),
    ].join('\n');
    const once = serialize(parse(input).document, { mode: 'canonical', format });
    // Written a paragraph each, between blank lines, where a recurring line looks like a heading.
    expect(once).toContain('Direktionen den 2. april 2025\n\nVejudvalget den 8. april 2025\n\n');
    expect(tree(once, format)).toEqual(tree(input));
    expect(parse(once, { format }).document.items.map((i) => i.sections.map((s) => s.heading))).toEqual([
      ['Sagsfremstilling', 'Sagens gang', 'Beslutning'],
      ['Sagsfremstilling', 'Sagens gang', 'Beslutning'],
    ]);
  });

  it('a list numbered with bare numbers (seed 000’s decisions): each number alone on its line, the text below', () => {
    const input = 'Punkt 1: Orientering\n\nBeslutning\n\n1\n\nDeltagere fra Handicaprådet deltog i dialogforum.\n\n2\n\nAnne-Marie Lodahl orienterede om tilbuddet.\n';
    const { document } = parse(input);
    const out = serialize(document, { mode: 'canonical' });
    expect(out).toContain('Beslutning\n\n1\n\nDeltagere fra Handicaprådet deltog i dialogforum.\n\n2\n\nAnne-Marie Lodahl orienterede om tilbuddet.');
    const list = parse(out).document.items[0]!.sections[0]!.blocks[0]!;
    expect(list.type === 'list' && list.items.map((i) => [i.marker, i.text])).toEqual([
      ['1', 'Deltagere fra Handicaprådet deltog i dialogforum.'],
      ['2', 'Anne-Marie Lodahl orienterede om tilbuddet.'],
    ]);
    // Markers with a point stay on the line of their text.
    const dotted = parse('Punkt 1: A\n\nSagstema\n\n1. Orientering fra formanden.\n2. Orientering fra medlemmerne.\n').document;
    expect(serialize(dotted, { mode: 'canonical' })).toContain('Sagstema\n\n1. Orientering fra formanden.\n2. Orientering fra medlemmerne.');
  });

  it('a section heading ending in a comma (`… indstiller,`) is written in Markdown without emphasis, so it reads back as one', () => {
    const input = 'Punkt 1: Ledelsesrapportering\n\nAndre konsekvenser\n\nIngen.\n\nDirektøren for Social/Sundhed og Arbejdsmarked indstiller,\n\n- At ledelsesrapporteringen godkendes.\n';
    const { document } = parse(input);
    expect(document.items[0]!.sections.map((s) => s.heading)).toEqual(['Andre konsekvenser', 'Direktøren for Social/Sundhed og Arbejdsmarked indstiller,']);
    const md = serialize(document, { mode: 'canonical', format: 'markdown' });
    expect(md).toContain('### Direktøren for Social/Sundhed og Arbejdsmarked indstiller,\n');
    expect(md).toContain('### **Andre konsekvenser**');
    expect(tree(md, 'markdown')).toEqual(tree(input));
  });
});
