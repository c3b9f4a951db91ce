import type { TableCell } from '../model/blocks.js';
import type { Range } from '../model/range.js';

/**
 * The tail line a wrapped table cell continues on (`Anne⇥3 kr.` / ` til uddannelseshjælp.`),
 * which the cell's text includes but its range cannot (the other cells of the row lie between).
 * Kept beside the tree, as the source is, so that a lossless edit of the cell rewrites the tail
 * too (`src/serialize/lossless.ts`).
 */
export const cellTails = new WeakMap<TableCell, Range>();
