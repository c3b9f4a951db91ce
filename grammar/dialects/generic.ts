import { type Dialect, builtInDialect } from '../../src/dialect/define-dialect.js';
import { genericVocabulary } from './generic-vocabulary.js';

/**
 * The union of the layouts `referat` knows: every word of every built-in template. `parse` falls
 * back to it when no template's marks are found, and the templates extend it.
 */
export const genericDialect: Dialect = builtInDialect({ name: 'generic', vocabulary: genericVocabulary, detect: [] });
