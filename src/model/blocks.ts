import * as z from 'zod';
import { RangeSchema } from './range.js';

/** One or more lines of running text. Lines that wrap are joined with a space. */
export const ParagraphSchema = z
  .object({ type: z.literal('paragraph'), text: z.string(), range: RangeSchema })
  .strict();

/** A sub-heading inside a section (`Handicap og Socialpsykiatri`, `LAB`, a Markdown `####`). */
export const HeadingSchema = z
  .object({ type: z.literal('heading'), text: z.string(), range: RangeSchema })
  .strict();

/** One entry of a list: `marker` as printed (`-`, `•`, `1.`, `2)`, `a.`, `Ad 1.`), `text` without it. */
export const ListItemSchema = z
  .object({ type: z.literal('listItem'), marker: z.string(), text: z.string(), range: RangeSchema })
  .strict();

/** Consecutive list entries. `ordered` is true for numbered or lettered markers. */
export const ListSchema = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(ListItemSchema),
    range: RangeSchema,
  })
  .strict();

/**
 * One cell of a table row (the text between TABs, trimmed). `value` and `unit` hold the amount
 * a cell prints (`1.629` → 1629, `-3,80 mio. kr.` → -3.8 `mio. kr.`, `32,8%` → 32.8 `%`);
 * both are null for text, `-` and empty cells.
 */
export const TableCellSchema = z
  .object({
    type: z.literal('tableCell'),
    text: z.string(),
    value: z.number().nullable(),
    unit: z.enum(['kr', 'tkr', 'mio. kr.', 'mia. kr.', '%']).nullable(),
    range: RangeSchema,
  })
  .strict();

/** One line of a TAB-separated table. */
export const TableRowSchema = z
  .object({ type: z.literal('tableRow'), cells: z.array(TableCellSchema), range: RangeSchema })
  .strict();

/**
 * Consecutive TAB-separated lines, rejoined where a blank line or page break split them.
 * `title` is a title row's text (`Tabel 1: Lejre 2023` and empty cells) and `titleRange` its
 * line; `header` holds the header rows (a first cell empty, column numbers such as
 * `1 ⇥ 2 ⇥ 3 (1+2)`, and the rows above them); `rows` the body. `rules` are the ranges of dash
 * lines drawn between rows (`-----⇥-----`), which hold no text.
 */
export const TableSchema = z
  .object({
    type: z.literal('table'),
    title: z.string().nullable(),
    titleRange: RangeSchema.nullable(),
    header: z.array(TableRowSchema),
    rows: z.array(TableRowSchema),
    rules: z.array(RangeSchema),
    range: RangeSchema,
  })
  .strict();

/**
 * A line that is not content but an artefact of how the text was extracted: a page number or
 * footer (`Side 3 af 33`), a page header repeating the committee and date, a web page's
 * navigation (`Til toppen`), an item title printed a second time. Artifacts are kept in
 * `document.artifacts` for the round trip and left out of every text field; text around them
 * joins as if they were not there.
 */
export const ArtifactSchema = z
  .object({
    type: z.literal('artifact'),
    kind: z.enum(['pageNumber', 'pageHeader', 'navigation', 'repeatedTitle']),
    text: z.string(),
    range: RangeSchema,
  })
  .strict();

/** The content of a section: running text, lists, tables and sub-headings, in document order. */
export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  ListSchema,
  TableSchema,
]);

/** Running text. */
export type Paragraph = z.infer<typeof ParagraphSchema>;
/** A sub-heading inside a section. */
export type Heading = z.infer<typeof HeadingSchema>;
/** One list entry. */
export type ListItem = z.infer<typeof ListItemSchema>;
/** A list. */
export type List = z.infer<typeof ListSchema>;
/** One table cell. */
export type TableCell = z.infer<typeof TableCellSchema>;
/** One table row. */
export type TableRow = z.infer<typeof TableRowSchema>;
/** A table. */
export type Table = z.infer<typeof TableSchema>;
/** A line left out of the content. */
export type Artifact = z.infer<typeof ArtifactSchema>;
/** Any block. */
export type Block = z.infer<typeof BlockSchema>;
