/**
 * The width a text was wrapped at, when it was wrapped at a fixed width (text extracted from a
 * PDF, a terminal rendering), or null. Wrapped text has most lines ending within a word's length
 * of the same width and almost none past it; minutes written a paragraph per line have long
 * lines of every length. Measured on the lengths of the text lines (TAB lines left out):
 * at least 40 lines; the 90th percentile between 40 and 130; a third of the lines within 15
 * characters below it; at most 3 % more than 10 above.
 */
export function wrapWidth(lengths: ArrayLike<number>): number | null {
  const n = lengths.length;
  if (n < 40) return null;
  // Counted by length (whole characters), not sorted: linear in the lines. Lengths past `LONG`
  // share its count; a percentile there is past 130 anyway.
  const counts = new Int32Array(LONG + 1);
  for (let i = 0; i < n; i++) counts[Math.min(Math.max(lengths[i]! | 0, 0), LONG)]!++;
  // The 90th percentile: the length at rank ⌊0.9 n⌋ in ascending order.
  const rank = Math.floor(n * 0.9);
  let p90 = 0;
  for (let seen = counts[0]!; seen <= rank; seen += counts[++p90]!);
  if (p90 < 40 || p90 > 130) return null;
  let near = 0;
  let over = 0;
  for (let length = 0; length <= LONG; length++) {
    if (length >= p90 - 15 && length <= p90 + 3) near += counts[length]!;
    if (length > p90 + 10) over += counts[length]!;
  }
  return near / n >= 0.35 && over / n <= 0.03 ? p90 : null;
}

/** The length counted for every longer line (above the widest wrap width read, 130, plus 10). */
const LONG = 256;
