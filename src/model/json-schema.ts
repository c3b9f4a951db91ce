import * as z from 'zod';
import { ReferatSchema } from './document.js';

/**
 * The JSON Schema (draft 2020-12) of a serialized document, generated from the zod model: what
 * `serialize(document, { format: 'json' })` writes validates against it. The package ships it as
 * `referat/schema.json`.
 *
 * @example
 * import { parse, referatJsonSchema, serialize } from 'referat';
 * const schema = referatJsonSchema(); // draft 2020-12, for any JSON Schema validator
 * const json = JSON.parse(serialize(parse(text).document, { format: 'json' }));
 */
export function referatJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReferatSchema) as Record<string, unknown>;
}
