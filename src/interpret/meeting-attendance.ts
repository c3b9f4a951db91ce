import type { Block, Table } from '../model/blocks.js';
import type { Referat } from '../model/document.js';
import { alternation } from '../layout/shapes.js';
import { leadingPhrase } from '../text/plain.js';
import type { AttendanceWords } from './attendance.js';
import { type PairsCache, nameKey, nameLinker, readName } from './names.js';

/** What the members table is recognised and read by, from the dialect's attendance words. */
interface TableWords {
  /** The first cell of the first row (`Medlemmer`). */
  memberHeading: RegExp;
  /** Its second cell (`Afbud`). */
  absentHeading: RegExp;
  /** A second cell that marks the member absent: `X`, or an absent label, first. */
  absentMark: RegExp;
  /** `Ole Sylvester deltog som suppleant`: the phrase after the substitute's name (`leadingPhrase`). */
  substitute: RegExp;
}

const compiled = new WeakMap<AttendanceWords, TableWords>();

/** The members table's patterns, compiled once per vocabulary (`defineDialect` freezes it). */
function tableWords(words: AttendanceWords): TableWords {
  let t = compiled.get(words);
  if (!t) {
    const absent = alternation(words.absentLabels);
    t = {
      memberHeading: new RegExp(`^(?:${alternation(words.memberHeadings ?? [])})$`, 'i'),
      absentHeading: new RegExp(`^(?:${absent})$`, 'i'),
      absentMark: new RegExp(`^(?:x|${absent})(?![\\p{L}\\d_])`, 'iu'),
      substitute: new RegExp(`(?<!\\s)\\s+(?:${alternation(words.substitutePhrases)})(?![\\p{L}\\d_])`, 'giu'),
    };
    compiled.set(words, t);
  }
  return t;
}

/**
 * The members table (`Medlemmer ⇥ Afbud`, seeds 000 and 003): it stands in item 1 but records
 * the meeting. A row whose second cell starts with `X` (or says Afbud) marks the member absent;
 * `Ole Sylvester deltog som suppleant` in it names the substitute. Members already in
 * `document.participants` are updated (linked by name, also on a different spelling); others
 * are added. A row whose first cell holds no letter names no one and adds no participant.
 */
export function applyMembersTable(document: Referat, words: AttendanceWords): void {
  mergeParticipants(document);
  const patterns = tableWords(words);
  const table = findMembersTable(document, patterns);
  if (!table) return;
  const link = nameLinker(document.participants.map((p) => p.name));
  const byName = new Map(document.participants.map((p) => [p.name, p]));
  // The first row is the `Medlemmer ⇥ Afbud` heading that `findMembersTable` recognised.
  for (const row of [...table.header, ...table.rows].slice(1)) {
    const [nameCell, markCell] = row.cells;
    if (!nameCell?.text) continue;
    const mark = markCell?.text ?? '';
    const absent = patterns.absentMark.test(mark);
    const substitute = leadingPhrase(mark.replace(/^x\s*/i, ''), patterns.substitute, 1, 120).next().value?.before.trim() ?? null;
    const printed = readName(nameCell.text);
    // A row that names no one (`.`, `–`, `12`, only a party `(A)`) is no member; its line stays
    // the table row's.
    if (!/\p{L}/u.test(printed.name)) continue;
    const linked = link(printed.name);
    const participant = linked ? byName.get(linked.participant) : undefined;
    if (participant) {
      participant.absent ||= absent;
      participant.substitute ??= substitute;
    } else {
      document.participants.push({
        type: 'participant',
        name: printed.name,
        party: printed.party,
        absent,
        substitute,
        range: row.range,
      });
    }
  }
}

function findMembersTable(document: Referat, patterns: TableWords): Table | null {
  // (Indexed: this runs once per parse, before it is optimised, and a for-of over a long
  // preamble allocated an iterator result per block.)
  const table = firstMembersTable(document.preamble, patterns);
  if (table) return table;
  for (const section of document.items[0]?.sections ?? []) {
    const found = firstMembersTable(section.blocks, patterns);
    if (found) return found;
  }
  return null;
}

function firstMembersTable(blocks: readonly Block[], patterns: TableWords): Table | null {
  for (let i = 0; i < blocks.length; i++) if (isMembersTable(blocks[i]!, patterns)) return blocks[i] as Table;
  return null;
}

/** A table of two rows or more whose first row is a member heading over an absent label (`Medlemmer ⇥ Afbud`). */
function isMembersTable(block: Block, patterns: TableWords): boolean {
  if (block.type !== 'table' || block.header.length + block.rows.length < 2) return false;
  const cells = (block.header[0] ?? block.rows[0]!).cells;
  return patterns.memberHeading.test(cells[0]?.text ?? '') && patterns.absentHeading.test(cells[1]?.text ?? '');
}

/**
 * One participant per person: a member named both under `Deltagere` and under `Afbud` (or
 * `Fraværende`) is one absent participant, kept where first named; the absence may spell the
 * name slightly differently.
 */
function mergeParticipants(document: Referat): void {
  const byKey = new Map<string, Referat['participants'][number]>();
  const kept: Referat['participants'] = [];
  const pairsOf: PairsCache = new Map();
  for (const p of document.participants) {
    const key = nameKey(p.name);
    // An absence listed apart may misspell the member (`Bente Hansn` for `Bente Hansen`).
    const fuzzy = p.absent && !byKey.has(key) ? nameLinker(kept.map((k) => k.name), pairsOf)(p.name) : null;
    const seen = byKey.get(key) ?? (fuzzy ? kept.find((k) => k.name === fuzzy.participant) : undefined);
    if (!seen) {
      byKey.set(key, p);
      kept.push(p);
      continue;
    }
    seen.absent ||= p.absent;
    seen.party ??= p.party;
    seen.substitute ??= p.substitute;
  }
  document.participants = kept;
}
