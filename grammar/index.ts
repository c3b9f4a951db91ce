/**
 * The bundled dialects. `src/index.ts` re-exports this module; dialects import only the
 * authoring API in `src/dialect/`, never engine internals.
 */
export { baseDialect } from './base/index.js';
export { baseVocabulary } from './base/vocabulary.js';
import { baseDialect } from './base/index.js';

/** The dialect `parse` uses when none is given. */
export const defaultDialect = baseDialect;
