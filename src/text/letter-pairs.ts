/**
 * Letter pairs for the Dice coefficient, the spelling similarity that links a TOC entry to its
 * item and a misspelt absent name to its participant.
 */

/** How often each pair of adjacent characters occurs in `s`; a pair is keyed by its two UTF-16 codes as one number. */
export function letterPairs(s: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const pair = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** How many letter pairs two strings share, counted with multiplicity (the Dice numerator, halved). */
export function commonPairs(a: Map<number, number>, b: Map<number, number>): number {
  let common = 0;
  for (const [pair, n] of a) common += Math.min(n, b.get(pair) ?? 0);
  return common;
}
