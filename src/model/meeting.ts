import * as z from 'zod';
import { RangeSchema } from './range.js';

/**
 * What a front-matter line states: the title line, a labelled field (`Mødedato …`), or the
 * table-of-contents heading. `other` is a label the engine keeps but does not interpret.
 *
 * @example
 * import { HeaderKeySchema } from 'referat';
 * console.log(HeaderKeySchema.options); // ['title', 'committee', 'date', 'time', 'location', …]
 * HeaderKeySchema.safeParse('godkendt').success; // false: values are the English names
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
 *
 * @example
 * import { parse, HeaderFieldSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.header[0] ?? null));
 * if (value !== null) HeaderFieldSchema.parse(value); // throws a ZodError naming the path when the JSON is no HeaderField
 */
export const HeaderFieldSchema = z
  .object({
    type: z.literal('headerField'),
    /** What the field is about (`date`, `time`, `location`, `participants`, …; `other` for labels the dialect does not map). */
    key: HeaderKeySchema,
    /**
     * The word that opens the line, as printed (`Mødedato`, `REFERAT`). Written in canonical mode
     * only: lossless `serialize` refuses a change to it.
     */
    label: z.string(),
    /** The rest of the line and its continuation lines, as plain text. */
    value: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * A member of the meeting, from the participants field or the members table. `party` is the
 * letter in parentheses; `substitute` is who stood in for an absent member, when printed.
 *
 * @example
 * import { parse, ParticipantSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.participants[0] ?? null));
 * if (value !== null) ParticipantSchema.parse(value); // throws a ZodError naming the path when the JSON is no Participant
 */
export const ParticipantSchema = z
  .object({
    type: z.literal('participant'),
    /** The member’s name as printed. */
    name: z.string(),
    /** The party letter in parentheses (`O`, `V`), or null. */
    party: z.string().nullable(),
    /** True when marked absent (`(Afbud)`, listed under `Fraværende`). */
    absent: z.boolean(),
    /** Who stood in for the member, when printed; else null. */
    substitute: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * A line of the table of contents; `itemNumber` is the agenda item it points to.
 *
 * @example
 * import { parse, TocEntrySchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.toc[0] ?? null));
 * if (value !== null) TocEntrySchema.parse(value); // throws a ZodError naming the path when the JSON is no TocEntry
 */
export const TocEntrySchema = z
  .object({
    type: z.literal('tocEntry'),
    /** The entry’s title as printed, without dot leaders and page number. */
    title: z.string(),
    /**
     * The page number printed after the title, or null. Written in canonical mode only: lossless
     * `serialize` refuses a change to it.
     */
    page: z.number().int().nullable(),
    /** The number of the agenda item the entry points to, or null when no item in the document matches. */
    itemNumber: z.number().int().nullable(),
    /**
     * The item number printed before the title (`1. Meddelelser` → `1`), or null when none is
     * printed or the number belongs to the title (`2013 godkendes.`). Lossless `serialize`
     * refuses a change to it (canonical mode writes no TOC numbers).
     */
    label: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * What a front-matter line states.
 *
 * @example
 * import { parse, type HeaderKey } from 'referat';
 * const { document } = parse(text);
 * const headerKey: HeaderKey | null = document.header[0]?.key ?? null;
 * const isDate = headerKey === 'date';
 */
export type HeaderKey = z.infer<typeof HeaderKeySchema>;
/**
 * A front-matter line.
 *
 * @example
 * import { parse, type HeaderField } from 'referat';
 * const { document } = parse(text);
 * const headerField: HeaderField | null = document.header[0] ?? null;
 * console.log(headerField?.key, headerField?.label, headerField?.value); // 'title' 'REFERAT' 'Handicaprådet 2022 - 2025 d. 22-05-2025'
 */
export type HeaderField = z.infer<typeof HeaderFieldSchema>;
/**
 * A meeting participant.
 *
 * @example
 * import { parse, type Participant } from 'referat';
 * const { document } = parse(text);
 * const participant: Participant | null = document.participants[0] ?? null;
 * console.log(participant?.name, participant?.party, participant?.absent); // 'Ib Poulsen' 'O' false: party letter or null, true for (Afbud)
 */
export type Participant = z.infer<typeof ParticipantSchema>;
/**
 * A table-of-contents entry.
 *
 * @example
 * import { parse, type TocEntry } from 'referat';
 * const { document } = parse(text);
 * const tocEntry: TocEntry | null = document.toc[0] ?? null;
 * console.log(tocEntry?.title, tocEntry?.page, tocEntry?.itemNumber); // 'Godkendelse af dagsorden og referat fra sidste møde' 3 1
 */
export type TocEntry = z.infer<typeof TocEntrySchema>;
