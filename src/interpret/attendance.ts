import type { Attendance, Person, Substitute } from '../model/decision.js';
import type { Range } from '../model/range.js';
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
const LABEL = /^(?:fraværende|fravær|afbud)\s*:\s*(.*)$/i;
const NOT_PRESENT = /^(.+?)\s+deltog ikke\b.*$/i;
const WAS_ABSENT = /^(.+?)\s+(?:var|er)\s+fraværende\b.*$/i;
const INSTEAD = /^i stedet deltog\s+(.+?)\.?$/i;
const SUBSTITUTE = /^(.+?)\s+deltog som suppleant(?:\s+for\s+(.+?))?\.?$/i;

/**
 * Reads the attendance statements among `entries` (a decision's lines, in order). Returns the
 * attendance and the indices of the entries that hold nothing else, which the decision's text
 * leaves out. Names must look like names (capitalised words), so running text that happens to
 * say `deltog ikke` is not taken for an absence.
 */
export function readAttendance(entries: readonly TextEntry[]): { attendance: Attendance; used: Set<number> } {
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
      let names = label[1]!.trim();
      if (!names && i + 1 < entries.length && namesOnly(entries[i + 1]!.text)) {
        names = entries[i + 1]!.text;
        used.add(i + 1);
        for (const n of splitNames(names)) attendance.absent.push(person(n, entries[i + 1]!.range));
        used.add(i);
        i++;
        continue;
      }
      const list = splitNames(names);
      if (list.length && list.every(looksLikeName)) {
        for (const n of list) attendance.absent.push(person(n, range));
        used.add(i);
      }
      continue;
    }
    let all = true;
    let lastAbsent: string | null = null;
    for (const sentence of sentences(text)) {
      const s = sentence.replace(/\.$/, '');
      const instead = INSTEAD.exec(s);
      const sub = SUBSTITUTE.exec(s);
      const absent = NOT_PRESENT.exec(s) ?? WAS_ABSENT.exec(s);
      const names = (m: RegExpExecArray | null) => (m ? splitNames(m[1]!) : []);
      if (instead && names(instead).every(looksLikeName)) {
        for (const n of names(instead)) attendance.substitutes.push(substitute(n, lastAbsent, range));
      } else if (sub && names(sub).every(looksLikeName)) {
        for (const n of names(sub)) attendance.substitutes.push(substitute(n, sub[2]?.trim() ?? null, range));
      } else if (absent && names(absent).length && names(absent).every(looksLikeName)) {
        for (const n of names(absent)) attendance.absent.push(person(n, range));
        lastAbsent = names(absent)[0]!.name;
      } else all = false;
    }
    if (all) used.add(i);
  }
  attendance.absent = dedupe(attendance.absent);
  return { attendance, used };
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

/** Sentences of a paragraph: split after `.`, `!` or `?` before a capital letter. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/).map((s) => s.trim()).filter(Boolean);
}

/**
 * `Ib Poulsen (O)`, `Anne-Marie Lodahl`: two to six capitalised words, or one with a party
 * letter (so `Borgerne deltog ikke` is not an absence).
 */
function looksLikeName(n: PrintedName): boolean {
  const words = n.name.split(' ');
  if (words.length > 6 || (words.length < 2 && !n.party)) return false;
  return words.every((w) => /^[A-ZÆØÅ][\p{L}'’.-]*$/u.test(w) || /^(?:von|van|de|la)$/.test(w));
}

function namesOnly(text: string): boolean {
  const list = splitNames(text);
  return list.length > 0 && list.every(looksLikeName);
}
