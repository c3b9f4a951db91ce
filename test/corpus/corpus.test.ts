import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';
import { CORPUS_DIR, type FactsMatch, corpusFiles, loadFacts, matchFacts, readCorpusFile } from './match.js';

/**
 * The minimum number of the items `facts.json` lists that the parse must find in each file (see
 * `matchFacts` in `./match.ts`), set to what the engine achieves now. Raise a number when the
 * engine finds more; the comment names the layout feature that decides it and how many of the
 * listed items the layout allows finding as items (items that exist only as TOC rows do not count).
 */
const EXPECTED_FOUND: Record<string, number> = {
  // Items open with `N.   Title` (3 spaces) after a form-feed page header; item 6's title wraps onto an indented line. Allows 8/8.
  '01_ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.txt': 8,
  // Items open with flush-left `N. Title`; running-header lines sit mid-text, TOC rows `N. Title page` look alike. Allows 8/8.
  '02_ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.txt': 8,
  // The item opens with the running number `715. Title`, then `Sagsnr.: 12/27845`. Allows 1/1.
  '03_syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.txt': 1,
  // As 03 in layout mode; the TOC row `715.   Title ....2` repeats the opener. Allows 1/1.
  '04_syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.txt': 1,
  // Only item 1 has a body (` 1                  Title`); items 2–16 are only TOC rows `  åbent N Title` (excerpt cut). Allows 1/16.
  '05_lemvig-kommunalbestyrelsen-2017-04-xx.txt': 1,
  // The item opens with the running number `100. Title`, followed by an `Udskriv` line. Allows 1/1.
  '06_thisted-kommunalbestyrelsen-2020-06-23.txt': 1,
  // Items open with `N. Title` and are separated by `Til toppen`. Allows 2/2.
  '07_thisted-oekonomiudvalget-2021-01-20.txt': 2,
  // TOC flattened into one paragraph (numbers inside titles) and the excerpt ends in it; layout does not allow. 0/17.
  '08_lyngby-taarbaek-kommunalbestyrelsen-2017-12-21.txt': 0,
  // Flattened TOC `1. Title 2. Title …` in one paragraph, cut before any item body; layout does not allow. 0/17.
  '09_lyngby-taarbaek-kommunalbestyrelsen-2016-01-21.txt': 0,
  // Items 1–2 open mid-paragraph (`3 Side 1 1. ØU - Title Sagsnr.: …`, one paragraph per PDF page); 3–22 only in the flattened TOC. Allows 2/22.
  '10_lejre-oekonomiudvalget-2017-04-18.txt': 0,
  // The item opens with `1: Title` after a `Kopier link til punktet  -   Print` line. Allows 1/1.
  '11_ringkoebing-skjern-byraadet-2019-05-21.txt': 1,
  // Items 1–2 open with `N : Title`; the other 10 are only in the unnumbered `- Title` TOC list (excerpt cut). Allows 2/12.
  '12_ringkoebing-skjern-erhvervs-klima-og-arbejdskraftudvalget-2025-10-27.txt': 2,
  // Items open with `N.   Title` (3 spaces), `Til toppen` between them. Allows 2/2.
  '13_koege-klima-og-planudvalget-2020-01-09.txt': 2,
  // Items are bullets ` • 209. Title` with a running number. Allows 3/3.
  '14_stevns-oekonomiudvalget-2020-01-29.txt': 3,
  // No item numbers or titles survive; the three blocks show only as repeated `Resume` … `Beslutning` runs. Allows 3/3 untitled.
  '15_stevns-arbejdsmarked-erhverv-kultur-og-turisme-2023-01-04.txt': 0,
  // The title line comes before the number line (`Spørgetid` / `Sag nr. 129`). Allows 2/2.
  '16_roedovre-kommunalbestyrelsen-2019-09-24.txt': 0,
  // Items are labelled fields `Punktnummer: N` / `Navn: Title` / `SagsNummer: 25/26257`. Allows 3/3.
  '17_hvidovre-oekonomiudvalget-2026-05-18.txt': 0,
  // Items open with `N. Title`; the decision heading is `Beslutning i Kommunalbestyrelsen den 28-10-2014`. Allows 3/3.
  '18_hvidovre-kommunalbestyrelsen-2014-10-28.txt': 3,
  // The number is glued to the title (`228Godkendelse af dagsorden`). Allows 2/2.
  '19_frederikssund-oekonomiudvalget-2025-12-10.txt': 2,
  // Item 342 is only in the flattened TOC paragraph (`Sag nr. Side 342. Title Title …`), which the excerpt ends in. 0/1.
  '20_haderslev-byraadet-2008-03-27.txt': 0,
  // Item 001 opens mid-paragraph (`4 001. Title Sagsnr.: 07/20254 …`, one paragraph per PDF page). Allows 1/1.
  '21_vesthimmerland-kultur-og-fritidsudvalget-2009-03-05.txt': 0,
};

const files = corpusFiles();
const facts = loadFacts();
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('corpus fixtures', () => {
  it('holds the documents, their gold, facts.json, GOLD.md and SOURCES.md byte for byte', () => {
    expect(files).toHaveLength(41);
    const shared = new URL('../../../shared/corpus/', import.meta.url);
    const list = (dir: URL, sub = ''): string[] =>
      readdirSync(new URL(sub, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? list(dir, `${sub}${e.name}/`) : [`${sub}${e.name}`],
      );
    const own = list(CORPUS_DIR).sort();
    expect(own).toContain('GOLD.md');
    expect(own.filter((f) => f.startsWith('gold/'))).toHaveLength(41);
    if (!existsSync(shared)) return;
    expect(list(shared).sort()).toEqual(own);
    for (const f of own) {
      expect(sha256(readFileSync(new URL(f, CORPUS_DIR))), f).toBe(sha256(readFileSync(new URL(f, shared))));
    }
  });

  it('facts.json describes the first 21 documents', () => {
    expect([...facts.keys()].sort()).toEqual(files.slice(0, 21));
  });

  it('EXPECTED_FOUND has a count for every file facts.json describes, at most the number it lists', () => {
    expect(Object.keys(EXPECTED_FOUND).sort()).toEqual([...facts.keys()].sort());
    for (const f of facts.keys()) expect(EXPECTED_FOUND[f], f).toBeLessThanOrEqual(facts.get(f)!.items.length);
  });
});

for (const file of files) {
  describe(file, () => {
    const input = readCorpusFile(file);
    let cached: ParseResult | undefined;
    const result = () => (cached ??= parse(input));
    let cachedMatch: FactsMatch | undefined;
    const fact = facts.get(file);
    const match = () => (cachedMatch ??= matchFacts(result().document, fact!));

    it('parses without throwing', () => {
      expect(() => result()).not.toThrow();
    });

    it('keeps the invariants', () => {
      expectInvariants(input, result());
    });

    if (!fact) return; // documents 22–41 have gold only (test/corpus/gold.test.ts)

    it('gives a number facts lists only to an item whose title matches the listing', () => {
      const wrong = match().wrongItems.map(
        (w) => `item ${w.item.number} at line ${w.item.headingRange.start.line} is ${JSON.stringify(w.item.title)}, facts: ${JSON.stringify(w.fact.title)}`,
      );
      expect(wrong).toEqual([]);
    });

    it('puts no other case number than facts lists on a matched item', () => {
      const wrong = match().wrongCaseNumbers.map((w) => `item ${w.item.number}: ${w.item.caseNumber!.raw}, facts: ${w.fact.caseNumber}`);
      expect(wrong).toEqual([]);
    });

    it('states no committee or date that differs from facts (null where it cannot tell)', () => {
      const { committee, date } = match();
      if (committee.found !== null) expect(committee.ok, `committee ${committee.found}`).toBe(true);
      if (date.found !== null && date.expected !== null) expect(date.found).toBe(date.expected);
    });

    it(`finds at least ${EXPECTED_FOUND[file]} of the ${fact.items.length} listed items`, () => {
      const m = match();
      const found = m.matches.filter((x) => x.item).map((x) => x.fact.number ?? x.fact.title ?? '(untitled)');
      expect(m.found, `found: ${found.join(', ') || 'none'}`).toBeGreaterThanOrEqual(EXPECTED_FOUND[file]!);
    });
  });
}
