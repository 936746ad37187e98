import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEIGHT, type SearchPage } from './records.ts';
import { tokensOf, wordKey, wordsAt } from './words.ts';
import { countSetting } from '../lib/setting.ts';
import { PAGE_DATES } from './bundle-plan.ts';
import {
  IN_NUMBER,
  IN_TITLE,
  inTitleKey,
  isNumberToken,
  leadingDigits,
  numberBucket,
  NUMBERS_FOLDER,
  PHRASES_FOLDER,
  phraseBucket,
  serialOf,
  WORDS_FOLDER,
  toGaps,
  type NumberFile,
  type PageDates,
  type PageTable,
  type PhraseFile,
  type WordFile,
} from './common-format.ts';

/** What the lists read of a search page: all but its HTML. */
export type IndexedPage = Omit<SearchPage, 'html'>;

/**
 * Precomputed answers for the words most pages hold. Pagefind's time for a
 * query grows with the places its words occur: "biên phòng" is 944,000 places
 * in 10,000 documents, 1.3–1.8 s in the browser however few results are shown.
 * For each common word this index keeps only which pages hold it, how much
 * (the weight of its occurrences) and whether in the page's number or title;
 * for each pair and triple of common words side by side, which pages hold
 * it, and which hold it in their title (so a phrase of up to three words is
 * known exactly, a longer one by its overlapping triples). And for every
 * number, common or not ("33-NQ/TW"), which pages hold it and which it is the
 * own number of. The search page answers a query of common words, or a
 * number, from these lists alone, and asks Pagefind only for the other words
 * of a query (client/search/common.ts).
 *
 * Built in two passes over the same pages: which words are common (held by at
 * least `threshold` pages), as the pages are written for Pagefind, then their
 * lists, so memory holds the lists of common words only. The second pass reads
 * the pages back from a spool the first wrote (lists-spool.ts), so the
 * documents' models can be freed before it, and adds each page's part of the
 * lists (`PageLists`), which a rebuild keeps for the unchanged pages.
 */

/** A word is common from this many pages on; Pagefind answers a word held by fewer in well under 100 ms. */
export const DEFAULT_COMMON = 500;

export const commonFromEnv = (value = process.env.SEARCH_COMMON): number => countSetting('SEARCH_COMMON', value, DEFAULT_COMMON, 'pages');

export interface CommonWords {
  table: Omit<PageTable, 'ids' | 'shards'>;
  dates: PageDates;
  /** Pages' urls, for their Pagefind ids once the bundle is written. */
  urls: string[];
  words: Map<string, WordFile>;
  /** The pages holding two or three common words side by side, in buckets (`count` of them, numbered from 0). */
  phrases: Buckets<PhraseFile>;
  /** Every number's pages, in buckets by its leading digits. */
  numbers: Buckets<NumberFile>;
}

export interface Buckets<File> {
  count: number;
  files: Map<number, File>;
}

/** Tokens whose reading is remembered: about 100 MB at most. */
const REMEMBERED_TOKENS = 1_000_000;

/** Pass 1, as the pages are written: how many pages hold each key; `common` then gives the keys held by at least `threshold`. */
export function keyCounter() {
  // Keys by number, with how many pages hold each and the last page that did, so a page counts a key once without a set of its own.
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const held: number[] = [];
  const lastPage: number[] = [];
  // What each token gives (words.ts `wordsAt`), as key numbers, once: tokens recur far more than words are told apart.
  const tokens = new Map<string, number[]>();
  const keysAt = (t: string): number[] => {
    let at = tokens.get(t);
    if (at === undefined) {
      at = [];
      for (const w of wordsAt(t)) {
        const k = wordKey(w);
        let id = ids.get(k);
        if (id === undefined) {
          ids.set(k, (id = keys.push(k) - 1));
          held.push(0);
          lastPage.push(-1);
        }
        at.push(id);
      }
      if (tokens.size < REMEMBERED_TOKENS) tokens.set(t, at);
    }
    return at;
  };
  let page = 0;
  return {
    add({ text }: IndexedPage): void {
      for (const run of text)
        for (const t of tokensOf(run.text))
          for (const id of keysAt(t))
            if (lastPage[id] !== page) {
              lastPage[id] = page;
              held[id]!++;
            }
      page++;
    },
    common: (threshold: number): string[] => keys.filter((_, id) => held[id]! >= threshold).sort(),
  };
}

/**
 * A page's part of the lists, in the order the page first meets each entry,
 * so adding the pages' parts in page order gives the lists of pass 2 exactly.
 * It depends on the page's text and the common keys alone, so a rebuild keeps
 * it for every unchanged page (lists-cache.ts) and reads no text but the
 * changed pages'.
 */
export interface PageLists {
  /** Positions (tokens) on the page, as Pagefind counts them. */
  length: number;
  /** The common spellings the page holds, then its number tokens ("33nqtw"), each once. */
  words: string[];
  numbers: string[];
  /** Per spelling of `words` then of `numbers`: the weight of its occurrences, and where (IN_TITLE, IN_NUMBER). */
  weights: ArrayLike<number>;
  flags: ArrayLike<number>;
  /** Pairs of common keys side by side, each a × K + b (K: the count of common keys). */
  pairs: ArrayLike<number>;
  /** Triples, each its first two keys' pair's place in `pairs` × K + its third key. */
  triples: ArrayLike<number>;
  /** Those in the title: places in `pairs`, and triples as in `triples`. */
  titlePairs: ArrayLike<number>;
  titleTriples: ArrayLike<number>;
}

/** What a token gives at its position. */
interface Token {
  /** Its indexed form when that reads as a number ("33nqtw"). */
  number: string | null;
  /** Its words whose key is common, with whether each has a digit (so can be part of a document's number). */
  spellings: string[];
  digits: boolean[];
  /** By how much each divides the position's weight: a part of a joined token weighs its share, as in Pagefind ("chính" of "chính/kho": half). */
  shares: number[];
  /** Those words' keys, by number, each once. */
  keys: number[];
}

/** A page's text → its part of the lists (`PageLists`), for the common keys `sorted`. */
export function pageListsMaker(sorted: string[]): (text: IndexedPage['text']) => PageLists {
  const id = new Map(sorted.map((k, i) => [k, i]));
  const K = sorted.length;
  // What each token gives (words.ts `wordsAt`), once: tokens recur far more than words are told apart.
  const tokens = new Map<string, Token>();
  const tokenOf = (t: string): Token => {
    let token = tokens.get(t);
    if (token === undefined) {
      const words = wordsAt(t);
      const whole = words[0];
      const made: Token = (token = { number: whole !== undefined && isNumberToken(whole) ? whole : null, spellings: [], digits: [], shares: [], keys: [] });
      words.forEach((w, i) => {
        const k = id.get(wordKey(w));
        if (k === undefined) return;
        made.spellings.push(w);
        made.digits.push(/\d/.test(w));
        made.shares.push(i === 0 ? 1 : words.length - 1);
        if (!made.keys.includes(k)) made.keys.push(k);
      });
      if (tokens.size < REMEMBERED_TOKENS) tokens.set(t, token);
    }
    return token;
  };
  return (text) => {
    const words = postings();
    const numbers = postings();
    // Each pair by its place in the page's list; triples and title phrases by that place.
    const pairs = new Map<number, number>();
    const triples = new Set<number>();
    const titlePairs = new Set<number>();
    const titleTriples = new Set<number>();
    let length = 0;
    // The common keys at the position before this one, and the places of the pairs ending there (none: not side by side).
    let previousKeys: number[] = [];
    let previousPairs: number[] = [];
    // How many positions in a row, up to this one, hold common words of the title.
    let inTitleRow = 0;
    for (const { text: run, weight } of text) {
      const inTitle = weight >= WEIGHT.title ? IN_TITLE : 0;
      // The number's run is "Hướng dẫn 7210/HD-BQP": only its words with digits are the number ("dẫn" is not).
      const inNumber = weight >= WEIGHT.number ? IN_NUMBER : 0;
      for (const t of tokensOf(run)) {
        length++;
        const token = tokenOf(t);
        if (token.number !== null) numbers.add(token.number, weight, inTitle | inNumber);
        for (let i = 0; i < token.spellings.length; i++)
          words.add(token.spellings[i]!, weight / token.shares[i]!, inTitle | (inNumber && token.digits[i] ? inNumber : 0));
        const here = token.keys;
        inTitleRow = here.length && inTitle ? inTitleRow + 1 : 0;
        const herePairs: number[] = [];
        for (const before of previousKeys) {
          for (const k of here) {
            const pairId = before * K + k;
            let pair = pairs.get(pairId);
            if (pair === undefined) pairs.set(pairId, (pair = pairs.size));
            if (inTitleRow >= 2) titlePairs.add(pair);
            herePairs.push(pair);
          }
        }
        for (const pair of previousPairs) {
          for (const k of here) {
            triples.add(pair * K + k);
            if (inTitleRow >= 3) titleTriples.add(pair * K + k);
          }
        }
        previousKeys = here;
        previousPairs = herePairs;
      }
    }
    return {
      length,
      words: words.names,
      numbers: numbers.names,
      weights: [...words.weights, ...numbers.weights],
      flags: [...words.flags, ...numbers.flags],
      pairs: [...pairs.keys()],
      triples: [...triples],
      titlePairs: [...titlePairs],
      titleTriples: [...titleTriples],
    };
  };
}

/** One page's spellings, each once, with their weight summed and their flags or-ed. */
function postings() {
  const at = new Map<string, number>();
  const names: string[] = [];
  const weights: number[] = [];
  const flags: number[] = [];
  return {
    names,
    weights,
    flags,
    add(w: string, weight: number, flag: number): void {
      const i = at.get(w);
      if (i === undefined) {
        at.set(w, names.length);
        names.push(w);
        weights.push(weight);
        flags.push(flag);
      } else {
        weights[i] = weights[i]! + weight;
        flags[i] = flags[i]! | flag;
      }
    },
  };
}

/** The pages holding a spelling, the weight of its occurrences in each and where (IN_TITLE, IN_NUMBER). */
interface Postings {
  pages: number[];
  weights: number[];
  flags: number[];
}

/** A WordFile's entry: gaps, and weight × 10 × 4 + flags. */
const coded = (list: Postings): WordFile[string] => [toGaps(list.pages), list.weights.map((x, i) => Math.round(x * 10) * 4 + list.flags[i]!)];

/** A page as pass 2 adds it: its part of the lists in place of its text. */
export type ListedPage = Omit<IndexedPage, 'text'> & { lists: PageLists };

/** The pages with their parts of the lists, made from their text (spooledPages keeps them between builds). */
export function* listedPages(pages: Iterable<IndexedPage>, sorted: string[]): Generator<ListedPage> {
  const listsOf = pageListsMaker(sorted);
  for (const { text, ...page } of pages) yield { ...page, lists: listsOf(text) };
}

/** Pass 2: the lists of the common words and phrases, and the page table, from the pages' parts in page order. */
export function collectCommonWords(pages: Iterable<ListedPage>, sorted: string[], isHub: (url: string) => boolean): CommonWords {
  const K = sorted.length;
  const spellings = new Map<string, Postings>();
  const numberTokens = new Map<string, Postings>();
  const pairs = phraseLists();
  const triples = phraseLists();
  // The same, in a page's title (trích yếu) alone: ranked above the phrase elsewhere. A title pair is numbered by its pair's index.
  const titlePairs = phraseLists();
  const titleTriples = phraseLists();
  const table: CommonWords['table'] = { lengths: [], hubs: [], filters: {} };
  const dates: PageDates = [];
  // Each own number's pages.
  const own = new Map<string, number[]>();
  const urls: string[] = [];
  const filterPages = new Map<string, Map<string, number[]>>();
  let p = 0;
  for (const page of pages) {
    urls.push(page.url);
    if (isHub(page.url)) table.hubs.push(p);
    dates.push(page.sortKey);
    if (page.number) (own.get(page.number) ?? own.set(page.number, []).get(page.number)!).push(p);
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = filterPages.get(name) ?? filterPages.set(name, new Map()).get(name)!;
      for (const v of new Set(values)) (byValue.get(v) ?? byValue.set(v, []).get(v)!).push(p);
    }
    const { lists } = page;
    table.lengths.push(lists.length);
    post(spellings, lists.words, 0, lists, p);
    post(numberTokens, lists.numbers, lists.words.length, lists, p);
    // The page's pairs by their index in the lists: its triples and title pairs name them by their place.
    const pairIndex = Array.from(lists.pairs, (pair) => pairs.add(pair, p));
    const tripleIndex = (triple: number) => pairIndex[Math.floor(triple / K)]! * K + (triple % K);
    for (let i = 0; i < lists.triples.length; i++) triples.add(tripleIndex(lists.triples[i]!), p);
    for (let i = 0; i < lists.titlePairs.length; i++) titlePairs.add(pairIndex[lists.titlePairs[i]!]!, p);
    for (let i = 0; i < lists.titleTriples.length; i++) titleTriples.add(tripleIndex(lists.titleTriples[i]!), p);
    p++;
  }
  for (const [name, byValue] of filterPages) {
    const values = [...byValue.keys()].sort();
    table.filters[name] = { values, pages: values.map((v) => toGaps(byValue.get(v)!)) };
  }
  const words = new Map<string, WordFile>();
  for (const [w, g] of spellings) {
    const key = wordKey(w);
    const file = words.get(key) ?? words.set(key, {}).get(key)!;
    file[w] = coded(g);
  }
  const pairKey = (pair: number) => {
    const pairId = pairs.ids[pair]!;
    return `${sorted[Math.floor(pairId / K)]} ${sorted[pairId % K]}`;
  };
  const tripleKey = (triple: number) => `${pairKey(Math.floor(triple / K))} ${sorted[triple % K]}`;
  const listed = (lists: ReturnType<typeof phraseLists>, key: (id: number, i: number) => string) => {
    const pages = lists.pages();
    return lists.ids.map((id, i): [string, ArrayLike<number>] => [key(id, i), pages[i]!]);
  };
  const phrases = [
    ...listed(pairs, (_, i) => pairKey(i)),
    ...listed(triples, tripleKey),
    ...listed(titlePairs, (pair) => inTitleKey(pairKey(pair))),
    ...listed(titleTriples, (triple) => inTitleKey(tripleKey(triple))),
  ];
  return { table, dates, urls, words, phrases: phraseBuckets(phrases), numbers: numberBuckets(numberTokens, own) };
}

/** Adds page `p`'s spellings `names`, whose weights and flags are in `lists` from `from` on. */
function post(postings: Map<string, Postings>, names: string[], from: number, lists: PageLists, p: number): void {
  for (let i = 0; i < names.length; i++) {
    const w = names[i]!;
    const list = postings.get(w) ?? postings.set(w, { pages: [], weights: [], flags: [] }).get(w)!;
    list.pages.push(p);
    list.weights.push(lists.weights[from + i]!);
    list.flags.push(lists.flags[from + i]!);
  }
}

/**
 * Phrases by number (their ids, in the order first seen) with the pages
 * holding each, a page adding each of its phrases once (PageLists). The
 * pages are gathered as (phrase, page) in one growing pair of typed arrays
 * and grouped by phrase at the end: a push into one of thousands of separate
 * lists costs a cache miss (5 of 32 s at 10,000 documents).
 */
function phraseLists() {
  const index = new Map<number, number>();
  const ids: number[] = [];
  let phraseOf = new Int32Array(1 << 16);
  let pageOf = new Int32Array(1 << 16);
  let n = 0;
  return {
    ids,
    /** Lists page `p` as holding phrase `id`; gives the phrase's index. */
    add(id: number, p: number): number {
      let i = index.get(id);
      if (i === undefined) index.set(id, (i = ids.push(id) - 1));
      if (n === pageOf.length) {
        phraseOf = grow(phraseOf);
        pageOf = grow(pageOf);
      }
      phraseOf[n] = i;
      pageOf[n++] = p;
      return i;
    },
    /** Each phrase's pages, ascending, by its index. */
    pages(): Int32Array[] {
      const starts = new Int32Array(ids.length + 1);
      for (let j = 0; j < n; j++) starts[phraseOf[j]! + 1]!++;
      for (let i = 0; i < ids.length; i++) starts[i + 1]! += starts[i]!;
      const grouped = new Int32Array(n);
      const at = starts.slice(0, ids.length);
      for (let j = 0; j < n; j++) grouped[at[phraseOf[j]!]!++] = pageOf[j]!;
      return ids.map((_, i) => grouped.subarray(starts[i], starts[i + 1]));
    },
  };
}

/** A copy of `a` with twice the room. */
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Phrase and number files of about this many bytes: one or two per query. */
const BUCKET_BYTES = 16 * 1024;

/**
 * The phrases (pairs and triples of keys) in buckets by their key
 * (common-format.ts `phraseBucket`): a phrase typed with marks is held to
 * those spellings by its words' own lists (a list per spelling would double
 * the files for little).
 */
function phraseBuckets(phrases: Array<[string, ArrayLike<number>]>): Buckets<PhraseFile> {
  const entries = phrases.map(([key, pages]) => ({ key, gaps: toGaps(pages) }));
  const count = bucketCount(entries.reduce((n, e) => n + e.key.length + 4 * e.gaps.length, 0));
  const files = new Map<number, PhraseFile>();
  for (const { key, gaps } of entries) {
    const b = phraseBucket(key, count);
    (files.get(b) ?? files.set(b, {}).get(b)!)[key] = gaps;
  }
  return { count, files };
}

/** As many buckets, a power of two, as keep one near BUCKET_BYTES. */
const bucketCount = (bytes: number) => 2 ** Math.max(0, Math.ceil(Math.log2(bytes / BUCKET_BYTES)));

/** The number tokens by their leading digits, the own numbers by their serial (common-format.ts `numberBucket`). */
function numberBuckets(tokens: Map<string, Postings>, own: Map<string, number[]>): Buckets<NumberFile> {
  let bytes = 0;
  for (const [w, list] of tokens) bytes += w.length + 6 * list.pages.length;
  for (const [number, pages] of own) bytes += number.length + 4 * pages.length;
  const count = bucketCount(bytes);
  const files = new Map<number, NumberFile>();
  const file = (digits: string) => {
    const b = numberBucket(digits, count);
    return files.get(b) ?? files.set(b, { tokens: {}, own: {} }).get(b)!;
  };
  for (const [w, list] of tokens) file(leadingDigits(w)).tokens[w] = coded(list);
  for (const [number, pages] of own) file(serialOf(number)).own[number] = toGaps(pages);
  return { count, files };
}

/** Writes the word, phrase and number files and the pages' dates under `folder`; the page table waits for Pagefind's ids. */
export function writeCommonLists({ words, phrases, numbers, dates }: CommonWords, folder: string): void {
  for (const sub of [WORDS_FOLDER, PHRASES_FOLDER, NUMBERS_FOLDER]) mkdirSync(join(folder, sub), { recursive: true });
  writeFileSync(join(folder, PAGE_DATES), JSON.stringify(dates));
  for (const [key, file] of words) writeFileSync(join(folder, WORDS_FOLDER, `${key}.json`), JSON.stringify(file));
  for (const [bucket, file] of phrases.files) writeFileSync(join(folder, PHRASES_FOLDER, `${bucket}.json`), JSON.stringify(file));
  for (const [bucket, file] of numbers.files) writeFileSync(join(folder, NUMBERS_FOLDER, `${bucket}.json`), JSON.stringify(file));
}
