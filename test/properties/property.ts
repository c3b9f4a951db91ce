import { type ParseOptions, parse, serialize } from 'referat';
import { checkInvariants } from '../helpers/invariants.js';

/**
 * What every input must give (issue 5, "Never throw, nothing lost"): no exception, ranges in
 * bounds and ordered, nothing lost, a lossless round trip, a result the zod schema accepts.
 * Throws an Error describing the first failure.
 */
export function checkInput(input: string, options?: ParseOptions): void {
  const result = parse(input, options);
  checkInvariants(input, result, options);
  const back = serialize(result.document);
  if (back !== input) throw new Error(`lossless round trip differs (length ${back.length} vs ${input.length})`);
}
