import * as z from 'zod';

/**
 * A point in the input (unist shape). `line` and `column` are 1-based; `offset` is the 0-based
 * UTF-16 index, so `input.slice(start.offset, end.offset)` is the node's source text.
 *
 * @example
 * import { parse, PositionSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.range.start ?? null));
 * if (value !== null) PositionSchema.parse(value); // throws a ZodError naming the path when the JSON is no Position
 */
export const PositionSchema = z
  .object({
    /** Line number, 1-based. */
    line: z.number().int().min(1),
    /** Column, 1-based, in UTF-16 code units. */
    column: z.number().int().min(1),
    /** Offset from the start of the input, 0-based, in UTF-16 code units. */
    offset: z.number().int().min(0),
  })
  .strict();

/**
 * A span of the input: `end` is the first position after the node (exclusive).
 *
 * @example
 * import { parse, RangeSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.range ?? null));
 * if (value !== null) RangeSchema.parse(value); // throws a ZodError naming the path when the JSON is no Range
 */
export const RangeSchema = z
  .object({
    /** The first position of the node. */
    start: PositionSchema,
    /** The first position after the node (exclusive). */
    end: PositionSchema,
  })
  .strict();

/**
 * A point in the input.
 *
 * @example
 * import { parse, type Position } from 'referat';
 * const { document } = parse(text);
 * const position: Position | null = document.items[0]?.range.start ?? null;
 * console.log(position?.line, position?.column, position?.offset); // 1-based line and column, 0-based offset
 */
export type Position = z.infer<typeof PositionSchema>;
/**
 * A span of the input; `end` is exclusive.
 *
 * @example
 * import { parse, type Range } from 'referat';
 * const { document } = parse(text);
 * const range: Range | null = document.items[0]?.range ?? null;
 * const source = range ? text.slice(range.start.offset, range.end.offset) : ''; // the item's text
 */
export type Range = z.infer<typeof RangeSchema>;
