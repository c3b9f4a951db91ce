import { type Dialect, builtInDialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from './generic.js';
import { headings } from './headings.js';

/**
 * Lemvig Kommune (seed 001): `Resume`, `Sagsfremstilling`, `Sagen afgøres endelig af`; the
 * recommendation under a heading `Direktøren for … indstiller,`; earlier decisions as
 * `Beslutning fra <udvalg>, <dato>, pkt. <n>:`; KLE numbers without a hyphen before the facet.
 */
export const lemvigDialect: Dialect = builtInDialect({
  name: 'lemvig',
  extends: genericDialect,
  vocabulary: {
    itemOpeners: ['Punkt {n}:'],
    sectionHeadings: headings(
      'Resume', 'Sagsfremstilling', 'Sagen afgøres endelig af', 'Lovgrundlag',
      'Vision, politikker og strategier', 'Økonomi', 'Andre konsekvenser', 'Beslutning', 'Bilag',
    ),
    decisionOpeners: ['Beslutning fra {text}'],
  },
  detect: ['Sagen afgøres endelig af', 'Lovgrundlag', 'Vision, politikker og strategier', '{text} indstiller,', 'Beslutning fra {text} pkt. {n}:'],
});
