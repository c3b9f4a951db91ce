import * as z from 'zod';
import { BlockSchema } from './blocks.js';
import { RangeSchema } from './range.js';

/**
 * What a section is about, mapped from the dialect's heading vocabulary (`Resumé` → `summary`,
 * `Beslutning` → `decision`, …). Headings the vocabulary does not know are `other`.
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

/** The journal number of a case as printed (`27.69.48-P35-1-22`, `24-000584`); `range` spans its line, label included. */
export const CaseNumberSchema = z
  .object({ type: z.literal('caseNumber'), raw: z.string(), range: RangeSchema })
  .strict();

/**
 * A heading and the blocks under it, up to the next heading. Content before an item's first
 * heading forms a section whose `heading` and `headingRange` are null.
 */
export const SectionSchema = z
  .object({
    type: z.literal('section'),
    heading: z.string().nullable(),
    kind: SectionKindSchema,
    headingRange: RangeSchema.nullable(),
    blocks: z.array(BlockSchema),
    range: RangeSchema,
  })
  .strict();

/** One agenda item (`Punkt 3: Title`). `headingRange` spans the opener line(s). */
export const ItemSchema = z
  .object({
    type: z.literal('item'),
    number: z.number().int().nullable(),
    title: z.string(),
    headingRange: RangeSchema,
    caseNumber: CaseNumberSchema.nullable(),
    sections: z.array(SectionSchema),
    range: RangeSchema,
  })
  .strict();

/** What a section is about. */
export type SectionKind = z.infer<typeof SectionKindSchema>;
/** A case (journal) number. */
export type CaseNumber = z.infer<typeof CaseNumberSchema>;
/** A section of an agenda item. */
export type Section = z.infer<typeof SectionSchema>;
/** An agenda item. */
export type Item = z.infer<typeof ItemSchema>;
