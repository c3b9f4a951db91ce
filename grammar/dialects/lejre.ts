import { type Dialect, builtInDialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from './generic.js';
import { headings } from './headings.js';

/**
 * Lejre Kommune (seed 004, Markdown): `## **Punkt N: JAI - …**`, `### **Resumé**`, `Sagens
 * forløb` with dated earlier decisions, `Afbud:` after each decision.
 */
export const lejreDialect: Dialect = builtInDialect({
  name: 'lejre',
  extends: genericDialect,
  vocabulary: {
    itemOpeners: ['Punkt {n}:'],
    sectionHeadings: headings(
      'Resumé', 'Indstilling', 'Beslutningskompetence', 'Sagsfremstilling', 'Administrationens vurdering',
      'Økonomi og finansiering', 'Sagens forløb', 'Beslutning', 'Bilag',
    ),
    decisionOpeners: [],
  },
  detect: ['Resumé', 'Sagens forløb', 'Administrationens vurdering', 'Økonomi og finansiering', 'Beslutningskompetence'],
});
