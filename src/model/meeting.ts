import * as z from 'zod';
import { RangeSchema } from './range.js';

/**
 * What a front-matter line states: the title line, a labelled field (`Mødedato …`), or the
 * table-of-contents heading. `other` is a label the engine keeps but does not interpret.
 */
export const HeaderKeySchema = z.enum([
  'title',
  'date',
  'time',
  'location',
  'participants',
  'absent',
  'committee',
  'toc',
  'other',
]);

/**
 * One line (or wrapped lines) of the front matter as printed: `label` is the word that opens
 * it (`Mødedato`, `REFERAT`), `value` the rest, both plain text.
 */
export const HeaderFieldSchema = z
  .object({
    type: z.literal('headerField'),
    key: HeaderKeySchema,
    label: z.string(),
    value: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * A member of the meeting, from the participants field or the members table. `party` is the
 * letter in parentheses; `substitute` is who stood in for an absent member, when printed.
 */
export const ParticipantSchema = z
  .object({
    type: z.literal('participant'),
    name: z.string(),
    party: z.string().nullable(),
    absent: z.boolean(),
    substitute: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/** A line of the table of contents; `itemNumber` is the agenda item it points to. */
export const TocEntrySchema = z
  .object({
    type: z.literal('tocEntry'),
    title: z.string(),
    page: z.number().int().nullable(),
    itemNumber: z.number().int().nullable(),
    range: RangeSchema,
  })
  .strict();

/** What a front-matter line states. */
export type HeaderKey = z.infer<typeof HeaderKeySchema>;
/** A front-matter line. */
export type HeaderField = z.infer<typeof HeaderFieldSchema>;
/** A meeting participant. */
export type Participant = z.infer<typeof ParticipantSchema>;
/** A table-of-contents entry. */
export type TocEntry = z.infer<typeof TocEntrySchema>;
