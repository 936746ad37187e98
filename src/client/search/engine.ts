import { containsWord, dVariants, hasMarks, likelyReading, phraseOf, queryTerms } from './query.ts';

/**
 * Vietnamese on top of Pagefind: every d/đ reading of the query, the phrase
 * (read from the words' positions) before the loose words, exact marks when
 * the reader typed marks (so "cửa khẩu" is not flooded by "của"), and a list
 * of words that matched nothing.
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
  /** Where the query's words occur in the page (Pagefind's word positions), when Pagefind found it. */
  words?: number[];
  data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
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
   * Syllables mostly written with đ (d-words.ts): the answer lists the
   * likeliest reading's results first, then the other readings'. Scores of different readings do not compare: "dan" read "đan"
   * matches the start of "Đảng", rare, so high, and buried "dân".
   */
  dWords?: ReadonlySet<string>;
  /** Ids listed after all others, in their order (the instruments' pages, bundles.ts `hubs`), unless the reader sorts by date. */
  after?: ReadonlySet<string>;
}

/** The results not in `after` first, then those in it; each keeps its order. */
export function lastOf(results: PagefindResult[], after: ReadonlySet<string> | undefined): PagefindResult[] {
  if (!after?.size) return results;
  return [...results.filter((r) => !after.has(r.id)), ...results.filter((r) => after.has(r.id))];
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

/** Results of `first`, then those of `rest` not already in: what Pagefind returned, each once; filter counts from the wider of the two. */
function before(first: PagefindResponse, rest: PagefindResponse): PagefindResponse {
  const ids = new Set(first.results.map((r) => r.id));
  return {
    results: [...first.results, ...rest.results.filter((r) => !ids.has(r.id))],
    filters: rest.results.length >= first.results.length ? rest.filters : first.filters,
  };
}

/**
 * Does a page hold the query's `n` words side by side, as far as Pagefind's
 * positions of them tell? A run of `n` positions each holding one of the
 * words: the phrase, found without a second search (which would read every
 * position of the words again).
 */
export function holdsRun(positions: readonly number[], n: number): boolean {
  const at = new Set(positions);
  return positions.some((p) => {
    for (let k = 1; k < n; k++) if (!at.has(p + k)) return false;
    return true;
  });
}

/** Pages holding the phrase first, each group in the loose reading's order. */
function phraseFirst(loose: PagefindResponse, n: number): PagefindResponse {
  const inPhrase = loose.results.filter((r) => holdsRun(r.words ?? [], n));
  return before({ results: inPhrase, filters: loose.filters }, loose);
}

/** Every d/đ reading of the query, the likeliest one's results first when the likely spellings are known. */
async function likelyFirst(pf: Pagefind, q: string, options: SearchOptions): Promise<PagefindResponse> {
  const all = dVariants(q);
  // With a sort the reader's order is the engine's: one list, not the likeliest reading's first.
  if (!options.dWords || all.length === 1 || options.sort) return union(pf, all, options);
  const likely = likelyReading(q, options.dWords);
  const [first, rest] = await Promise.all([
    union(pf, [likely], options),
    union(
      pf,
      all.filter((v) => v !== likely),
      options,
    ),
  ]);
  return before(first, rest);
}

async function readings(pf: Pagefind, q: string, options: SearchOptions): Promise<PagefindResponse> {
  const loose = await likelyFirst(pf, q, options);
  // With a sort the reader's order is the dates'.
  return phraseOf(q) && !options.sort ? phraseFirst(loose, queryTerms(q).length) : loose;
}

/**
 * The pages whose own number it is (`own`), then those holding the number
 * (common.ts `findNumbered`), before the answer to the words, whoever gave
 * it; each once, the instruments' pages last.
 */
export function numberedFirst(numbered: Found | null, found: Found, options: SearchOptions, own: PagefindResult[] = []): Found {
  if (!numbered) return found;
  const merged = before({ results: own, filters: {} }, before(numbered, found));
  return {
    results: options.sort ? merged.results : lastOf(merged.results, options.after),
    filters: merged.filters,
    loosened: numbered.loosened || found.loosened,
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

/** Pagefind's answer to a query of words (filters alone are the page table's, common.ts `findFiltered`). */
export async function find(pf: Pagefind, q: string, options: SearchOptions): Promise<Found> {
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
  return { results: options.sort ? found.results : lastOf(found.results, options.after), filters: found.filters, loosened };
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
