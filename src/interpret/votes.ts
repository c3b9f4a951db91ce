import type { Votes } from '../model/decision.js';
import type { TextEntry } from './attendance.js';
import { splitNames } from './names.js';

/*
 * Votes as decisions state them:
 *   Et flertal bestående af A, B og C indstiller …     Et flertal (A, V og C) godkender …
 *   Et mindretal (Ø) stemmer imod …                    For stemte: A, B.  Imod stemte: Ø.
 *   Undlod at stemme: F.                               F undlod at stemme.
 * A majority votes for, a minority against (or abstains, when its sentence says so).
 */
const MAJORITY = /\bet flertal\s+(?:bestående af\s+|\(([^()]{0,200})\))/i;
const MINORITY = /\bet mindretal\s+(?:bestående af\s+|\(([^()]{0,200})\))/i;
const FOR = /\bfor stemte\s*:?\s*([^.;]+)/i;
const AGAINST = /\bimod stemte\s*:?\s*([^.;]+)/i;
const ABSTAINED = /\bundlod at stemme\s*:?\s*([^.;]*)/i;
/** A word each of the forms above holds: a line without one states no votes, and is passed over in one search. */
const VOTE_WORD = /flertal|mindretal|stemte|stemme/i;

/** The votes stated in a decision's lines, or null when none are. */
export function readVotes(entries: readonly TextEntry[]): Votes | null {
  // Made at the first line with a vote word (most decisions have none).
  let votes: Votes | null = null;
  let first: TextEntry | null = null;
  let last: TextEntry | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (!VOTE_WORD.test(entry.text)) continue;
    votes ??= { type: 'votes', for: [], against: [], abstained: [], range: entries[0]!.range };
    const before = votes.for.length + votes.against.length + votes.abstained.length;
    const minority = group(MINORITY, entry.text);
    const abstaining = abstainers(entry.text);
    add(votes.for, group(MAJORITY, entry.text));
    add(votes.for, list(FOR, entry.text));
    // `Et mindretal (Ø) undlod at stemme`: the minority abstained.
    add(minority.length && /undlod at stemme/i.test(entry.text) ? votes.abstained : votes.against, minority);
    add(votes.against, list(AGAINST, entry.text));
    if (!minority.length) add(votes.abstained, abstaining);
    if (votes.for.length + votes.against.length + votes.abstained.length > before) {
      first ??= entry;
      last = entry;
    }
  }
  if (!votes || !first || !last) return null;
  votes.range = { start: first.range.start, end: last.range.end };
  return votes;
}

/** Appends `names` to `to`. */
function add(to: string[], names: readonly string[]): void {
  for (let i = 0; i < names.length; i++) to.push(names[i]!);
}

/**
 * `Undlod at stemme: F`, or `F undlod at stemme` / `Godkendt, idet Anne Holm (F) undlod at
 * stemme`: the run of names right before the phrase, in its sentence.
 */
function abstainers(text: string): string[] {
  const at = text.toLowerCase().indexOf('undlod at stemme');
  if (at < 0) return [];
  const after = leadingNames(ABSTAINED.exec(text)?.[1]?.trim() ?? '');
  if (after) return names(after);
  const before = text.slice(Math.max(0, at - 200), at);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
  const run = /(?:[A-ZÆØÅ][\p{L}'’-]*(?:\s+\([A-ZÆØÅ]{1,3}\))?(?:,\s*|\s+og\s+|\s+))+$/u.exec(`${before.slice(start).trim()} `);
  return names(run ? run[0] : '').filter((n) => n.includes(' ') || /^[A-ZÆØÅ]{1,3}$/.test(n));
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

/**
 * The run of capitalised words, party letters, commas and `og` at the start of `text`. Read from
 * the first 2,000 characters: each repetition of the group costs V8 a backtrack entry, so an
 * unbounded run (a paragraph of millions of capitalised words) would overflow its stack.
 */
function leadingNames(text: string): string {
  const m = /^(?:(?:[A-ZÆØÅ][\p{L}'’.-]*|\([^)]{1,12}\))(?:\s+|,\s*|\s+og\s+)?|og\s+)+/u.exec(text.slice(0, 2000));
  return m ? m[0] : '';
}

function names(text: string): string[] {
  return splitNames(text)
    .map((n) => (n.party ? `${n.name} (${n.party})` : n.name))
    .filter((n) => /^[A-ZÆØÅ]/.test(n));
}
