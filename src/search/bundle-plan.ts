/**
 * What the search page reads to open the index. Pagefind's cost for a query
 * is the number of places its words occur in the pages that match, whatever
 * the filters (measured: "biên phòng" is 944,000 places over 10,000 documents,
 * 1.3–1.8 s in the browser). So the common words have precomputed lists
 * (common-words.ts) that answer them without Pagefind, and Pagefind answers
 * the other words, which occur in few pages: one Pagefind bundle for the
 * whole collection, searched once per query. Not several bundles merged,
 * because Pagefind ranks each bundle by its own word statistics and a merge
 * would mix scales.
 */

export interface Bundle {
  /** Base path of a Pagefind bundle on the site. */
  path: string;
  documents: number;
}

/** What the search page reads from /pagefind/bundles.json. */
export interface BundleManifest {
  all: Bundle;
  /** Syllables typed with d that the documents mostly write with đ (d-words.ts): that reading's results come first. */
  dWords: string[];
  /**
   * Per bundle path, the Pagefind ids of the instruments' pages: the engine
   * lists them after the documents (a page listing who cites a number is not
   * the document a reader wants first). Pagefind's scores favour such short
   * pages, and its results carry no URL until their fragment is fetched.
   */
  hubs?: Record<string, string[]>;
  /** The page table and the common words' lists (common-words.ts), which answer a query of common words without Pagefind. */
  common: CommonManifest;
}

export interface CommonManifest {
  /** Where the lists are on the site. */
  path: string;
  /** Keys of the common words (words.ts `wordKey`), sorted; none in a small collection. */
  keys: string[];
  /** The bundle whose pages the lists number, and whose fragments show them. */
  bundle: string;
  /** How many phrase buckets there are (common-format.ts `phraseBucket`). */
  phraseBuckets: number;
}

export const BUNDLE_MANIFEST = '/pagefind/bundles.json';
export const ALL_PATH = '/pagefind/tat-ca/';
export const COMMON_PATH = '/pagefind/pho-bien/';
/** The page table's file in COMMON_PATH (common-format.ts `PageTable`). */
export const PAGE_TABLE = 'trang.json';
