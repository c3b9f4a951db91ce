import * as z from 'zod';
import { SectionKindSchema } from '../model/agenda.js';
import { OutcomeSchema } from '../model/decision.js';
import { HeaderKeySchema } from '../model/meeting.js';

const phrase = z.string().trim().min(1);

/**
 * A line pattern written as text: literal words, `{n}` for a number and `{text}` for any text
 * on the rest of the line, e.g. `Punkt {n}:` or `Beslutning fra {text}`. Spaces match any run of
 * spaces, TABs excepted. Matching ignores case.
 */
export const LinePatternSchema = phrase.refine((p) => !/\{(?!n\}|text\})/.test(p), {
  message: 'only the placeholders {n} and {text} are allowed',
});

/**
 * The words of one layout: what a municipality edits to make `referat` read its minutes.
 * Every field is data; the engine builds the lexer tokens from it (`src/lexer/build-lexer.ts`).
 *
 * @example
 * import { genericVocabulary, VocabularySchema } from 'referat';
 * VocabularySchema.parse({ ...genericVocabulary, itemOpeners: ['Sag {n}:'] }); // throws a ZodError naming the field when malformed
 */
export const VocabularySchema = z
  .object({
    /** Words that open the title line (`REFERAT Handicaprådet …`) and the kind they give. */
    titleWords: z.array(z.object({ word: phrase, kind: z.enum(['referat', 'dagsorden']) })),
    /**
     * Labels of the front-matter lines (`Mødedato`, `Mødested`, `Mødedeltagere`). A label that
     * ends in `:` needs the colon; otherwise a colon after it is optional.
     */
    headerLabels: z.array(z.object({ label: phrase, key: HeaderKeySchema })),
    /** Headings of the table of contents (`Indholdsfortegnelse`). */
    tocHeadings: z.array(phrase),
    /** Lines that open an agenda item (`Punkt {n}:`); the rest of the line is the title. */
    itemOpeners: z.array(LinePatternSchema).min(1),
    /** Section headings, each alone on its line, and the kind of section each opens. */
    sectionHeadings: z.array(z.object({ text: phrase, kind: SectionKindSchema })),
    /** Lines that open a decision section (`Beslutning fra {text}`). */
    decisionOpeners: z.array(LinePatternSchema),
    /** Lines that open a recommendation section (`{text} indstiller,`). */
    recommendationOpeners: z.array(LinePatternSchema),
    /** Labels that may precede a case number on its line (`Sagsnr.`). */
    caseNumberLabels: z.array(phrase),
    /**
     * Decision wording and the outcome it states (`Taget til efterretning` → `noted`). The
     * phrase that starts earliest in a decision's first sentence wins, the longest on a tie.
     */
    outcomes: z.array(z.object({ phrase, outcome: OutcomeSchema.exclude(['other']) })),
    /**
     * Whole lines that are artefacts of extraction, not content (`Side {n} af {n}`, `Til
     * toppen`), and what they are. They are kept in `document.artifacts`.
     */
    /**
     * How attendance is written after a decision: labels followed by names (`Fraværende:`),
     * phrases after the names (`deltog ikke`, `var fraværende`), after a substitute's name
     * (`deltog som suppleant`), and before it (`I stedet deltog`). A members table (`Medlemmer ⇥
     * Afbud`, one member a row) opens with one of `memberHeadings` over one of `absentLabels`;
     * a row whose second cell starts with `x` or an absent label marks the member absent, and
     * one of `substitutePhrases` there names the substitute. `memberHeadings` may be left out
     * (no members table is then recognised). In a run-on member list (`Anne Holm deltog Bo Berg
     * var fraværende`), each name is followed by one of `presentPhrases` (`deltog`; optional) or
     * of `absentPhrases`. `absentLeads` open a sentence whose rest names the absent (`Afbud fra
     * Anne Holm.`, `Der var afbud fra Bo Berg og Carl Dahl.`; optional).
     */
    attendance: z
      .object({
        absentLabels: z.array(phrase),
        absentPhrases: z.array(phrase),
        absentLeads: z.array(phrase).optional(),
        substitutePhrases: z.array(phrase),
        insteadPhrases: z.array(phrase),
        memberHeadings: z.array(phrase).optional(),
        presentPhrases: z.array(phrase).optional(),
      })
      .strict(),
    /**
     * Words the header reader knows besides `headerLabels` (`src/builder/read-header.ts`).
     * They are not lexer tokens, so they may be words that also open ordinary lines.
     * Optional: a dialect without them reads the header from `headerLabels` alone.
     */
    header: z
      .object({
        /**
         * Labels read only in the front matter: alone on a line (`UDVALG`, `STED`) with the
         * value below, glued to the value (`MødestedRådhuset`), or inside a line that holds a
         * whole flattened page (`… Dato 23. september 2009 Tid 19:00 Sted …`). Key `other`
         * marks a label that only ends the value before it (`Sluttidspunkt`, `Bemærkninger`).
         */
        labels: z.array(z.object({ label: phrase, key: HeaderKeySchema })),
        /** Words in a title between the title word and the committee (`af møde i`, `til mødet i`, `fra`). */
        committeeLeads: z.array(phrase),
        /** Words after the committee that name the kind of meeting (`Ordinært møde`, `Ekstraordinært`). */
        meetingWords: z.array(phrase),
        /** Word endings of a political body's name (`udvalg`, `udvalget`, `byråd`, `rådet`). */
        bodyEndings: z.array(phrase),
        /** Words of web pages and PDF wrappers that never hold a header value (`Hent som fil`, `cookies`). */
        chrome: z.array(phrase),
      })
      .strict()
      .optional(),
    /** Characters that mark a bulleted list entry (`-`, `•`, `▪`); numbers and letters are built in. */
    listBullets: z.array(z.string().length(1)),
    artifacts: z.array(z.object({ pattern: LinePatternSchema, kind: z.enum(['pageNumber', 'navigation']) })),
    /**
     * Words printed before an item number when the dialect's own openers do not say it
     * (`Punkt 3 Title`, `Pkt. 7`, `Nr. 12 - Title`, `Sag nr. 129` under the title). Layout
     * inference (`src/layout/`) reads them; the dialect's `itemOpeners` need no entry here.
     */
    itemLabels: z.array(phrase).default([]),
    /**
     * Labelled item fields, one per line, as some systems export items (`Punktnummer: 3`,
     * `Navn: Title`): the labels of the number and of the title.
     */
    itemFields: z.object({ number: z.array(phrase), title: z.array(phrase) }).strict().default({ number: [], title: [] }),
    /**
     * Words that mark an item open or closed, printed before its title or on a line of their
     * own (`Åbent`, `Lukket punkt`): item metadata, not title or body text.
     */
    itemStatusWords: z.array(phrase).default([]),
    /**
     * Labels of item metadata lines that are neither case number nor body text (`Dok.nr.:`,
     * `Initialer:`, `Sagsbehandler:`).
     */
    itemMetadataLabels: z.array(phrase).default([]),
    /**
     * Headings that some templates also use as sub-headings inside a body text (`Baggrund`,
     * `Høring`): a line that is exactly one of them opens a section only when it does so in two
     * or more items of the document.
     */
    recurringHeadings: z.array(z.object({ text: phrase, kind: SectionKindSchema })).default([]),
    /**
     * Labels of an earlier decision written as fields under `Sagsforløb` (`Udvalg: Magistraten`,
     * `Dato: 02-09-2025`, `Punktnummer: 3`), as FirstAgenda prints a case's path.
     */
    historyLabels: z
      .object({ body: z.array(phrase), date: z.array(phrase), itemNumber: z.array(phrase) })
      .strict()
      .default({ body: [], date: [], itemNumber: [] }),
  })
  .strict();

/**
 * The words of one layout.
 *
 * @example
 * import { defineDialect, genericVocabulary, type Vocabulary } from 'referat';
 * const words: Partial<Vocabulary> = { itemOpeners: [...genericVocabulary.itemOpeners, 'Sag {n}:'] };
 * const dialect = defineDialect({ name: 'sag', vocabulary: { ...genericVocabulary, ...words } });
 */
export type Vocabulary = z.infer<typeof VocabularySchema>;
