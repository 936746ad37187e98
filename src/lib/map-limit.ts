/**
 * `Promise.all(items.map(fn))` with at most `limit` calls running at once: file
 * reads and writes over 10,000 documents would otherwise hold 10,000 file
 * handles (EMFILE when two steps read the collection at the same time).
 * Results keep the items' order.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    for (let k = next++; k < items.length; k = next++) results[k] = await fn(items[k]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
