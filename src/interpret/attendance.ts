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
  /** An absent lead at the start of a sentence (`Afbud fra `). */
  lead: RegExp;
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
      // (`Fraværende- Anne Holm ()`: rksk.dk's agenda module prints a dash for the colon.)
      label: new RegExp(`^(?:${anyOf(w.absentLabels)})\\s*[:\\-–]\\s*(.*)$`, 'i'),
      absent: w.absentPhrases.map((phrase) => new RegExp(`(?<!\\s)\\s+${words(phrase)}(?![\\p{L}])`, 'iu')),
      lead: new RegExp(`^(?:${anyOf(w.absentLeads ?? [])})\\s+`, 'i'),
      substitute: new RegExp(`(?<!\\s)\\s+(?:${anyOf(w.substitutePhrases)})(?![\\p{L}])`, 'iu'),
      instead: new RegExp(`^(?:${anyOf(w.insteadPhrases)})\\s+`, 'i'),
      any: new RegExp(anyOf([...w.absentPhrases, ...(w.absentLeads ?? []), ...w.substitutePhrases, ...w.insteadPhrases]), 'i'),
    };
    compiled.set(w, p);
  }
  return p;
}
const MAX_SENTENCE = 300;

/** What the sentences of one entry state (see {@link readStatements}). */
interface Statements {
  absent: PrintedName[];
  substitutes: { name: PrintedName; for: string | null }[];
  /** Whether every sentence is such a statement, so the entry holds nothing else. */
  all: boolean;
}

/**
 * Readings already made in one document, by text: the same attendance lines recur from item to
 * item (`Lone Pilgaard Sørensen deltog ikke i sagens behandling.`), and each is read once.
 */
export interface AttendanceMemo {
  statements: Map<string, Statements>;
  names: Map<string, PrintedName[] | null>;
}

/** An empty {@link AttendanceMemo}, for one document. */
export function attendanceMemo(): AttendanceMemo {
  return { statements: new Map(), names: new Map() };
}

/**
 * Reads the attendance statements among `entries` (a decision's lines, in order). Returns the
 * attendance and the indices of the entries that hold nothing else, which the decision's text
 * leaves out. Names must look like names (capitalised words), so running text that happens to
 * say `deltog ikke` is not taken for an absence. `memo` keeps readings for the next decisions
 * of the same document.
 */
export function readAttendance(
  entries: readonly TextEntry[],
  words: AttendanceWords,
  memo: AttendanceMemo = attendanceMemo(),
): { attendance: Attendance; used: ReadonlySet<number> } {
  const p = patterns(words);
  const attendance: Attendance = { absent: [], substitutes: [] };
  // Made when an entry is used (most decisions state no attendance).
  let used: Set<number> | null = null;
  for (let i = 0; i < entries.length; i++) {
    const { text, range } = entries[i]!;
    const label = p.label.exec(text.trim());
    if (label) {
      // `Fraværende: A og B`, or `Fraværende:` with the names on the next line.
      const rest = label[1]!.trim();
      const onNext = !rest && i + 1 < entries.length ? memoNames(entries[i + 1]!.text, memo) : null;
      const list = onNext ?? memoNames(rest, memo);
      if (list) {
        const at = onNext ? entries[i + 1]!.range : range;
        for (const n of list) attendance.absent.push(person(n, at));
        (used ??= new Set()).add(i);
        if (onNext) used.add(++i);
      }
      continue;
    }
    // No attendance phrase anywhere in the entry: none in any of its sentences either.
    if (!p.any.test(text)) {
      if (!text.trim()) (used ??= new Set()).add(i);
      continue;
    }
    let stated = memo.statements.get(text);
    if (!stated) memo.statements.set(text, (stated = readStatements(text, p)));
    for (const n of stated.absent) attendance.absent.push(person(n, range));
    for (const s of stated.substitutes) attendance.substitutes.push(substitute(s.name, s.for, range));
    if (stated.all) (used ??= new Set()).add(i);
  }
  attendance.absent = dedupe(attendance.absent);
  return { attendance, used: used ?? NONE_USED };
}

/** The `used` of {@link readAttendance} when no entry is. */
const NONE_USED: ReadonlySet<number> = new Set();

function person(n: PrintedName, range: Range): Person {
  return { type: 'person', name: n.name, party: n.party, participant: null, fuzzy: false, range };
}

function substitute(n: PrintedName, forName: string | null, range: Range): Substitute {
  return { type: 'substitute', name: n.name, party: n.party, for: forName, range };
}

/** {@link names}, read once per text of a document. */
function memoNames(text: string, memo: AttendanceMemo): PrintedName[] | null {
  let list = memo.names.get(text);
  if (list === undefined) memo.names.set(text, (list = names(text)));
  return list;
}

/**
 * The absences and substitutes the sentences of an entry state, sentence by sentence and clause
 * by clause: `A og B deltog ikke`, `A var fraværende. I stedet deltog B`, `A deltog som
 * suppleant for B`, `Afbud fra A og B`.
 */
function readStatements(text: string, p: Patterns): Statements {
  const stated: Statements = { absent: [], substitutes: [], all: true };
  let lastAbsent: string | null = null;
  for (const sentence of sentences(text).flatMap(clauses)) {
    const s = sentence.replace(/\.$/, '');
    if (s.length > MAX_SENTENCE || !p.any.test(s)) {
      stated.all = false;
      continue;
    }
    // Read in order of precedence, each only when the ones before it named no one.
    const instead = p.instead.exec(s);
    const insteadNames = instead ? names(s.slice(instead[0].length)) : null;
    const sub = insteadNames ? null : p.substitute.exec(s);
    const subNames = sub ? names(s.slice(0, sub.index)) : null;
    const lead = insteadNames || subNames ? null : p.lead.exec(s);
    const absentNames = insteadNames || subNames ? null : lead ? names(s.slice(lead[0].length)) : firstAbsent(p.absent, s);
    if (insteadNames) {
      for (const n of insteadNames) stated.substitutes.push({ name: n, for: lastAbsent });
    } else if (subNames) {
      const rest = s.slice(sub!.index + sub![0].length);
      const forMatch = SUBSTITUTE_FOR.exec(rest);
      // `A havde meldt afbud, og B deltog i stedet`: without a `for`, B stood in for A.
      const replaced = forMatch ? leadingName(rest.slice(forMatch[0].length)) : lastAbsent;
      for (const n of subNames) stated.substitutes.push({ name: n, for: replaced });
    } else if (absentNames) {
      for (const n of absentNames) stated.absent.push(n);
      lastAbsent = absentNames[0]!.name;
    } else stated.all = false;
  }
  return stated;
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
  if (people.length < 2) return people;
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
