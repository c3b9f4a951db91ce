/**
 * The bundled dialects. `src/index.ts` re-exports this module; dialects import only the
 * authoring API in `src/dialect/`, never engine internals.
 */
export { genericVocabulary } from './dialects/generic-vocabulary.js';
export {
  genericDialect,
  lejreDialect,
  lemvigDialect,
  lyngbyTaarbaekDialect,
  templateDialects,
  thistedDialect,
} from './dialects/index.js';
import { genericDialect } from './dialects/index.js';

/** The dialect `parse` falls back to when detection finds no template. */
export const defaultDialect = genericDialect;
