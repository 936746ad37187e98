/**
 * What the search page reads to open the index. Pagefind's cost for a query
 * is the number of places its words occur in the pages that match, whatever
 * the filters (measured: "biên phòng" is 944,000 places over 10,000 documents,
 * 1.3–1.8 s in the browser). So the common words have precomputed lists
 * (common-words.ts) that answer them without Pagefind, and Pagefind answers
 * the other words, which occur in few pages. Pagefind's index is in shards
 * (shards.ts): a bundle per group of about SEARCH_SHARD documents, chosen by a
 * hash of the document's id, which the search page merges into one search
 * (Pagefind's multisite). Shards bound the build's memory and let it redo only
 * the shard a changed document is in; hashed, not by year or province, so
 * each holds a sample of the whole collection and Pagefind's scores, computed
 * per shard, stay on one scale when merged.
 */

export interface Bundle {
  /** Base path of a Pagefind bundle on the site. */
  path: string;
  /** Pages indexed in it. */
  pages: number;
}

/** What the search page reads from /pagefind/bundles.json. */
export interface BundleManifest {
  /** Pagefind's bundles, merged by the search page; the first opens the others. */
  shards: Bundle[];
  /** Syllables typed with d that the documents mostly write with đ (d-words.ts): that reading's results come first. */
  dWords: string[];
  /**
   * The Pagefind ids of the instruments' pages: the engine lists them after
   * the documents (a page listing who cites a number is not the document a
   * reader wants first). Pagefind's scores favour such short pages, and its
   * results carry no URL until their fragment is fetched.
   */
  hubs?: string[];
  /** The page table and the common words' lists (common-words.ts), which answer a query of common words without Pagefind. */
  common: CommonManifest;
}

export interface CommonManifest {
  /** Where the lists are on the site. */
  path: string;
  /** Keys of the common words (words.ts `wordKey`), sorted; none in a small collection. */
  keys: string[];
  /** The shards' paths (BundleManifest.shards), where the page table's `shards` say each page's fragment is. */
  shards: string[];
  /** How many phrase buckets there are (common-format.ts `phraseBucket`). */
  phraseBuckets: number;
  /** How many number buckets there are (common-format.ts `numberBucket`). */
  numberBuckets: number;
}

export const BUNDLE_MANIFEST = '/pagefind/bundles.json';
/** What the shared part of a site built in parts leaves for the merge (indexer.ts `writePending`): never on a finished site. */
export const PENDING_INDEX = '/pagefind/cho-ghep.json';
/** The path of shard `k` on the site. */
export const shardPath = (k: number) => `/pagefind/phan-${k + 1}/`;
export const COMMON_PATH = '/pagefind/pho-bien/';
/** The page table's file in COMMON_PATH (common-format.ts `PageTable`). */
export const PAGE_TABLE = 'trang.json';
/** The pages' dates in COMMON_PATH (common-format.ts `PageDates`). */
export const PAGE_DATES = 'ngay.json';
