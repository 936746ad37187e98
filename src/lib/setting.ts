/** A count set through the environment (SEARCH_COMMON, SEARCH_SHARD…): a whole number from 1, `fallback` when unset, else a clear message. */
export function countSetting(name: string, value: string | undefined, fallback: number, unit: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}="${value}": expected a whole number of ${unit} (at least 1).`);
  return n;
}
