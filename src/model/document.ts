import * as z from 'zod';
import { ItemSchema } from './agenda.js';
import { ArtifactSchema, BlockSchema } from './blocks.js';
import { HeaderFieldSchema, ParticipantSchema, TocEntrySchema } from './meeting.js';
import { RangeSchema } from './range.js';
import { LayoutReportSchema } from './layout.js';

/**
 * The parsed minutes or agenda. The interpreted fields (`kind` … `location`) are `null` where the
 * document does not say; `header`, `preamble` and the items hold every line as printed.
 *
 * @example
 * import { parse, ReferatSchema, serialize } from 'referat';
 * const json = JSON.parse(serialize(parse(text).document, { format: 'json' }));
 * const checked = ReferatSchema.parse(json); // a Referat again; throws a ZodError naming the path when the JSON is not one
 */
export const ReferatSchema = z
  .object({
    type: z.literal('referat'),
    /** `referat` (minutes), `dagsorden` (agenda) or null when the title does not say. */
    kind: z.enum(['referat', 'dagsorden']).nullable(),
    /** The title line as plain text. */
    title: z.string().nullable(),
    /** The committee (udvalg) that met, or null. */
    committee: z.string().nullable(),
    /** Election period as `YYYY-YYYY`. */
    period: z.string().regex(/^\d{4}-\d{4}$/).nullable(),
    /** Meeting date as `YYYY-MM-DD`. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    /** Start time as `HH:MM`. */
    startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
    /** Where the meeting was held, or null. */
    location: z.string().nullable(),
    /** The municipality, by the most frequent `<Name> Kommune` in the text; null when none. */
    municipality: z.string().nullable(),
    /** Every front-matter line as a header field, in order. */
    header: z.array(HeaderFieldSchema),
    /** The meeting’s members, with party and absence. */
    participants: z.array(ParticipantSchema),
    /** The table of contents, linked to the items. */
    toc: z.array(TocEntrySchema),
    /** Front-matter content that is neither a header field nor the table of contents. */
    preamble: z.array(BlockSchema),
    /** The agenda items, in order. */
    items: z.array(ItemSchema),
    /** Page numbers, repeated page headers, navigation lines: kept, but not content. */
    artifacts: z.array(ArtifactSchema),
    /** What layout inference read off the document; null for a tree built in code. */
    layout: LayoutReportSchema.nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * The parsed document.
 *
 * @example
 * import { parse, type Referat } from 'referat';
 * const document: Referat = parse(text).document;
 * console.log(document.committee, document.date, document.items.length); // 'Handicaprådet' '2025-05-22' 8
 */
export type Referat = z.infer<typeof ReferatSchema>;
