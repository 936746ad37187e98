import { fnv1a } from '../lib/hash.ts';
import { fold } from '../lib/text/vietnamese.ts';

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
  /** The instruments' pages, listed after the documents. */
  hubs: number[];
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

/**
 * A bucket of numbers (`numberBucket`), so a number is found in one small
 * file, however rare, without Pagefind: per spelling of a token that starts
 * with digits and holds letters ("33nqtw" for "33-NQ/TW" and "33/NQ-TW",
 * "1022021nđcp"), the pages holding it, as in a WordFile; per page's own
 * number ("102/2021/NĐ-CP"), the pages it is the number of, as gaps.
 */
export interface NumberFile {
  tokens: WordFile;
  own: Record<string, number[]>;
}

/** Each page's sort key, its date (yyyy-mm-dd) or year, in the table's order: read only when a reader sorts by date. */
export type PageDates = string[];

export const WORDS_FOLDER = 'tu';
export const PHRASES_FOLDER = 'cum';
export const NUMBERS_FOLDER = 'so';

/** Does a token's indexed form (words.ts `wordsAt`) read as a number: digits first, then letters somewhere ("33nqtw")? */
export function isNumberToken(word: string): boolean {
  // The first character's code before any pattern: this runs at every position of every page.
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && /\p{L}/u.test(word);
}

/** A number's parts as written or typed, folded: "102/2021/NĐ-CP" → 102, 2021, nd, cp. */
export const numberParts = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The digits a number starts with, by which it is bucketed (`numberBucket`):
 * a token's run ("33" of "33nqtw", "1022021" of "1022021nđcp") and, for a
 * page's own number, its serial ("102" of "102/2021/NĐ-CP"), as a reader's
 * number is read both ways.
 */
export const leadingDigits = (s: string) => /^\d*/.exec(numberParts(s).join(''))![0];
export const serialOf = (s: string) => numberParts(s)[0] ?? '';

/** The bucket (0 to count − 1) of a number's leading digits or serial: FNV-1a over them. */
export const numberBucket = (digits: string, count: number): number => fnv1a(digits) % count;
/** The key of the pages holding a phrase in their title: beside the phrase's own, in its bucket. */
const IN_TITLE_MARK = '^';
export const inTitleKey = (key: string) => `${IN_TITLE_MARK}${key}`;

/** The bucket (0 to count − 1) of a phrase's key, its title key's too: FNV-1a over its UTF-16 code units. */
export const phraseBucket = (key: string, count: number): number => fnv1a(key, key.startsWith(IN_TITLE_MARK) ? IN_TITLE_MARK.length : 0) % count;

/** Gaps between ascending numbers, which compress far better than the numbers. */
export const toGaps = (xs: ArrayLike<number>): number[] => Array.from(xs, (x, i) => x - (i ? xs[i - 1]! : 0));

/** Running sums of gaps: the ascending numbers again. */
export function fromGaps(gaps: number[]): number[] {
  let at = 0;
  return gaps.map((g) => (at += g));
}
