import { type Dialect, builtInDialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from './generic.js';
import { headings } from './headings.js';

/**
 * Thisted Kommune (seeds 000, 003): `Punkt N:` items with `Sagstema`, `Redegørelse`, …; earlier
 * decisions quoted as `Beslutning fra <udvalg>, den <dato>, punkt <n>:` under `Tidligere
 * besluttet`; a `Medlemmer ⇥ Afbud` table in item 1.
 */
export const thistedDialect: Dialect = builtInDialect({
  name: 'thisted',
  extends: genericDialect,
  vocabulary: {
    itemOpeners: ['Punkt {n}:'],
    sectionHeadings: headings(
      'Sagstema', 'Redegørelse', 'Retsgrundlag', 'Økonomiske konsekvenser', 'Andre konsekvenser',
      'Høring og sagsgang', 'Indstilling', 'Tidligere besluttet', 'Beslutning', 'Bilag',
    ),
    decisionOpeners: ['Beslutning fra {text}'],
  },
  detect: ['Sagstema', 'Redegørelse', 'Høring og sagsgang', 'Tidligere besluttet', 'Beslutning fra {text}, den {text}, punkt {n}:', 'Medlemmer'],
});
