/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an
 * argument and throws a RangeError past about 100,000 items, which input must never cause.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
