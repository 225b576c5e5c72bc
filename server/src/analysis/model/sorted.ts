/**
 * How many items at the start of `items` satisfy `before`, found by halving: `items` must hold every item that
 * satisfies it before every item that does not (offsets in order, edits sorted by start). It is where an item that
 * fails `before` would be inserted.
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(items[middle] as T)) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
