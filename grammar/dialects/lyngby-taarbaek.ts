import { type Dialect, builtInDialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from './generic.js';
import { headings } from './headings.js';

/**
 * Lyngby-Taarbæk Kommune (seed 002): `Resume`, `Indstilling`, `Problemstilling`, `Løsninger`,
 * `Beslutningskompetence`; inside `Beslutning`, one block per committee opened by
 * `<udvalg>, den <dato>`.
 */
export const lyngbyTaarbaekDialect: Dialect = builtInDialect({
  name: 'lyngby-taarbaek',
  extends: genericDialect,
  vocabulary: {
    itemOpeners: ['Punkt {n}:'],
    sectionHeadings: headings(
      'Resume', 'Indstilling', 'Problemstilling', 'Løsninger', 'Strategisk ramme', 'Videre proces',
      'Økonomi', 'Beslutningskompetence', 'Sagsfremstilling', 'Beslutning', 'Bilag',
    ),
    decisionOpeners: [],
  },
  detect: ['Problemstilling', 'Løsninger', 'Strategisk ramme', 'Videre proces', 'Beslutningskompetence'],
});
