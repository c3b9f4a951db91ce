/**
 * Names as minutes print them in attendance and vote lines: `Peter Sørensen, Peter Uno Andersen
 * og Morten Bo Bertelsen`, `Claus Jørgensen (F) og Klaus Kristiansen (I)`.
 */

import { commonPairs, letterPairs } from '../text/letter-pairs.js';
import { isSpace, trimEndOf } from '../text/plain.js';

/** A printed name with the party letter that follows it, if any. */
export interface PrintedName {
  name: string;
  party: string | null;
}

/**
 * Splits a list of names on commas and `og`, reading a party in parentheses after each name.
 * A comma inside parentheses does not split.
 */
export function splitNames(text: string): PrintedName[] {
  const out: PrintedName[] = [];
  let depth = 0;
  let start = 0;
  const emit = (end: number) => {
    const part = text.slice(start, end).trim();
    if (part) out.push(readName(part));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) depth = Math.max(0, depth - 1); // )
    else if (depth > 0) continue;
    else if (c === 44) {
      // ,
      emit(i);
      start = i + 1;
    } else if (isSpace(c)) {
      const after = ogAt(text, i);
      if (after < 0) continue;
      emit(i);
      start = after;
      i = start - 1;
    }
  }
  emit(text.length);
  return out.filter((n) => n.name);
}

/**
 * Where the names go on after ` og ` at `i` (a space there): as `/^\s+og\s/` tests the five
 * characters from `i` (one or two spaces, `og`, a space) and `/^\s+og\s+/` then skips the
 * spaces after `og`; -1 when no ` og ` starts at `i`.
 */
function ogAt(text: string, i: number): number {
  let j = i + 1;
  if (isSpace(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 111 || text.charCodeAt(j + 1) !== 103 || !isSpace(text.charCodeAt(j + 2))) return -1; // og
  j += 3;
  while (isSpace(text.charCodeAt(j))) j++;
  return j;
}

/**
 * `Ib Poulsen (O)` → `{ name: 'Ib Poulsen', party: 'O' }`; trailing punctuation dropped. Only
 * one to three capital letters in parentheses are a party (`Bo Berg (syg)` has none); empty
 * parentheses (`Torben Aas ()`, a party left blank by rksk.dk's module) are dropped.
 */
export function readName(text: string): PrintedName {
  const m = /^(.*)\(([^()]{0,12})\)[\s.,;:]*$/.exec(text);
  const party = m && /^[A-ZÆØÅ]{1,3}$/.test(m[2]!.trim()) ? m[2]!.trim() : null;
  const spaced = (m ? m[1]! : text).replace(/\s+/g, ' ').trim();
  const name = trimEndOf(spaced, '.,;:').trim();
  return { name, party };
}

/** Lower case, accents and Danish letters folded, single spaces: for comparing spellings. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = foldName(name);
    // Names repeat (participants, absences in every item): a bounded memo.
    if (nameKeys.size >= MEMO_SIZE) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const MEMO_SIZE = 4096;
const nameKeys = new Map<string, string>();

/** Empties the {@link nameKey} memo, for the reason `forgetLookupKeys` gives; `parse` calls it when it is done. */
export function forgetNameKeys(): void {
  nameKeys.clear();
}

function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/å/g, 'aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Finds the participant a printed name refers to; see {@link nameLinker}. */
export type Linker = (name: string) => { participant: string; fuzzy: boolean } | null;

/**
 * Links printed names to the meeting's participants: an exact match (same {@link nameKey}),
 * else the one fuzzy match there is: same first and last name (`Thomas Helland` / `Thomas Olav
 * Rask Helland`), or spellings at least 80 % alike (`Damgaard` / `Damsgård`). Null when none or
 * ambiguous. Fuzzy matching compares with every participant, so it is left out for lists longer
 * than a committee's (over 200 names) and after 1,000 lookups, which keeps odd inputs linear.
 */
export function nameLinker(participants: readonly string[], pairsOf: PairsCache = new Map()): Linker {
  const exact = new Map<string, string>();
  for (const p of participants) if (!exact.has(nameKey(p))) exact.set(nameKey(p), p);
  const keyed = participants.length <= 200 ? participants.map((p) => [p, nameKey(p)] as const) : [];
  let fuzzyLookups = 0;
  return (name) => {
    const key = nameKey(name);
    const found = exact.get(key);
    if (found) return { participant: found, fuzzy: false };
    // A document names a few dozen people; past that, odd input, and only exact matches count.
    if (++fuzzyLookups > 1000) return null;
    let own: Map<number, number> | undefined;
    let match: string | null = null;
    for (const [participant, other] of keyed) {
      if (!sameEnds(key, other)) {
        if (Math.abs(key.length - other.length) > key.length / 2) continue; // Dice < 0.8 anyway
        let b = pairsOf.get(other);
        if (!b) pairsOf.set(other, (b = letterPairs(other)));
        own ??= letterPairs(key);
        if (dice(key, own, other, b) < 0.8) continue;
      }
      if (match !== null) return null; // ambiguous
      match = participant;
    }
    return match === null ? null : { participant: match, fuzzy: true };
  };
}

/** The letter pairs of name keys (see `pairs`), kept by whoever links many names against the same ones. */
export type PairsCache = Map<string, Map<number, number>>;

/** Whether two name keys have two words or more each, and the same first and the same last one. */
function sameEnds(a: string, b: string): boolean {
  const a0 = a.indexOf(' ');
  if (a0 < 0 || a0 !== b.indexOf(' ') || !sameRun(a, 0, b, 0, a0)) return false;
  const a1 = a.lastIndexOf(' ') + 1;
  const b1 = b.lastIndexOf(' ') + 1;
  return a.length - a1 === b.length - b1 && sameRun(a, a1, b, b1, a.length - a1);
}

/** Whether `a` from `i` and `b` from `j` hold the same `n` characters (compared in place). */
function sameRun(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** Dice similarity of two strings' letter pairs (0–1). */
function dice(a: string, pa: Map<number, number>, b: string, pb: Map<number, number>): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  return (2 * commonPairs(pa, pb)) / (a.length + b.length - 2);
}
