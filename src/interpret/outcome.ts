import type { Outcome } from '../model/decision.js';
import { escapeRegExp } from '../lexer/patterns.js';

/** A phrase of decision wording and the outcome it states. */
export interface OutcomePhrase {
  phrase: string;
  outcome: Exclude<Outcome, 'other'>;
}

/**
 * The outcome a decision text states: the phrase of `phrases` that starts earliest in its
 * first sentence (the longest one on a tie, so `Ikke godkendt` beats `godkendt`), as a whole
 * word and in any case. `other` when no phrase is there; null for an empty text.
 *
 * @example
 * outcomeOf('Godkendt, idet der samtidig udtrykkes …', phrases); // 'approved'
 * outcomeOf('Kandidat nr. 2 anbefales.', phrases);               // 'recommended'
 */
export function outcomeOf(text: string, phrases: readonly OutcomePhrase[]): Outcome | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const sentence = firstSentence(trimmed).toLowerCase();
  const best = earliestPhrase(sentence, compiledPhrases(phrases));
  if (!best) return 'other';
  // `Anbefales ikke`, `Ikke anbefalet`, `blev ikke vedtaget`: a negated approval is a rejection.
  const negated = /\bikke\s+$/.test(sentence.slice(Math.max(0, best.at - 12), best.at)) || /^\s+ikke\b/.test(sentence.slice(best.at + best.length, best.at + best.length + 8));
  if (!negated || best.outcome === 'rejected') return best.outcome;
  return best.outcome === 'approved' || best.outcome === 'recommended' ? 'rejected' : 'other';
}

/** The phrases lower-cased, and one pattern that finds where any of them occurs. */
interface CompiledPhrases {
  lower: { phrase: string; outcome: Outcome }[];
  /** Null when a phrase is empty (it occurs everywhere). */
  any: RegExp | null;
}

const compiled = new WeakMap<readonly OutcomePhrase[], CompiledPhrases>();

function compiledPhrases(phrases: readonly OutcomePhrase[]): CompiledPhrases {
  let c = compiled.get(phrases);
  if (!c) {
    const lower = phrases.map(({ phrase, outcome }) => ({ phrase: phrase.toLowerCase(), outcome }));
    const empty = lower.some((p) => !p.phrase);
    c = { lower, any: empty || !lower.length ? null : new RegExp(lower.map((p) => escapeRegExp(p.phrase)).join('|'), 'g') };
    compiled.set(phrases, c);
  }
  return c;
}

/**
 * The phrase that starts earliest in `sentence` as a whole word, the longest on a tie (the
 * first listed of equally long ones). Only the places where some phrase occurs are looked at.
 */
function earliestPhrase(sentence: string, { lower, any }: CompiledPhrases): { at: number; length: number; outcome: Outcome } | null {
  if (!any) return earliestByPhrase(sentence, lower);
  any.lastIndex = 0;
  for (let m = any.exec(sentence); m; m = any.exec(sentence)) {
    const at = m.index;
    let best: { at: number; length: number; outcome: Outcome } | null = null;
    for (const { phrase, outcome } of lower) {
      if (best && phrase.length <= best.length) continue;
      if (sentence.startsWith(phrase, at) && isWordStart(sentence, at) && isWordEnd(sentence, at + phrase.length)) best = { at, length: phrase.length, outcome };
    }
    if (best) {
      any.lastIndex = 0;
      return best;
    }
    any.lastIndex = at + 1;
  }
  any.lastIndex = 0;
  return null;
}

/** {@link earliestPhrase} phrase by phrase: each one's first whole-word occurrence. */
function earliestByPhrase(sentence: string, lower: readonly { phrase: string; outcome: Outcome }[]): { at: number; length: number; outcome: Outcome } | null {
  let best: { at: number; length: number; outcome: Outcome } | null = null;
  for (const { phrase: p, outcome } of lower) {
    for (let at = sentence.indexOf(p); at >= 0; at = sentence.indexOf(p, at + 1)) {
      if (!isWordStart(sentence, at) || !isWordEnd(sentence, at + p.length)) continue;
      if (!best || at < best.at || (at === best.at && p.length > best.length)) best = { at, length: p.length, outcome };
      break;
    }
  }
  return best;
}

/**
 * The text up to the first sentence end: `.`, `!` or `?` before a capital letter or the end,
 * a semicolon, or a line break (`Kandidat nr. 2 anbefales.` is one sentence).
 */
function firstSentence(text: string): string {
  // (`search`: the index alone, without a match array.)
  const end = text.search(SENTENCE_END);
  return end < 0 ? text : text.slice(0, end);
}

const SENTENCE_END = /[.!?](?=\s+[A-ZÆØÅ]|\s*$)|;|\n/;

const LETTER = /[\p{L}\p{N}]/u;
const isWordStart = (s: string, i: number) => i === 0 || !LETTER.test(s[i - 1]!);
const isWordEnd = (s: string, i: number) => i >= s.length || !LETTER.test(s[i]!);
