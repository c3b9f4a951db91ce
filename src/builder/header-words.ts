import type { Vocabulary } from '../dialect/vocabulary.js';
import type { HeaderKey } from '../model/meeting.js';
import { escapeRegExp } from '../lexer/patterns.js';

/** The header reader's lookups, compiled once per dialect from its vocabulary. */
export interface HeaderWords {
  /** A label at the start of a line (group 0), longest first; what follows is checked in code. */
  lineLabel: RegExp;
  /** Whether the label (normalised) is a lexer label, which may be followed by a space and its value. */
  spaced: Set<string>;
  /** Label (normalised) → key. */
  keys: Map<string, HeaderKey>;
  /** A label followed by a colon inside a line (global). */
  inlineColon: RegExp;
  /** A capitalised label followed by a space inside a line that holds a flattened page (global). */
  inlineBare: RegExp;
  /** Words before a committee name in a title (`af møde i`), at the start of the text. */
  leads: RegExp;
  /** Words that name the kind of meeting (`Ordinært møde`). */
  meeting: RegExp;
  /** A word that ends the name of a political body. */
  bodyEnding: RegExp;
  /** Web-page and wrapper words. */
  chrome: RegExp;
}

const EMPTY = {
  labels: [],
  committeeLeads: [],
  meetingWords: [],
  bodyEndings: [],
  chrome: [],
} satisfies NonNullable<Vocabulary['header']>;

/** Normalises a label for lookups: lower case, single spaces, no colon or emphasis. */
export function labelKey(text: string): string {
  return text.replace(/[*_]/g, '').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/\s*:$/, '').trim();
}

const alternation = (list: readonly string[], each: (w: string) => string = escapeWords): string =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map(each).join('|') || '(?!)';

function escapeWords(w: string): string {
  return w.trim().split(/\s+/).map(escapeRegExp).join('[ \\u00a0]+');
}

/** Compiles the header words of a vocabulary. */
export function compileHeaderWords(v: Readonly<Vocabulary>): HeaderWords {
  const h = v.header ?? EMPTY;
  const all = [...v.headerLabels, ...h.labels].map((l) => ({ label: l.label.replace(/:$/, ''), key: l.key }));
  const keys = new Map<string, HeaderKey>();
  for (const l of all) if (!keys.has(labelKey(l.label))) keys.set(labelKey(l.label), l.key);
  const labels = all.map((l) => l.label);
  // A label is capitalised in running text (`Dato`, `Sted`); matched with its case, so that
  // `sted` inside a sentence is not one.
  const capitalised = labels.map((l) => l[0]!.toUpperCase() + l.slice(1));
  return {
    lineLabel: new RegExp(`^(?:${alternation(labels)})`, 'i'),
    spaced: new Set(v.headerLabels.filter((l) => !l.label.endsWith(':')).map((l) => labelKey(l.label))),
    keys,
    inlineColon: new RegExp(`(?<=\\s)(?:${alternation(labels)}|[A-ZÆØÅ][a-zæøå]{2,20})[ \\u00a0]*:`, 'gi'),
    inlineBare: new RegExp(`(?<=\\s)(?:${alternation(capitalised)})(?=[ \\u00a0])`, 'g'),
    leads: new RegExp(`^(?:(?:${alternation(h.committeeLeads)})[ \\u00a0]+){1,8}`, 'i'),
    meeting: new RegExp(`(?:^|[\\s.,])(?:${alternation(h.meetingWords)})(?![\\p{L}])`, 'iu'),
    bodyEnding: new RegExp(`(?:${alternation(h.bodyEndings)})$`, 'i'),
    chrome: new RegExp(`(?<![\\p{L}])(?:${alternation(h.chrome)})(?![\\p{L}])`, 'iu'),
  };
}
