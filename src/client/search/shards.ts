import type { CommonLists } from './common.ts';
import type { FilterCounts, Pagefind, PagefindResponse, PagefindResult } from './engine.ts';
import { containsWord, queryTerms } from './query.ts';

/**
 * Pagefind's shards (search/shards.ts) searched as one index, one Pagefind
 * instance each (bundles.ts). Not Pagefind's own
 * `mergeIndex`: it sets options (exact marks) on the first index only, sorts
 * merged results by score even when the reader sorts by date, and a shard
 * that lacks a word answers it by a shorter prefix ("IUU" as the "I" of a
 * heading), which a merge would list. Here each shard's best result must hold
 * every word of the query, or the shard's results are left out; filter counts
 * are the sums of the shards kept; with a sort, results go by the pages'
 * dates in the common lists.
 */
export function mergeShards(shards: Pagefind[], common: Pick<CommonLists, 'table' | 'dates'>): Pagefind {
  let dates: Promise<Map<string, string>> | undefined;
  const dateOf = () => (dates ??= Promise.all([common.table(), common.dates()]).then(([t, d]) => new Map(t.ids.map((id, p) => [id, d[p]!]))));
  return {
    init: async () => void (await Promise.all(shards.map((s) => s.init()))),
    options: async (o) => void (await Promise.all(shards.map((s) => s.options(o)))),
    filters: async () => sumFilters(await Promise.all(shards.map((s) => s.filters()))),
    async search(q, o = {}) {
      const answers = await Promise.all(shards.map((s) => s.search(q, o)));
      const kept = q ? await holdingWords(answers, queryTerms(q)) : answers;
      const results = kept.flatMap((a) => a.results);
      const direction = o.sort ? (Object.values(o.sort)[0] === 'asc' ? 1 : -1) : 0;
      if (direction) {
        const date = await dateOf();
        const key = (r: PagefindResult) => date.get(r.id) ?? '';
        results.sort((a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || b.score - a.score);
      } else results.sort((a, b) => b.score - a.score);
      return { results, filters: sumFilters(kept.map((a) => a.filters)) };
    },
  };
}

/** The shards' answers whose best result holds every word (as Pagefind matches a word: by its start, marks folded). */
async function holdingWords(answers: PagefindResponse[], words: string[]): Promise<PagefindResponse[]> {
  const holds = await Promise.all(
    answers.map(async ({ results }) => {
      const best = results[0];
      if (!best) return false;
      const { content } = await best.data();
      return words.every((w) => containsWord(content, w));
    }),
  );
  return answers.filter((_, k) => holds[k]);
}

function sumFilters(all: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters)) {
      const into = (sum[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}
