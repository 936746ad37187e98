import { fnv1a } from '../lib/hash.ts';

/**
 * The common words' lists as the build writes them (common-words.ts) and the
 * search page reads them (client/search/common.ts), under the manifest's
 * `common.path` (bundle-plan.ts).
 */

/** Bits of a posting's code beside its weight. */
export const IN_TITLE = 1;
export const IN_NUMBER = 2;

/** What the search page reads first: the pages, in the order the lists number them. */
export interface PageTable {
  /** Pagefind's id of each page (its fragment), set when Pagefind has written the bundle. */
  ids: string[];
  /** The shard of each page (BundleManifest.shards), whose bundle holds its fragment. */
  shards: number[];
  /** Words per page, as Pagefind counts them (for the length in the ranking). */
  lengths: number[];
  /** Sort key of each page: its date (yyyy-mm-dd) or year. */
  dates: string[];
  /** The instruments' pages, listed after the documents. */
  hubs: number[];
  /** Each page's own number ("102/2021/NĐ-CP"), "" when it has none. */
  numbers: string[];
  /** Per filter, its values and the pages holding each (ascending). */
  filters: Record<string, { values: string[]; pages: number[][] }>;
}

/** A common word's file: per spelling, the pages holding it (ascending, as gaps) and a code per page: weight × 10 × 4 + IN_TITLE + IN_NUMBER. */
export type WordFile = Record<string, [gaps: number[], codes: number[]]>;

/**
 * A bucket of phrases: per phrase's key (its words' keys: "so tai chinh",
 * for "sở tài chính" and "số tài chính" alike), the pages holding those two
 * or three words side by side, as gaps.
 */
export type PhraseFile = Record<string, number[]>;

export const WORDS_FOLDER = 'tu';
export const PHRASES_FOLDER = 'cum';

/** The key of the pages holding a phrase in their title: beside the phrase's own, in its bucket. */
const IN_TITLE_MARK = '^';
export const inTitleKey = (key: string) => `${IN_TITLE_MARK}${key}`;

/** The bucket (0 to count − 1) of a phrase's key, its title key's too: FNV-1a over its UTF-16 code units. */
export const phraseBucket = (key: string, count: number): number => fnv1a(key, key.startsWith(IN_TITLE_MARK) ? IN_TITLE_MARK.length : 0) % count;

/** Gaps between ascending numbers, which compress far better than the numbers. */
export const toGaps = (xs: number[]) => xs.map((x, i) => x - (i ? xs[i - 1]! : 0));

/** Running sums of gaps: the ascending numbers again. */
export function fromGaps(gaps: number[]): number[] {
  let at = 0;
  return gaps.map((g) => (at += g));
}
