import type { Dialect } from '../../src/dialect/define-dialect.js';
import { genericDialect } from './generic.js';
import { lejreDialect } from './lejre.js';
import { lemvigDialect } from './lemvig.js';
import { lyngbyTaarbaekDialect } from './lyngby-taarbaek.js';
import { thistedDialect } from './thisted.js';

export { genericDialect, lejreDialect, lemvigDialect, lyngbyTaarbaekDialect, thistedDialect };

/** The templates `detectDialect` chooses among, before falling back to `genericDialect`. */
export const templateDialects: readonly Dialect[] = [thistedDialect, lemvigDialect, lyngbyTaarbaekDialect, lejreDialect];
