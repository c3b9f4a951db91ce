import { type Dialect, defineDialect } from '../../src/dialect/define-dialect.js';
import { baseVocabulary } from './vocabulary.js';

/** The base dialect: the seeds' family of layouts. Other dialects extend its vocabulary. */
export const baseDialect: Dialect = defineDialect({ name: 'base', vocabulary: baseVocabulary });
