// Spreading an array into a call (push(...items), Math.max(...items)) passes each item as an
// argument on the stack and throws a RangeError past about 100,000 of them: a catalogue can
// hold that many duties, documents or findings in one file.

/** Appends `items` to `target` and returns it. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest `measure` over `items`, never less than `floor`. */
export function maxOf<T>(items: Iterable<T>, measure: (item: T) => number, floor = -Infinity): number {
  let max = floor;
  for (const item of items) max = Math.max(max, measure(item));
  return max;
}
