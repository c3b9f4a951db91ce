import * as z from 'zod';

/**
 * What layout inference read off the document (`src/layout/`): the item-opener form, the
 * headings, the case-number shapes and the role of the table of contents. A user adapting the
 * library to a municipality's layout reads it to see what was inferred, and pins what is wrong
 * in a dialect (`defineDialect`).
 *
 * @example
 * import { parse } from 'referat';
 * const { document } = parse('1. Vejplan\n\nSagsnr.: 24/1001\n\nBeslutning\n\nGodkendt.\n');
 * console.log(document.layout);
 * // { itemOpener: 'numbered', items: 1, headings: ['Beslutning'], caseNumbers: ['99/9999'], toc: 'none' }
 */
export const LayoutReportSchema = z
  .object({
    /**
     * How items open: `dialect` (the dialect's own `Punkt {n}:` openers), `numbered` (`3. Title`,
     * `Punkt 3 Title`, `3: Title`, …), `numberAlone` (`3` with the title on the next line),
     * `numberUnderTitle` (`Title` / `Sag nr. 3`), `fields` (`Punktnummer: 3` / `Navn: Title`),
     * `titleAndCaseNumber` and `caseNumber` (unnumbered items headed by a case number),
     * `headings` (unnumbered items told apart by their headings); null when no item was found.
     */
    itemOpener: z
      .enum(['dialect', 'numbered', 'numberAlone', 'numberUnderTitle', 'fields', 'titleAndCaseNumber', 'caseNumber', 'headings'])
      .nullable(),
    /** How many items were opened. */
    items: z.number().int(),
    /** The distinct section headings, as printed (at most 64). */
    headings: z.array(z.string()),
    /** The shapes of the case numbers found, digits as `9` and letters as `A`. */
    caseNumbers: z.array(z.string()),
    /** `none`, `present`, or `confirmsOpeners` when item openers were found with a TOC beside them. */
    toc: z.enum(['none', 'present', 'confirmsOpeners']),
  })
  .strict();

/**
 * What layout inference read off the document (see {@link LayoutReportSchema}).
 *
 * @example
 * import type { LayoutReport } from 'referat';
 * const numbered = (layout: LayoutReport | null) => layout?.itemOpener === 'numbered';
 */
export type LayoutReport = z.infer<typeof LayoutReportSchema>;
