import { containsWord, dVariants, hasMarks, likelyReading, phraseOf, queryTerms } from './query.ts';

/**
 * Vietnamese on top of Pagefind: every d/đ reading of the query, the phrase
 * before the loose words, exact marks when the reader typed marks (so "cửa
 * khẩu" is not flooded by "của"), and a list of words that matched nothing.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Sections of the page (one per clause heading) where the words occur. */
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

export interface Found {
  results: PagefindResult[];
  filters: FilterCounts;
  /** Marks were typed but nothing matched them exactly: results are the unaccented reading. */
  loosened: boolean;
}

export interface SearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, string>;
  /**
   * A quick first answer: one search, not one per d/đ reading and again for the
   * phrase (each doubles the cost); the likeliest reading, with these words read with đ.
   */
  quick?: { dWords: ReadonlySet<string> };
}

async function union(pf: Pagefind, queries: string[], options: SearchOptions): Promise<PagefindResponse> {
  const responses = await Promise.all(queries.map((q) => pf.search(q, options)));
  const best = new Map<string, PagefindResult>();
  for (const r of responses.flatMap((x) => x.results)) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  const filters = responses.reduce<FilterCounts>((acc, r) => (Object.keys(r.filters).length > Object.keys(acc).length ? r.filters : acc), {});
  // With a sort the engine's order is the reader's order; otherwise by score.
  const results = options.sort ? responses.flatMap((x) => x.results).filter((r) => best.get(r.id) === r) : [...best.values()].sort((a, b) => b.score - a.score);
  return { results, filters };
}

async function readings(pf: Pagefind, q: string, options: SearchOptions): Promise<PagefindResponse> {
  if (options.quick) return union(pf, [likelyReading(q, options.quick.dWords)], options);
  const phrase = phraseOf(q);
  if (!phrase) return union(pf, dVariants(q), options);
  // Both at once: Pagefind queues them, but neither waits for the other's results to be read.
  const [loose, exact] = await Promise.all([union(pf, dVariants(q), options), union(pf, dVariants(phrase), options)]);
  // Pagefind does not score phrase matches (all 1.0): pages holding the phrase come first, in the loose reading's order.
  const inPhrase = new Set(exact.results.map((r) => r.id));
  const looseIds = new Set(loose.results.map((r) => r.id));
  return {
    results: [
      ...loose.results.filter((r) => inPhrase.has(r.id)),
      ...exact.results.filter((r) => !looseIds.has(r.id)),
      ...loose.results.filter((r) => !inPhrase.has(r.id)),
    ],
    filters: loose.filters,
  };
}

/** A word matched nothing when none of its readings finds a record that really contains it (Pagefind falls back to prefixes). */
async function matchesNothing(pf: Pagefind, word: string): Promise<boolean> {
  for (const reading of dVariants(word)) {
    const { results } = await pf.search(reading);
    const top = await results[0]?.data();
    if (top && containsWord(top.content, word)) return false;
  }
  return true;
}

export async function find(pf: Pagefind, q: string, options: SearchOptions): Promise<Found> {
  if (!q) {
    const all = await pf.search(null, options);
    return { results: all.results, filters: all.filters, loosened: false };
  }
  const marked = hasMarks(q);
  await pf.options({ exactDiacritics: marked });
  let found = await readings(pf, q, options);
  let loosened = false;
  if (marked && found.results.length === 0) {
    await pf.options({ exactDiacritics: false });
    found = await readings(pf, q, options);
    loosened = found.results.length > 0;
  }
  await pf.options({ exactDiacritics: false });
  return { ...found, loosened };
}

/**
 * Words of the query that no record contains (Pagefind silently drops them).
 * A word present in one of the records already shown is matched; only the
 * others are searched alone, after the results are on screen.
 */
export async function unmatchedWords(pf: Pagefind, q: string, shown: PagefindData[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of queryTerms(q)) {
    if (shown.some((d) => containsWord(d.content, t))) continue;
    if (await matchesNothing(pf, t)) out.push(t);
  }
  return out;
}
