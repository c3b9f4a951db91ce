import * as z from 'zod';
import { RangeSchema } from './range.js';

/**
 * One or more lines of running text. Lines that wrap are joined with a space.
 *
 * @example
 * import { parse, ParagraphSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'paragraph') ?? null));
 * if (value !== null) ParagraphSchema.parse(value); // throws a ZodError naming the path when the JSON is no Paragraph
 */
export const ParagraphSchema = z
  .object({
    type: z.literal('paragraph'),
    /** The text, wrapped lines joined with a space. */
    text: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * A sub-heading inside a section (`Handicap og Socialpsykiatri`, `LAB`, a Markdown `####`).
 *
 * @example
 * import { parse, HeadingSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'heading') ?? null));
 * if (value !== null) HeadingSchema.parse(value); // throws a ZodError naming the path when the JSON is no Heading
 */
export const HeadingSchema = z
  .object({
    type: z.literal('heading'),
    /** The heading text, without Markdown markers. */
    text: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * One entry of a list: `marker` as printed (`-`, `•`, `1.`, `2)`, `a.`, `Ad 1.`), `text` without it.
 *
 * @example
 * import { parse, ListItemSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'list')?.items[0] ?? null));
 * if (value !== null) ListItemSchema.parse(value); // throws a ZodError naming the path when the JSON is no ListItem
 */
export const ListItemSchema = z
  .object({
    type: z.literal('listItem'),
    /**
     * The marker as printed (`-`, `•`, `1.`, `2)`, `a.`, `Ad 1.`). Written in canonical mode only:
     * lossless `serialize` refuses a change to it.
     */
    marker: z.string(),
    /** The entry’s text without its marker, wrapped lines joined. */
    text: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * Consecutive list entries. `ordered` is true for numbered or lettered markers.
 *
 * @example
 * import { parse, ListSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'list') ?? null));
 * if (value !== null) ListSchema.parse(value); // throws a ZodError naming the path when the JSON is no List
 */
export const ListSchema = z
  .object({
    type: z.literal('list'),
    /** True for numbered or lettered markers (`1.`, `a)`, `Ad 1.`). */
    ordered: z.boolean(),
    /** The entries, in order. */
    items: z.array(ListItemSchema),
    range: RangeSchema,
  })
  .strict();

/**
 * One cell of a table row (the text between TABs, trimmed). `value` and `unit` hold the amount
 * a cell prints (`1.629` → 1629, `-3,80 mio. kr.` → -3.8 `mio. kr.`, `32,8%` → 32.8 `%`);
 * both are null for text, `-` and empty cells.
 *
 * @example
 * import { parse, TableCellSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table')?.rows[0]?.cells[1] ?? null));
 * if (value !== null) TableCellSchema.parse(value); // throws a ZodError naming the path when the JSON is no TableCell
 */
export const TableCellSchema = z
  .object({
    type: z.literal('tableCell'),
    /** The cell’s text, trimmed. */
    text: z.string(),
    /** The amount the cell prints as a number (`1.629` → 1629, `-3,80 mio. kr.` → -3.8); null for text, `-` and empty cells. */
    value: z.number().nullable(),
    /** The amount’s unit (`kr`, `tkr`, `mio. kr.`, `mia. kr.`, `%`), or null. */
    unit: z.enum(['kr', 'tkr', 'mio. kr.', 'mia. kr.', '%']).nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * One line of a TAB-separated table.
 *
 * @example
 * import { parse, TableRowSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table')?.rows[0] ?? null));
 * if (value !== null) TableRowSchema.parse(value); // throws a ZodError naming the path when the JSON is no TableRow
 */
export const TableRowSchema = z
  .object({
    type: z.literal('tableRow'),
    /** The cells, the text between TABs, in order. */
    cells: z.array(TableCellSchema),
    range: RangeSchema,
  })
  .strict();

/**
 * Consecutive TAB-separated lines, rejoined where a blank line or page break split them.
 * `title` is a title row's text (`Tabel 1: Lejre 2023` and empty cells) and `titleRange` its
 * line; `header` holds the header rows (a first cell empty, column numbers such as
 * `1 ⇥ 2 ⇥ 3 (1+2)`, and the rows above them); `rows` the body. `rules` are the ranges of dash
 * lines drawn between rows (`-----⇥-----`), which hold no text.
 *
 * @example
 * import { parse, TableSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table') ?? null));
 * if (value !== null) TableSchema.parse(value); // throws a ZodError naming the path when the JSON is no Table
 */
export const TableSchema = z
  .object({
    type: z.literal('table'),
    /** The text of a title row (`Tabel 1: Lejre 2023`), or null. */
    title: z.string().nullable(),
    titleRange: RangeSchema.nullable(),
    /** The header rows. */
    header: z.array(TableRowSchema),
    /** The body rows. */
    rows: z.array(TableRowSchema),
    /** The ranges of dash lines drawn between rows; they hold no text. */
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
 *
 * @example
 * import { parse, ArtifactSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.artifacts[0] ?? null));
 * if (value !== null) ArtifactSchema.parse(value); // throws a ZodError naming the path when the JSON is no Artifact
 */
export const ArtifactSchema = z
  .object({
    type: z.literal('artifact'),
    /** `pageNumber`, `pageHeader` (a repeated page header), `navigation` (web page navigation), `repeatedTitle` (a title printed twice) or `unread` (the lines past `ParseOptions.maxLines`). */
    kind: z.enum(['pageNumber', 'pageHeader', 'navigation', 'repeatedTitle', 'unread']),
    /** The line as printed (for `unread`, all the lines). */
    text: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * The content of a section: running text, lists, tables and sub-headings, in document order.
 *
 * @example
 * import { parse, BlockSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0]?.blocks[0] ?? null));
 * if (value !== null) BlockSchema.parse(value); // throws a ZodError naming the path when the JSON is no Block
 */
export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  ListSchema,
  TableSchema,
]);

/**
 * Running text.
 *
 * @example
 * import { parse, type Paragraph } from 'referat';
 * const { document } = parse(text);
 * const paragraph: Paragraph | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'paragraph') ?? null;
 * console.log(paragraph?.text);
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;
/**
 * A sub-heading inside a section.
 *
 * @example
 * import { parse, type Heading } from 'referat';
 * const { document } = parse(text);
 * const heading: Heading | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'heading') ?? null;
 * console.log(heading?.text);
 */
export type Heading = z.infer<typeof HeadingSchema>;
/**
 * One list entry.
 *
 * @example
 * import { parse, type ListItem } from 'referat';
 * const { document } = parse(text);
 * const listItem: ListItem | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'list')?.items[0] ?? null;
 * console.log(listItem?.marker, listItem?.text); // '-' 'Skolerne'
 */
export type ListItem = z.infer<typeof ListItemSchema>;
/**
 * A list.
 *
 * @example
 * import { parse, type List } from 'referat';
 * const { document } = parse(text);
 * const list: List | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'list') ?? null;
 * console.log(list?.ordered, list?.items.map((i) => i.marker + ' ' + i.text));
 */
export type List = z.infer<typeof ListSchema>;
/**
 * One table cell.
 *
 * @example
 * import { parse, type TableCell } from 'referat';
 * const { document } = parse(text);
 * const tableCell: TableCell | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table')?.rows[0]?.cells[1] ?? null;
 * console.log(tableCell?.text, tableCell?.value, tableCell?.unit); // '-3,80 mio. kr.' -3.8 'mio. kr.'
 */
export type TableCell = z.infer<typeof TableCellSchema>;
/**
 * One table row.
 *
 * @example
 * import { parse, type TableRow } from 'referat';
 * const { document } = parse(text);
 * const tableRow: TableRow | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table')?.rows[0] ?? null;
 * console.log(tableRow?.cells.map((c) => c.text).join(' | '));
 */
export type TableRow = z.infer<typeof TableRowSchema>;
/**
 * A table.
 *
 * @example
 * import { parse, type Table } from 'referat';
 * const { document } = parse(text);
 * const table: Table | null = document.items[0]?.sections[0]?.blocks.find((b) => b.type === 'table') ?? null;
 * console.log(table?.header.length, table?.rows.length);
 */
export type Table = z.infer<typeof TableSchema>;
/**
 * A line left out of the content.
 *
 * @example
 * import { parse, type Artifact } from 'referat';
 * const { document } = parse(text);
 * const artifact: Artifact | null = document.artifacts[0] ?? null;
 * console.log(artifact?.kind, artifact?.text); // 'pageNumber' '2'
 */
export type Artifact = z.infer<typeof ArtifactSchema>;
/**
 * Any block.
 *
 * @example
 * import { parse, type Block } from 'referat';
 * const { document } = parse(text);
 * const block: Block | null = document.items[0]?.sections[0]?.blocks[0] ?? null;
 * if (block?.type === 'paragraph') console.log(block.text);
 */
export type Block = z.infer<typeof BlockSchema>;
