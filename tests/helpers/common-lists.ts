import { collectCommonWords, keyCounter, listedPages } from '../../src/search/common-words.ts';
import { searchPages } from '../../src/search/indexer.ts';
import { fromGaps, numberBucket, phraseBucket, type PageTable } from '../../src/search/common-format.ts';
import type { CommonLists } from '../../src/client/search/common.ts';
import type { SearchPage } from '../../src/search/records.ts';
import { url } from '../../src/utils/urls.ts';
import { parseSeed, seedFiles } from './seeds.ts';

/**
 * The common words' lists of the text seeds, in memory, as the search page
 * reads them from the site (ids are the pages' urls here). Text seeds only:
 * the scans would run OCR for every test file.
 */
export async function seedLists(threshold: number) {
  const docs = await Promise.all(
    seedFiles()
      .filter((f) => f.endsWith('.txt'))
      .map(parseSeed),
  );
  const pages = searchPages(docs, () => {
    throw new Error('no text in parts among the text seeds');
  });
  return { docs, ...listsOf([...pages.all()], threshold) };
}

/** The lists of any search pages (ids are their urls). */
export function listsOf(all: SearchPage[], threshold: number) {
  const counter = keyCounter();
  for (const page of all) counter.add(page);
  const keys = counter.common(threshold);
  const collected = collectCommonWords(listedPages(all, keys), keys, (u) => u.startsWith(url.instruments));
  const table: PageTable = { ids: collected.urls, shards: collected.urls.map(() => 0), ...collected.table };
  const lists: CommonLists = {
    manifest: { path: '/', keys, shards: ['/'], phraseBuckets: collected.phrases.count, numberBuckets: collected.numbers.count },
    keys: new Set(keys),
    table: async () => table,
    dates: async () => collected.dates,
    word: async (key) => collected.words.get(key) ?? {},
    phrase: async (key) => collected.phrases.files.get(phraseBucket(key, collected.phrases.count))?.[key] ?? [],
    number: async (digits) => collected.numbers.files.get(numberBucket(digits, collected.numbers.count)) ?? { tokens: {}, own: {} },
  };
  return { pages: all, keys, collected, table, lists, pagesOf: (gaps: number[]) => fromGaps(gaps).map((p) => all[p]!) };
}
