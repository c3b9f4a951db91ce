import * as z from 'zod';

/**
 * A point in the input (unist shape). `line` and `column` are 1-based; `offset` is the 0-based
 * UTF-16 index, so `input.slice(start.offset, end.offset)` is the node's source text.
 */
export const PositionSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .strict();

/** A span of the input: `end` is the first position after the node (exclusive). */
export const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema }).strict();

/** A point in the input. */
export type Position = z.infer<typeof PositionSchema>;
/** A span of the input; `end` is exclusive. */
export type Range = z.infer<typeof RangeSchema>;
