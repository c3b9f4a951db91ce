/**
 * The width a text was wrapped at, when it was wrapped at a fixed width (text extracted from a
 * PDF, a terminal rendering), or null. Wrapped text has most lines ending within a word's length
 * of the same width and almost none past it; minutes written a paragraph per line have long
 * lines of every length. Measured on the lengths of the text lines (TAB lines left out):
 * at least 40 lines; the 90th percentile between 40 and 130; a third of the lines within 15
 * characters below it; at most 3 % more than 10 above.
 */
export function wrapWidth(lengths: ArrayLike<number>): number | null {
  if (lengths.length < 40) return null;
  // A typed array sorts numbers by value, natively.
  const sorted = Int32Array.from(lengths).sort();
  const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
  if (p90 < 40 || p90 > 130) return null;
  let near = 0;
  let over = 0;
  for (const n of sorted) {
    if (n >= p90 - 15 && n <= p90 + 3) near++;
    if (n > p90 + 10) over++;
  }
  return near / sorted.length >= 0.35 && over / sorted.length <= 0.03 ? p90 : null;
}
