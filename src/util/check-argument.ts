/**
 * Checks an argument of an exported helper, so that a wrong type fails with a message naming
 * the function and the argument instead of a TypeError from deep inside (`reading 'replace'`).
 */
export function expectString(fn: string, what: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}() expects ${what} as a string, got ${describeValue(value)}`);
}

/** As {@link expectString}, for a whole number. */
export function expectInteger(fn: string, what: string, value: unknown): asserts value is number {
  if (!Number.isInteger(value)) throw new TypeError(`${fn}() expects ${what} as a whole number, got ${describeValue(value)}`);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
