/**
 * Matching a parsed document against `test/fixtures/corpus/facts.json`: which of the listed
 * agenda items the parse found, with which case numbers, and what it found that facts does not
 * list. Used by `test/corpus/corpus.test.ts` and `test/corpus/report.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Item, Referat } from 'referat';

/** One agenda item as `facts.json` lists it. Numbers are strings as printed (`"001"`). */
export interface FactItem {
  number: string | null;
  title: string | null;
  caseNumber: string | null;
}

/** What `facts.json` states about one corpus file. */
export interface FileFacts {
  file: string;
  municipality: string;
  committee: string;
  date: string | null;
  kind: 'referat' | 'dagsorden';
  /** The file holds every open item of the meeting (not an excerpt). */
  complete: boolean;
  items: FactItem[];
}

/** How one listed item fared. */
export interface ItemMatch {
  fact: FactItem;
  /** The parsed item matched to this fact, or null when none was found. */
  item: Item | null;
  /** Facts lists a case number and the matched item has the same one. */
  caseNumberFound: boolean;
}

/** A parsed item that carries a number facts lists, but a title that does not match it. */
export interface WrongItem {
  item: Item;
  fact: FactItem;
}

export interface FieldMatch {
  expected: string | null;
  found: string | null;
  ok: boolean;
}

export interface FactsMatch {
  matches: ItemMatch[];
  /** Listed items. */
  listed: number;
  /** Listed items found. */
  found: number;
  /** Listed items that have a case number in facts. */
  caseNumbersListed: number;
  /** … and whose matched item carries that case number. */
  caseNumbersFound: number;
  /** Matched items whose case number differs from the one facts lists. */
  wrongCaseNumbers: { item: Item; fact: FactItem }[];
  /** Parsed items matched to no listed item (only meaningful for files marked complete). */
  extras: Item[];
  /** Parsed items whose number facts lists but whose title does not match that listing. */
  wrongItems: WrongItem[];
  committee: FieldMatch;
  date: FieldMatch;
}

/** Lower case, letters and digits only, single spaces: `"KL's  opfølgning-"` → `"kl s opfølgning"`. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const tokens = (text: string) => {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
};

/**
 * Does a parsed title match the title facts lists? After {@link normalise}, the titles match
 * when they are equal or one is a word-wise prefix of the other (at least the first three words
 * of the facts title, or all of it when it is shorter). Pure-number words in the parsed title may
 * be skipped: facts' titles for file 08 were reassembled from a table of contents where item and
 * page numbers sit inside the wrapped titles (`… Fribad 5 18 (Beslutning)`, `VVM- 13 35
 * redegørelse`), and punctuation already counts as a space, so `VVM-redegørelse` lines up with
 * `VVM- 13 35 redegørelse`.
 */
export function titlesMatch(factTitle: string, foundTitle: string): boolean {
  const f = tokens(factTitle);
  const g = tokens(foundTitle);
  if (f.length === 0 || g.length === 0) return false;
  const minPrefix = Math.min(f.length, 3);
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === f.length) return true; // facts title consumed: equal, or a prefix of the parsed one
    if (j === g.length) return i >= minPrefix; // parsed title is a prefix of the facts title
    const key = i * (g.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = (f[i] === g[j] && go(i + 1, j + 1)) || (/^\d+$/.test(g[j]!) && go(i, j + 1));
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** `"001"` → 1; null for a missing or non-numeric number. */
export function factNumber(fact: FactItem): number | null {
  if (fact.number === null || !/^\d+$/.test(fact.number.trim())) return null;
  return Number.parseInt(fact.number, 10);
}

const sameCaseNumber = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** The committee facts states, and the names it gives in or outside parentheses (`ØU (Økonomiudvalget)`). */
function committeeNames(committee: string): string[] {
  const names = [committee];
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(committee);
  if (m) names.push(m[1]!, m[2]!);
  return names.map(normalise).filter((n) => n !== '');
}

/**
 * Matches a parsed document against the facts for its file. Each listed item is matched to at
 * most one parsed item and each parsed item to at most one listed item:
 *
 * 1. a listed item with a number matches a parsed item with the same number (compared as
 *    integers, `001` = 1) whose title {@link titlesMatch | matches};
 * 2. a listed item whose number is null matches by title only;
 * 3. a listed item with neither number nor title (file 15, where the stored text lost them)
 *    matches, in document order, a remaining parsed item whose number is null: the only thing
 *    facts states about it is that an item block is there.
 */
export function matchFacts(document: Referat, facts: FileFacts): FactsMatch {
  const claimed = new Set<Item>();
  const matched = new Map<FactItem, Item>();
  const take = (fact: FactItem, test: (item: Item) => boolean) => {
    const item = document.items.find((it) => !claimed.has(it) && test(it));
    if (item) {
      claimed.add(item);
      matched.set(fact, item);
    }
  };
  for (const fact of facts.items) {
    const n = factNumber(fact);
    if (n !== null && fact.title !== null) take(fact, (it) => it.number === n && titlesMatch(fact.title!, it.title));
  }
  for (const fact of facts.items) {
    if (fact.number === null && fact.title !== null) take(fact, (it) => titlesMatch(fact.title!, it.title));
  }
  for (const fact of facts.items) {
    if (fact.number === null && fact.title === null) take(fact, (it) => it.number === null);
  }

  const matches: ItemMatch[] = facts.items.map((fact) => {
    const item = matched.get(fact) ?? null;
    const raw = item?.caseNumber?.raw;
    return {
      fact,
      item,
      caseNumberFound: fact.caseNumber !== null && raw !== undefined && sameCaseNumber(raw, fact.caseNumber),
    };
  });

  const wrongItems: WrongItem[] = [];
  for (const item of document.items) {
    if (item.number === null || claimed.has(item)) continue;
    const fact = facts.items.find((f) => factNumber(f) === item.number && f.title !== null);
    if (fact && !titlesMatch(fact.title!, item.title)) wrongItems.push({ item, fact });
  }

  const committeeOk =
    document.committee !== null && committeeNames(facts.committee).includes(normalise(document.committee));
  return {
    matches,
    listed: facts.items.length,
    found: matches.filter((m) => m.item).length,
    caseNumbersListed: facts.items.filter((f) => f.caseNumber !== null).length,
    caseNumbersFound: matches.filter((m) => m.caseNumberFound).length,
    wrongCaseNumbers: matches
      .filter((m) => m.item?.caseNumber && m.fact.caseNumber !== null && !m.caseNumberFound)
      .map((m) => ({ item: m.item!, fact: m.fact })),
    extras: document.items.filter((it) => !claimed.has(it)),
    wrongItems,
    committee: { expected: facts.committee, found: document.committee, ok: committeeOk },
    date: { expected: facts.date, found: document.date, ok: document.date === facts.date },
  };
}

/** Where the corpus lives. */
export const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url);

/** The corpus file names, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** A corpus file's text. */
export function readCorpusFile(file: string): string {
  return readFileSync(new URL(file, CORPUS_DIR), 'utf8');
}

/** `facts.json`, keyed by file name. */
export function loadFacts(): Map<string, FileFacts> {
  const list = JSON.parse(readFileSync(new URL('facts.json', CORPUS_DIR), 'utf8')) as FileFacts[];
  return new Map(list.map((f) => [f.file, f]));
}
