import type { Outcome } from '../model/decision.js';

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
  let best: { at: number; length: number; outcome: Outcome } | null = null;
  for (const { phrase, outcome } of phrases) {
    const p = phrase.toLowerCase();
    for (let at = sentence.indexOf(p); at >= 0; at = sentence.indexOf(p, at + 1)) {
      if (!isWordStart(sentence, at) || !isWordEnd(sentence, at + p.length)) continue;
      if (!best || at < best.at || (at === best.at && p.length > best.length)) best = { at, length: p.length, outcome };
      break;
    }
  }
  if (!best) return 'other';
  // `Anbefales ikke`, `Ikke anbefalet`, `blev ikke vedtaget`: a negated approval is a rejection.
  const negated = /\bikke\s+$/.test(sentence.slice(Math.max(0, best.at - 12), best.at)) || /^\s+ikke\b/.test(sentence.slice(best.at + best.length, best.at + best.length + 8));
  if (!negated || best.outcome === 'rejected') return best.outcome;
  return best.outcome === 'approved' || best.outcome === 'recommended' ? 'rejected' : 'other';
}

/**
 * The text up to the first sentence end: `.`, `!` or `?` before a capital letter or the end,
 * a semicolon, or a line break (`Kandidat nr. 2 anbefales.` is one sentence).
 */
function firstSentence(text: string): string {
  const m = /[.!?](?=\s+[A-ZÆØÅ]|\s*$)|;|\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const LETTER = /[\p{L}\p{N}]/u;
const isWordStart = (s: string, i: number) => i === 0 || !LETTER.test(s[i - 1]!);
const isWordEnd = (s: string, i: number) => i >= s.length || !LETTER.test(s[i]!);
