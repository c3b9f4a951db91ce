import * as z from 'zod';
import { RangeSchema } from './range.js';

/**
 * What a decision says was done, from its Danish wording: `approved` (Godkendt, Tiltrådt,
 * Indstillingen tiltrådt), `recommended` (Anbefales, Indstilles til godkendelse), `noted`
 * (Taget til efterretning, Orientering givet), `discussed` (Drøftet), `postponed` (Udsat),
 * `rejected` (Ikke godkendt, Forkastet), `other` for any other wording.
 */
export const OutcomeSchema = z.enum([
  'approved',
  'recommended',
  'noted',
  'discussed',
  'postponed',
  'rejected',
  'other',
]);

/**
 * A person named in an attendance line (`Ib Poulsen (O)`). `participant` is the name as the
 * meeting's participant list prints it when the person could be linked to it, and `fuzzy` tells
 * whether that link was made on a spelling that differs (`Camilla Damgaard Hassing` →
 * `Camilla Damsgård Hassing`). `range` spans the line that names the person.
 */
export const PersonSchema = z
  .object({
    type: z.literal('person'),
    name: z.string(),
    party: z.string().nullable(),
    participant: z.string().nullable(),
    fuzzy: z.boolean(),
    range: RangeSchema,
  })
  .strict();

/** A substitute (`I stedet deltog Cecilie Lindahl (B)`); `for` is the name of the member replaced, when printed. */
export const SubstituteSchema = z
  .object({
    type: z.literal('substitute'),
    name: z.string(),
    party: z.string().nullable(),
    for: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/** Who was absent when a decision was made, and who stood in. Empty lists when nothing is said. */
export const AttendanceSchema = z
  .object({
    absent: z.array(PersonSchema),
    substitutes: z.array(SubstituteSchema),
  })
  .strict();

/** A numbered sub-decision (`1. Godkendt.`, `Ad 2-3. Indstilles til godkendelse`); `label` is `1`, `2-3`. */
export const DecisionPartSchema = z
  .object({
    type: z.literal('decisionPart'),
    label: z.string(),
    text: z.string(),
    outcome: OutcomeSchema.nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * How members voted, where the text says (`Et flertal bestående af A, B og C …`, `Imod stemte
 * Ø`): names or party letters as printed.
 */
export const VotesSchema = z
  .object({
    type: z.literal('votes'),
    for: z.array(z.string()),
    against: z.array(z.string()),
    abstained: z.array(z.string()),
    range: RangeSchema,
  })
  .strict();

/**
 * A decision recorded in an item: this meeting's own (`current`), or an earlier body's decision
 * the item quotes (`Beslutning fra Arbejdsmarkedsudvalget, den 12. maj 2025, punkt 26:`).
 * `body`, `date` (`YYYY-MM-DD`) and `itemNumber` are null where not printed; `text` is the
 * decision's text without its attendance lines; `outcome` is null when there is no text.
 */
export const DecisionSchema = z
  .object({
    type: z.literal('decision'),
    body: z.string().nullable(),
    date: z.string().nullable(),
    itemNumber: z.number().int().nullable(),
    current: z.boolean(),
    text: z.string(),
    outcome: OutcomeSchema.nullable(),
    parts: z.array(DecisionPartSchema),
    votes: VotesSchema.nullable(),
    attendance: AttendanceSchema,
    range: RangeSchema,
  })
  .strict();

/** What a decision says was done. */
export type Outcome = z.infer<typeof OutcomeSchema>;
/** A person named in an attendance line. */
export type Person = z.infer<typeof PersonSchema>;
/** A substitute member. */
export type Substitute = z.infer<typeof SubstituteSchema>;
/** Absences and substitutes of one decision. */
export type Attendance = z.infer<typeof AttendanceSchema>;
/** A numbered sub-decision. */
export type DecisionPart = z.infer<typeof DecisionPartSchema>;
/** Votes as the text states them. */
export type Votes = z.infer<typeof VotesSchema>;
/** A decision. */
export type Decision = z.infer<typeof DecisionSchema>;
