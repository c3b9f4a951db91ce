import type { Attendance, Person, Substitute } from '../model/decision.js';
import type { Range } from '../model/range.js';
import type { Vocabulary } from '../dialect/vocabulary.js';
import { escapeRegExp } from '../lexer/patterns.js';
import { type PrintedName, nameKey, splitNames } from './names.js';

/** A line of text from a decision's blocks, with the range it came from. */
export interface TextEntry {
  text: string;
  range: Range;
}

/*
 * Attendance statements as the seeds print them after a decision:
 *   Fraværende: Leo Jørgensen          Fraværende:⏎Ib Poulsen (O)       Afbud: A (F) og B (I)
 *   A og B deltog ikke i sagens behandling.
 *   Gitte Kjær-Westermann (B) var fraværende. I stedet deltog Cecilie Lindahl (B).
 *   Ole Sylvester deltog som suppleant (for X).
 */
const SUBSTITUTE_FOR = /^\s+(?:i stedet\s+)?for\s+/i;

/** The dialect's attendance words (`Vocabulary['attendance']`). */
export type AttendanceWords = Vocabulary['attendance'];

interface Patterns {
  label: RegExp;
  absent: RegExp[];
  substitute: RegExp;
  instead: RegExp;
  /** Any of the phrases: a sentence without one is not read at all. */
  any: RegExp;
}

const compiled = new WeakMap<AttendanceWords, Patterns>();

/** A phrase as a pattern: its words with any run of spaces between them. */
const words = (p: string) => p.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
const anyOf = (list: readonly string[]) => (list.length ? list.map(words).join('|') : '(?!)');

function patterns(w: AttendanceWords): Patterns {
  let p = compiled.get(w);
  if (!p) {
    p = {
      label: new RegExp(`^(?:${anyOf(w.absentLabels)})\\s*:\\s*(.*)$`, 'i'),
      absent: w.absentPhrases.map((phrase) => new RegExp(`(?<!\\s)\\s+${words(phrase)}(?![\\p{L}])`, 'iu')),
      substitute: new RegExp(`(?<!\\s)\\s+(?:${anyOf(w.substitutePhrases)})(?![\\p{L}])`, 'iu'),
      instead: new RegExp(`^(?:${anyOf(w.insteadPhrases)})\\s+`, 'i'),
      any: new RegExp(anyOf([...w.absentPhrases, ...w.substitutePhrases, ...w.insteadPhrases]), 'i'),
    };
    compiled.set(w, p);
  }
  return p;
}
const MAX_SENTENCE = 300;

/**
 * Reads the attendance statements among `entries` (a decision's lines, in order). Returns the
 * attendance and the indices of the entries that hold nothing else, which the decision's text
 * leaves out. Names must look like names (capitalised words), so running text that happens to
 * say `deltog ikke` is not taken for an absence.
 */
export function readAttendance(entries: readonly TextEntry[], words: AttendanceWords): { attendance: Attendance; used: Set<number> } {
  const { label: LABEL, absent: ABSENT, substitute: SUBSTITUTE, instead: INSTEAD, any } = patterns(words);
  const attendance: Attendance = { absent: [], substitutes: [] };
  const used = new Set<number>();
  const person = (n: PrintedName, range: Range): Person => ({
    type: 'person',
    name: n.name,
    party: n.party,
    participant: null,
    fuzzy: false,
    range,
  });
  const substitute = (n: PrintedName, forName: string | null, range: Range): Substitute => ({
    type: 'substitute',
    name: n.name,
    party: n.party,
    for: forName,
    range,
  });

  for (let i = 0; i < entries.length; i++) {
    const { text, range } = entries[i]!;
    const label = LABEL.exec(text.trim());
    if (label) {
      // `Fraværende: A og B`, or `Fraværende:` with the names on the next line.
      const rest = label[1]!.trim();
      const onNext = !rest && i + 1 < entries.length ? names(entries[i + 1]!.text) : null;
      const list = onNext ?? names(rest);
      if (list) {
        const at = onNext ? entries[i + 1]!.range : range;
        for (const n of list) attendance.absent.push(person(n, at));
        used.add(i);
        if (onNext) used.add(++i);
      }
      continue;
    }
    // No attendance phrase anywhere in the entry: none in any of its sentences either.
    if (!any.test(text)) {
      if (!text.trim()) used.add(i);
      continue;
    }
    let all = true;
    let lastAbsent: string | null = null;
    for (const sentence of sentences(text).flatMap(clauses)) {
      const s = sentence.replace(/\.$/, '');
      if (s.length > MAX_SENTENCE || !any.test(s)) {
        all = false;
        continue;
      }
      // Read in order of precedence, each only when the ones before it named no one.
      const instead = INSTEAD.exec(s);
      const insteadNames = instead ? names(s.slice(instead[0].length)) : null;
      const sub = insteadNames ? null : SUBSTITUTE.exec(s);
      const subNames = sub ? names(s.slice(0, sub.index)) : null;
      const absentNames = insteadNames || subNames ? null : firstAbsent(ABSENT, s);
      if (insteadNames) {
        for (const n of insteadNames) attendance.substitutes.push(substitute(n, lastAbsent, range));
      } else if (subNames) {
        const rest = s.slice(sub!.index + sub![0].length);
        const forMatch = SUBSTITUTE_FOR.exec(rest);
        // `A havde meldt afbud, og B deltog i stedet`: without a `for`, B stood in for A.
        const replaced = forMatch ? leadingName(rest.slice(forMatch[0].length)) : lastAbsent;
        for (const n of subNames) attendance.substitutes.push(substitute(n, replaced, range));
      } else if (absentNames) {
        for (const n of absentNames) attendance.absent.push(person(n, range));
        lastAbsent = absentNames[0]!.name;
      } else all = false;
    }
    if (all) used.add(i);
  }
  attendance.absent = dedupe(attendance.absent);
  return { attendance, used };
}

/** The names before the first absence phrase of a sentence that has names before it. */
function firstAbsent(phrases: readonly RegExp[], s: string): PrintedName[] | null {
  for (const re of phrases) {
    const m = re.exec(s);
    const list = m ? names(s.slice(0, m.index)) : null;
    if (list) return list;
  }
  return null;
}

/** `A havde meldt afbud, og B deltog i stedet`: the clauses of a sentence, each read alone. */
function clauses(sentence: string): string[] {
  return sentence.split(/,\s+og\s+(?=[A-ZÆØÅ])|;\s+/);
}

/** One entry per person (`Afbud: Birgitte Schytte (C)` and `Afbud: Birgitte Schytte`), the one with a party kept. */
function dedupe(people: Person[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const p of people) {
    const key = nameKey(p.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, p);
    else if (!seen.party && p.party) seen.party = p.party;
  }
  return [...byKey.values()];
}

/**
 * Sentences of a paragraph: split after `.`, `!` or `?` before a capital letter, but not after
 * an initial (`Connie B. Jensen`).
 */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!(?:^|[\s(])[A-ZÆØÅ]\.)\s+(?=[A-ZÆØÅ])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The names listed in `text`, or null unless all of them look like names. */
function names(text: string): PrintedName[] | null {
  const list = splitNames(stripTitle(text));
  return list.length && list.every(looksLikeName) ? list : null;
}

/** `Formand Anne Holm` → `Anne Holm`: a title before a name is not part of it. */
function stripTitle(text: string): string {
  return text.replace(/^\s*(?:formand(?:en)?|næstformand(?:en)?|borgmester(?:en)?|viceborgmester|rådmand|medlem(?:met)?)\s+(?=[A-ZÆØÅ])/i, '');
}

/** The capitalised words at the start of `text` (`Nina Nielsen (V) under punkt 3` → `Nina Nielsen`). */
function leadingName(text: string): string | null {
  const m = /^(?:[A-ZÆØÅ][\p{L}'’.-]*\s*){1,6}/u.exec(text.slice(0, 200));
  return m ? m[0].trim() : null;
}

/** Words that make a capitalised phrase an organisation, not a person (`Lemvig Kommune`, `Region Midtjylland`). */
const NOT_A_PERSON = /^(?:kommune[ns]?|region\w*|sagen|staten|\p{L}*(?:udvalg|udvalget|rådet|råd|nævnet|bestyrelsen|forening|foreningen|center|centeret|direktionen|forvaltningen|administrationen))$/iu;

/**
 * `Ib Poulsen (O)`, `Anne-Marie Lodahl`: two to six capitalised words, or one with a party
 * letter (so `Borgerne deltog ikke` is not an absence).
 */
function looksLikeName(n: PrintedName): boolean {
  const words = n.name.split(' ');
  if (words.length > 6 || (words.length < 2 && !n.party)) return false;
  if (NOT_A_PERSON.test(words[words.length - 1]!) || NOT_A_PERSON.test(words[0]!)) return false;
  return words.every((w) => /^[A-ZÆØÅ][\p{L}'’.-]*$/u.test(w) || /^(?:von|van|de|la)$/.test(w));
}
