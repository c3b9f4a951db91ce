import * as z from 'zod';
import { BlockSchema } from './blocks.js';
import { AttendanceSchema, DecisionSchema } from './decision.js';
import { RangeSchema } from './range.js';

/**
 * What a section is about, mapped from the dialect's heading vocabulary (`Resumé` → `summary`,
 * `Beslutning` → `decision`, …). Headings the vocabulary does not know are `other`.
 *
 * @example
 * import { SectionKindSchema } from 'referat';
 * console.log(SectionKindSchema.options); // ['summary', 'background', 'recommendation', 'decision', …, 'other']
 * SectionKindSchema.safeParse('godkendt').success; // false: values are the English names
 */
export const SectionKindSchema = z.enum([
  'summary',
  'background',
  'recommendation',
  'decision',
  'previousDecisions',
  'attachments',
  'economy',
  'legalBasis',
  'authority',
  'hearing',
  'consequences',
  'assessment',
  'strategy',
  'solutions',
  'nextSteps',
  'other',
]);

/**
 * The journal number of a case as printed (`27.69.48-P35-1-22`, `24-000584`); `range` spans
 * its line, label included. A KLE number (`scheme: 'kle'`) is read into its parts: `subject`
 * (`27.69.48`), `facet` (`P35`), `sequence` (1) and `year` (2022); `title` is the subject's
 * title when a KLE lookup was given to `parse` (`options.kleTitles`). Other systems' numbers
 * (`scheme: 'other'`) keep only `raw`.
 *
 * @example
 * import { parse, CaseNumberSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.caseNumber ?? null));
 * if (value !== null) CaseNumberSchema.parse(value); // throws a ZodError naming the path when the JSON is no CaseNumber
 */
export const CaseNumberSchema = z
  .object({
    type: z.literal('caseNumber'),
    /** The number as printed. */
    raw: z.string(),
    /** `kle` for a KLE number, read into its parts; `other` for other systems’ numbers. */
    scheme: z.enum(['kle', 'other']),
    /** KLE subject (`27.69.48`), or null. */
    subject: z.string().nullable(),
    /** KLE facet (`P35`), or null. */
    facet: z.string().nullable(),
    /** KLE sequence number (1), or null. */
    sequence: z.number().int().nullable(),
    /** KLE year in four digits (2022), or null. */
    year: z.number().int().nullable(),
    /** The KLE subject’s title, when `kleTitles` was given to `parse`; else null. */
    title: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * A document attached to an item, from its Bilag section (`Bilag 1: Budgetopfølgning`).
 *
 * @example
 * import { parse, AttachmentSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.attachments[0] ?? null));
 * if (value !== null) AttachmentSchema.parse(value); // throws a ZodError naming the path when the JSON is no Attachment
 */
export const AttachmentSchema = z
  .object({
    type: z.literal('attachment'),
    /** The attachment’s title as printed (`Bilag 1: Budgetopfølgning`). */
    title: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * An item's recommendation (Indstilling): who recommends when printed (`Direktionen`,
 * `Social, Sundhed og Kultur`) and its clauses (`at orienteringen tages til efterretning`).
 *
 * @example
 * import { parse, RecommendationSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.recommendation ?? null));
 * if (value !== null) RecommendationSchema.parse(value); // throws a ZodError naming the path when the JSON is no Recommendation
 */
export const RecommendationSchema = z
  .object({
    type: z.literal('recommendation'),
    /** Who recommends (`Direktionen`), when printed; else null. */
    by: z.string().nullable(),
    /** The clauses (`at orienteringen tages til efterretning`), in order. */
    clauses: z.array(z.string()),
    range: RangeSchema,
  })
  .strict();

/**
 * A heading and the blocks under it, up to the next heading. Content before an item's first
 * heading forms a section whose `heading` and `headingRange` are null.
 *
 * @example
 * import { parse, SectionSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.sections[0] ?? null));
 * if (value !== null) SectionSchema.parse(value); // throws a ZodError naming the path when the JSON is no Section
 */
export const SectionSchema = z
  .object({
    type: z.literal('section'),
    /** The heading as printed, or null for content before the first heading. */
    heading: z.string().nullable(),
    /** What the section is about, from the dialect’s heading words (`other` when unknown). */
    kind: SectionKindSchema,
    headingRange: RangeSchema.nullable(),
    /** The section’s content, in order. */
    blocks: z.array(BlockSchema),
    range: RangeSchema,
  })
  .strict();

/**
 * One agenda item (`Punkt 3: Title`). `headingRange` spans the opener line(s).
 *
 * @example
 * import { parse, ItemSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0] ?? null));
 * if (value !== null) ItemSchema.parse(value); // throws a ZodError naming the path when the JSON is no Item
 */
export const ItemSchema = z
  .object({
    type: z.literal('item'),
    /**
     * The item number as an integer (`4` for an add-on item printed `4a`); null when none is
     * printed. Written in canonical mode only: lossless `serialize` refuses a change to it.
     */
    number: z.number().int().nullable(),
    /**
     * The number as printed: `4`, `4a`, `4.1`, `001`; null when none is printed. Lossless
     * `serialize` refuses a change to it (canonical mode writes `number`).
     */
    label: z.string().nullable(),
    /** The title as printed, wrapped lines joined; empty when the item prints none. */
    title: z.string(),
    headingRange: RangeSchema,
    /** The case (journal) number printed under the title, or null. */
    caseNumber: CaseNumberSchema.nullable(),
    /** The item’s sections, in order; content before the first heading forms a section without heading. */
    sections: z.array(SectionSchema),
    /** Every decision the item records, this meeting's and quoted earlier ones, in order. */
    decisions: z.array(DecisionSchema),
    /** The attendance of the item's current decision (empty lists when there is none). */
    attendance: AttendanceSchema,
    /** The recommendation (Indstilling), or null. */
    recommendation: RecommendationSchema.nullable(),
    /** The deciding body (`Sagen afgøres endelig af`, `Beslutningskompetence`), as printed. */
    authority: z.string().nullable(),
    /** The attachments its Bilag section lists. */
    attachments: z.array(AttachmentSchema),
    /** True for items marked closed to the public (`Lukket punkt`, `(Lukket)`). */
    closed: z.boolean(),
    range: RangeSchema,
  })
  .strict();

/**
 * What a section is about.
 *
 * @example
 * import { parse, type SectionKind } from 'referat';
 * const { document } = parse(text);
 * const sectionKind: SectionKind | null = document.items[0]?.sections[0]?.kind ?? null;
 * if (sectionKind === 'decision') console.log('the decision section');
 */
export type SectionKind = z.infer<typeof SectionKindSchema>;
/**
 * A case (journal) number.
 *
 * @example
 * import { parse, type CaseNumber } from 'referat';
 * const { document } = parse(text);
 * const caseNumber: CaseNumber | null = document.items[0]?.caseNumber ?? null;
 * console.log(caseNumber?.raw, caseNumber?.subject, caseNumber?.year); // '27.69.48-P35-1-22' '27.69.48' 2022
 */
export type CaseNumber = z.infer<typeof CaseNumberSchema>;
/**
 * A section of an agenda item.
 *
 * @example
 * import { parse, type Section } from 'referat';
 * const { document } = parse(text);
 * const section: Section | null = document.items[0]?.sections[0] ?? null;
 * console.log(section?.heading, section?.kind, section?.blocks.length); // 'Sagstema' 'summary' 1
 */
export type Section = z.infer<typeof SectionSchema>;
/**
 * An agenda item.
 *
 * @example
 * import { parse, type Item } from 'referat';
 * const { document } = parse(text);
 * const item: Item | null = document.items[0] ?? null;
 * console.log(item?.number, item?.title, item?.caseNumber?.raw, item?.decisions.length);
 */
export type Item = z.infer<typeof ItemSchema>;
/**
 * An attachment of an item.
 *
 * @example
 * import { parse, type Attachment } from 'referat';
 * const { document } = parse(text);
 * const attachment: Attachment | null = document.items[0]?.attachments[0] ?? null;
 * console.log(attachment?.title); // 'Bilag 1: Budgetopfølgning'
 */
export type Attachment = z.infer<typeof AttachmentSchema>;
/**
 * An item's recommendation.
 *
 * @example
 * import { parse, type Recommendation } from 'referat';
 * const { document } = parse(text);
 * const recommendation: Recommendation | null = document.items[0]?.recommendation ?? null;
 * for (const clause of recommendation?.clauses ?? []) console.log(recommendation?.by, clause);
 */
export type Recommendation = z.infer<typeof RecommendationSchema>;
