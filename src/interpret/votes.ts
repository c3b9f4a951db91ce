import type { Votes } from '../model/decision.js';
import type { TextEntry } from './attendance.js';
import { splitNames } from './names.js';

/*
 * Votes as decisions state them:
 *   Et flertal bestående af A, B og C indstiller …     Et flertal (A, V og C) godkender …
 *   Et mindretal (Ø) stemmer imod …                    For stemte: A, B.  Imod stemte: Ø.
 *   Undlod at stemme: F.                               F undlod at stemme.
 * A majority votes for, a minority against.
 */
const MAJORITY = /\bet flertal\s+(?:bestående af\s+|\(([^)]*)\)|på\s+)/i;
const MINORITY = /\bet mindretal\s+(?:bestående af\s+|\(([^)]*)\)|på\s+)/i;
const FOR = /\bfor stemte\s*:?\s*([^.;]+)/i;
const AGAINST = /\bimod stemte\s*:?\s*([^.;]+)/i;
const ABSTAINED = /\bundlod at stemme\s*:?\s*([^.;]*)/i;

/** The votes stated in a decision's lines, or null when none are. */
export function readVotes(entries: readonly TextEntry[]): Votes | null {
  const votes: Votes = { type: 'votes', for: [], against: [], abstained: [], range: entries[0]?.range ?? zero };
  let first: TextEntry | null = null;
  let last: TextEntry | null = null;
  for (const entry of entries) {
    const before = votes.for.length + votes.against.length + votes.abstained.length;
    votes.for.push(...group(MAJORITY, entry.text), ...list(FOR, entry.text));
    votes.against.push(...group(MINORITY, entry.text), ...list(AGAINST, entry.text));
    votes.abstained.push(...abstainers(entry.text));
    if (votes.for.length + votes.against.length + votes.abstained.length > before) {
      first ??= entry;
      last = entry;
    }
  }
  if (!first || !last) return null;
  votes.range = { start: first.range.start, end: last.range.end };
  return votes;
}

const zero = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** `Undlod at stemme: F` or `F undlod at stemme` (names before the phrase, in its sentence). */
function abstainers(text: string): string[] {
  const at = text.toLowerCase().indexOf('undlod at stemme');
  if (at < 0) return [];
  const after = ABSTAINED.exec(text)?.[1]?.trim();
  if (after) return names(leadingNames(after));
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
  return names(before.slice(start).trim());
}

/** `Et flertal (A, V og C)` → A, V, C; `Et flertal bestående af A og B indstiller` → A, B. */
function group(re: RegExp, text: string): string[] {
  const m = re.exec(text);
  if (!m) return [];
  if (m[1] !== undefined) return names(m[1]);
  return names(leadingNames(text.slice(m.index + m[0].length)));
}

function list(re: RegExp, text: string): string[] {
  const m = re.exec(text);
  return m ? names(leadingNames(m[1]!)) : [];
}

/** The run of capitalised words, party letters, commas and `og` at the start of `text`. */
function leadingNames(text: string): string {
  const m = /^(?:(?:[A-ZÆØÅ][\p{L}'’.-]*|\([^)]{1,12}\))(?:\s+|,\s*|\s+og\s+)?|og\s+)+/u.exec(text);
  return m ? m[0] : '';
}

function names(text: string): string[] {
  return splitNames(text)
    .map((n) => (n.party ? `${n.name} (${n.party})` : n.name))
    .filter((n) => /^[A-ZÆØÅ]/.test(n));
}
