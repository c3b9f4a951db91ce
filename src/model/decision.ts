import * as z from 'zod';
import { RangeSchema } from './range.js';

/**
 * What a decision says was done, from its Danish wording: `approved` (Godkendt, Tiltrådt,
 * Indstillingen tiltrådt), `recommended` (Anbefales, Indstilles til godkendelse), `noted`
 * (Taget til efterretning, Orientering givet), `discussed` (Drøftet), `postponed` (Udsat),
 * `rejected` (Ikke godkendt, Forkastet), `other` for any other wording.
 *
 * @example
 * import { OutcomeSchema } from 'referat';
 * console.log(OutcomeSchema.options); // ['approved', 'recommended', 'noted', 'discussed', 'postponed', 'rejected', 'other']
 * OutcomeSchema.safeParse('godkendt').success; // false: values are the English names
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
 *
 * @example
 * import { parse, PersonSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.attendance.absent[0] ?? null));
 * if (value !== null) PersonSchema.parse(value); // throws a ZodError naming the path when the JSON is no Person
 */
export const PersonSchema = z
  .object({
    type: z.literal('person'),
    /** The name as printed. */
    name: z.string(),
    /** The party letter in parentheses, or null. */
    party: z.string().nullable(),
    /** The name as the participant list prints it, when the person was linked to it; else null. */
    participant: z.string().nullable(),
    /** True when that link was made on a differing spelling. */
    fuzzy: z.boolean(),
    range: RangeSchema,
  })
  .strict();

/**
 * A substitute (`I stedet deltog Cecilie Lindahl (B)`); `for` is the name of the member replaced, when printed.
 *
 * @example
 * import { parse, SubstituteSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.attendance.substitutes[0] ?? null));
 * if (value !== null) SubstituteSchema.parse(value); // throws a ZodError naming the path when the JSON is no Substitute
 */
export const SubstituteSchema = z
  .object({
    type: z.literal('substitute'),
    /** The substitute’s name as printed. */
    name: z.string(),
    /** The party letter in parentheses, or null. */
    party: z.string().nullable(),
    /** The name of the member replaced, when printed; else null. */
    for: z.string().nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * Who was absent when a decision was made, and who stood in. Empty lists when nothing is said.
 *
 * @example
 * import { parse, AttendanceSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.attendance ?? null));
 * if (value !== null) AttendanceSchema.parse(value); // throws a ZodError naming the path when the JSON is no Attendance
 */
export const AttendanceSchema = z
  .object({
    /** Members absent when the decision was made. */
    absent: z.array(PersonSchema),
    /** Substitutes who took part. */
    substitutes: z.array(SubstituteSchema),
  })
  .strict();

/**
 * A numbered sub-decision (`1. Godkendt.`, `Ad 2-3. Indstilles til godkendelse`); `label` is `1`, `2-3`.
 *
 * @example
 * import { parse, DecisionPartSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.decisions[0]?.parts[0] ?? null));
 * if (value !== null) DecisionPartSchema.parse(value); // throws a ZodError naming the path when the JSON is no DecisionPart
 */
export const DecisionPartSchema = z
  .object({
    type: z.literal('decisionPart'),
    /** The number as printed (`1`, `2-3`). */
    label: z.string(),
    /** The sub-decision’s text. */
    text: z.string(),
    /** What it decided, or null. */
    outcome: OutcomeSchema.nullable(),
    range: RangeSchema,
  })
  .strict();

/**
 * How members voted, where the text says (`Et flertal bestående af A, B og C …`, `Imod stemte
 * Ø`): names or party letters as printed.
 *
 * @example
 * import { parse, VotesSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.decisions[0]?.votes ?? null));
 * if (value !== null) VotesSchema.parse(value); // throws a ZodError naming the path when the JSON is no Votes
 */
export const VotesSchema = z
  .object({
    type: z.literal('votes'),
    /** Who voted for: names or party letters as printed. */
    for: z.array(z.string()),
    /** Who voted against. */
    against: z.array(z.string()),
    /** Who abstained (undlod at stemme). */
    abstained: z.array(z.string()),
    range: RangeSchema,
  })
  .strict();

/**
 * A decision recorded in an item: this meeting's own (`current`), or an earlier body's decision
 * the item quotes (`Beslutning fra Arbejdsmarkedsudvalget, den 12. maj 2025, punkt 26:`).
 * `body`, `date` (`YYYY-MM-DD`) and `itemNumber` are null where not printed; `text` is the
 * decision's text without its attendance lines; `outcome` is null when there is no text.
 *
 * @example
 * import { parse, DecisionSchema } from 'referat';
 * const { document } = parse(text);
 * const value = JSON.parse(JSON.stringify(document.items[0]?.decisions[0] ?? null));
 * if (value !== null) DecisionSchema.parse(value); // throws a ZodError naming the path when the JSON is no Decision
 */
export const DecisionSchema = z
  .object({
    type: z.literal('decision'),
    /** The deciding body (`Økonomiudvalget`), or null when not printed. */
    body: z.string().nullable(),
    /** The date of the decision as `YYYY-MM-DD`, or null. */
    date: z.string().nullable(),
    /** The item number the quoted decision had at its meeting, or null. */
    itemNumber: z.number().int().nullable(),
    /** True for this meeting’s own decision, false for a quoted earlier one. */
    current: z.boolean(),
    /** The decision’s text, without its attendance lines. */
    text: z.string(),
    /** What was decided (`approved`, `noted`, …); null when there is no text. */
    outcome: OutcomeSchema.nullable(),
    /** Numbered sub-decisions (`1. Godkendt.`), in order. */
    parts: z.array(DecisionPartSchema),
    /** How members voted, where the text says; else null. */
    votes: VotesSchema.nullable(),
    /** Who was absent and who stood in when the decision was made. */
    attendance: AttendanceSchema,
    range: RangeSchema,
  })
  .strict();

/**
 * What a decision says was done.
 *
 * @example
 * import { parse, type Outcome } from 'referat';
 * const { document } = parse(text);
 * const outcome: Outcome | null = document.items[0]?.decisions[0]?.outcome ?? null;
 * const approved = outcome === 'approved' || outcome === 'recommended';
 */
export type Outcome = z.infer<typeof OutcomeSchema>;
/**
 * A person named in an attendance line.
 *
 * @example
 * import { parse, type Person } from 'referat';
 * const { document } = parse(text);
 * const person: Person | null = document.items[0]?.attendance.absent[0] ?? null;
 * console.log(person?.name, person?.party, person?.participant); // 'Ib Poulsen' 'O' 'Ib Poulsen'
 */
export type Person = z.infer<typeof PersonSchema>;
/**
 * A substitute member.
 *
 * @example
 * import { parse, type Substitute } from 'referat';
 * const { document } = parse(text);
 * const substitute: Substitute | null = document.items[0]?.attendance.substitutes[0] ?? null;
 * console.log(substitute?.name, substitute?.for); // 'Cecilie Lindahl' 'Ib Poulsen'
 */
export type Substitute = z.infer<typeof SubstituteSchema>;
/**
 * Absences and substitutes of one decision.
 *
 * @example
 * import { parse, type Attendance } from 'referat';
 * const { document } = parse(text);
 * const attendance: Attendance | null = document.items[0]?.attendance ?? null;
 * console.log(attendance?.absent.map((p) => p.name), attendance?.substitutes.map((s) => s.name));
 */
export type Attendance = z.infer<typeof AttendanceSchema>;
/**
 * A numbered sub-decision.
 *
 * @example
 * import { parse, type DecisionPart } from 'referat';
 * const { document } = parse(text);
 * const decisionPart: DecisionPart | null = document.items[0]?.decisions[0]?.parts[0] ?? null;
 * console.log(decisionPart?.label, decisionPart?.outcome); // '1' 'approved'
 */
export type DecisionPart = z.infer<typeof DecisionPartSchema>;
/**
 * Votes as the text states them.
 *
 * @example
 * import { parse, type Votes } from 'referat';
 * const { document } = parse(text);
 * const votes: Votes | null = document.items[0]?.decisions[0]?.votes ?? null;
 * if (votes) console.log(votes.for, votes.against, votes.abstained);
 */
export type Votes = z.infer<typeof VotesSchema>;
/**
 * A decision.
 *
 * @example
 * import { parse, type Decision } from 'referat';
 * const { document } = parse(text);
 * const decision: Decision | null = document.items[0]?.decisions[0] ?? null;
 * console.log(decision?.current, decision?.body, decision?.date, decision?.outcome); // true 'Handicaprådet' '2025-05-22' 'approved'
 */
export type Decision = z.infer<typeof DecisionSchema>;
