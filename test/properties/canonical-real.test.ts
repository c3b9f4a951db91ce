import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from 'referat';

/*
 * Issue 14: the canonical round trip on real documents, the seeds and the corpus, not only on
 * generated trees (canonical.test.ts). A real document's first canonical writing is not the same
 * tree as its parse: the canonical layout normalises what the parse read from the printed
 * layout (wrapped lines, inferred openers, lists written as paragraphs by their source, page
 * artifacts, which canonical mode leaves out). What must hold is that canonical output is
 * canonical: written once, read and written again, it reads back as the same tree (ranges,
 * `layout` and `artifacts` aside).
 */
const files = [
  ...readdirSync('seeds').map((f) => `seeds/${f}`),
  ...readdirSync('test/fixtures/corpus').filter((f) => /^\d.*\.txt$/.test(f)).map((f) => `test/fixtures/corpus/${f}`),
];

/**
 * Where the fixpoint does not hold today, and why (see the report on issue 14):
 * - `items`: items without a number (layout inference opened them from recurring headings or
 *   case numbers) are written `Punkt :`, which no dialect reads as an opener: the item becomes a
 *   paragraph of the preamble. The seeds' layout has no way to write an unnumbered item.
 * - `heading`: a block heading is written `**text**` in Markdown; whether it reads back as a
 *   heading depends on the blocks around it (heading inference), so it flips on the next round.
 * - `toc`: a TOC line whose printed number names no item (`8410 Rønde`, a postcode) keeps the
 *   number in its title; written back it is read as number 8410 again, and the entries reorder.
 * - `header`: a value spread over label lines (`Mødested`, `Tidspunkt` under one another) is
 *   written on one line per field, where the time is read as the start time the next round; or
 *   an empty value (`Fraværende:` with nothing under it, corpus 34) is written as the label
 *   alone, which the next round reads as a heading of the preamble, and the round after as the
 *   label of the preamble paragraph written after it (canonical mode writes the preamble after
 *   the header, though it was printed above it).
 * - `facts`: the committee, date or time read from a line that is no header field (layout
 *   inference reads them from the first lines of the body); canonical mode writes header fields
 *   only, so the next round reads them from other lines, or not at all.
 * - `toc-run`: a TOC whose titles ran together on one line without numbers; the entry that
 *   holds the run is written back as one line without a page, which reads as a paragraph.
 */
const known: Record<string, string> = {
  '03_syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.txt text': 'toc',
  '03_syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.txt markdown': 'toc',
  '05_lemvig-kommunalbestyrelsen-2017-04-xx.txt text': 'facts',
  '05_lemvig-kommunalbestyrelsen-2017-04-xx.txt markdown': 'facts',
  '08_lyngby-taarbaek-kommunalbestyrelsen-2017-12-21.txt text': 'header',
  '08_lyngby-taarbaek-kommunalbestyrelsen-2017-12-21.txt markdown': 'header',
  '09_lyngby-taarbaek-kommunalbestyrelsen-2016-01-21.txt text': 'facts',
  '09_lyngby-taarbaek-kommunalbestyrelsen-2016-01-21.txt markdown': 'facts',
  '10_lejre-oekonomiudvalget-2017-04-18.txt markdown': 'heading',
  '15_stevns-arbejdsmarked-erhverv-kultur-og-turisme-2023-01-04.txt text': 'items',
  '15_stevns-arbejdsmarked-erhverv-kultur-og-turisme-2023-01-04.txt markdown': 'items',
  '28_Hedensted-Kommunalbestyrelsen-2025-06-25.txt text': 'items',
  '28_Hedensted-Kommunalbestyrelsen-2025-06-25.txt markdown': 'items',
  '31_Svendborg-Oekonomiudvalget-2025-03-18.txt text': 'items',
  '31_Svendborg-Oekonomiudvalget-2025-03-18.txt markdown': 'items',
  '32_Aabenraa-Byraadet-2022-11-30.txt text': 'items',
  '32_Aabenraa-Byraadet-2022-11-30.txt markdown': 'items',
  '34_Toender-Kommunalbestyrelsen-2015-06-25.txt text': 'header',
  '34_Toender-Kommunalbestyrelsen-2015-06-25.txt markdown': 'header',
  '38_FaaborgMidtfyn-Kommunalbestyrelsen-2019-11-05.txt text': 'toc-run',
  '38_FaaborgMidtfyn-Kommunalbestyrelsen-2019-11-05.txt markdown': 'toc-run',
};

const tree = (text: string, format: 'text' | 'markdown'): unknown =>
  JSON.parse(
    JSON.stringify(parse(text, { format }).document, (k, v) =>
      ['range', 'headingRange', 'titleRange', 'rules', 'layout', 'artifacts'].includes(k) ? undefined : v,
    ),
  );

describe('canonical output of the seeds and the corpus is a fixpoint', () => {
  for (const file of files) {
    for (const format of ['text', 'markdown'] as const) {
      const name = `${file.split('/').pop()} ${format}`;
      it(name, () => {
        const once = serialize(parse(readFileSync(file, 'utf8')).document, { mode: 'canonical', format });
        const twice = serialize(parse(once, { format }).document, { mode: 'canonical', format });
        if (known[name]) {
          // Fails today for the reason listed above; when it holds, move the file off the list.
          expect(tree(twice, format)).not.toEqual(tree(once, format));
        } else {
          expect(tree(twice, format)).toEqual(tree(once, format));
        }
      });
    }
  }
});
