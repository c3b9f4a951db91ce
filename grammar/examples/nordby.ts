import { type Dialect, defineDialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from '../dialects/generic.js';
import { headings } from '../dialects/headings.js';

/*
 * An example of a municipality's own dialect, as docs/dialects.md walks through it. The layout
 * (made up, test/fixtures/dialects/nordby.txt): labels and values on separate lines, no table of
 * contents, `Pkt. N Title` items, headings in capitals, and each decision opened by
 * `Beslutning i <udvalg> den DD-MM-YYYY`.
 */
export const nordbyDialect: Dialect = defineDialect({
  name: 'nordby',
  // Start from every known word; each field below replaces the generic one.
  extends: genericDialect,
  vocabulary: {
    // `UDVALG` alone on its line, its value on the next: a label without a colon.
    headerLabels: [
      { label: 'Udvalg', key: 'committee' },
      { label: 'Mødedato', key: 'date' },
      { label: 'Mødested', key: 'location' },
      { label: 'Deltagere', key: 'participants' },
      { label: 'Afbud', key: 'absent' },
    ],
    titleWords: [{ word: 'Referat', kind: 'referat' }],
    tocHeadings: [],
    // `Pkt. 2 Budgetopfølgning 2025`: no colon after the number.
    itemOpeners: ['Pkt. {n}'],
    // Matching ignores case, so `SAGSFREMSTILLING` is found as written here.
    sectionHeadings: [
      ...headings('Sagsfremstilling', 'Økonomi', 'Indstilling', 'Bilag'),
      { text: 'Oversigt', kind: 'economy' },
    ],
    decisionOpeners: ['Beslutning i {text} den {text}'],
    recommendationOpeners: [],
  },
  // What `detectDialect` looks for near the start of a document.
  detect: ['Pkt. {n} {text}', 'Beslutning i {text} den {text}', 'Sagsfremstilling'],
});
