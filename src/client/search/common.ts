import { PAGE_DATES, PAGE_TABLE, type CommonManifest } from '../../search/bundle-plan.ts';
import {
  IN_NUMBER,
  IN_TITLE,
  inTitleKey,
  isNumberToken,
  leadingDigits,
  numberBucket,
  numberParts,
  NUMBERS_FOLDER,
  PHRASES_FOLDER,
  phraseBucket,
  serialOf,
  WORDS_FOLDER,
  type NumberFile,
  type PageDates,
  type PageTable,
  type PhraseFile,
  type WordFile,
  fromGaps,
} from '../../search/common-format.ts';
import { wordKey, wordsAt, wordsOf } from '../../search/words.ts';
import type { FilterCounts, Found, PagefindResult } from './engine.ts';
import { fragmentLoader } from './fragment.ts';
import { hasMarks, numberReading, queryTerms } from './query.ts';

/**
 * The complete answer to a query of common words, from their lists
 * (search/common-words.ts) instead of Pagefind, which would read every place
 * such words occur. Same rules as the Pagefind path: every word must be in a
 * page; a word typed with marks (or đ) matches that spelling only, without
 * marks every spelling ("do" is do, đó, độ…); a page's own number first, then
 * the pages holding the words side by side in their title, then elsewhere (a
 * quoted query wants only those), then the words in the title, then in the
 * text; instruments' pages last. A number ("nghị quyết 33", "33/NQ-TW") is
 * answered from its bucket the same way. Results carry Pagefind's ids and
 * show Pagefind's fragments (fragment.ts).
 */

export interface CommonLists {
  manifest: CommonManifest;
  keys: ReadonlySet<string>;
  table(): Promise<PageTable>;
  /** The pages' dates, fetched when a reader first sorts by date or filters without words. */
  dates(): Promise<PageDates>;
  word(key: string): Promise<WordFile>;
  /** Pages holding the words of a phrase's key ("so tai chinh") side by side, in any spelling, as gaps (none: no page does). */
  phrase(key: string): Promise<number[]>;
  /** The bucket of numbers starting with these digits, or whose serial they are. */
  number(digits: string): Promise<NumberFile>;
}

const json = async <T>(path: string, missing: T): Promise<T> => {
  const response = await fetch(path);
  if (response.status === 404) return missing;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

export function openCommonLists(manifest: CommonManifest): CommonLists {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(path: string, missing: T) => (cache.get(path) ?? cache.set(path, json(path, missing)).get(path)!) as Promise<T>;
  return {
    manifest,
    keys: new Set(manifest.keys),
    table: () => once<PageTable>(`${manifest.path}${PAGE_TABLE}`, { ids: [], shards: [], lengths: [], hubs: [], filters: {} }),
    dates: () => once<PageDates>(`${manifest.path}${PAGE_DATES}`, []),
    word: (key) => once<WordFile>(`${manifest.path}${WORDS_FOLDER}/${encodeURIComponent(key)}.json`, {}),
    phrase: async (key) => (await once<PhraseFile>(`${manifest.path}${PHRASES_FOLDER}/${phraseBucket(key, manifest.phraseBuckets)}.json`, {}))[key] ?? [],
    number: (digits) => once<NumberFile>(`${manifest.path}${NUMBERS_FOLDER}/${numberBucket(digits, manifest.numberBuckets)}.json`, { tokens: {}, own: {} }),
  };
}

const termWords = (term: string) => wordsOf(term).filter(Boolean);
const isCommon = (keys: ReadonlySet<string>) => (term: string) => termWords(term).every((w) => keys.has(wordKey(w)));

/** The query's words (words.ts), when every one is common: else null, and Pagefind answers. */
export function commonWords(q: string, keys: ReadonlySet<string>): string[] | null {
  const words = queryTerms(q).flatMap(termWords);
  return words.length && words.every((w) => keys.has(wordKey(w))) ? words : null;
}

/**
 * A query of common and other words: Pagefind is asked only the others
 * (`rest`), and `narrow` keeps its results that hold the common words too.
 * Null when that does not apply: no common word, or none other, or a quoted
 * phrase (Pagefind reads it whole).
 */
export function splitQuery(q: string, keys: ReadonlySet<string>): { common: string[]; rest: string } | null {
  if (q.includes('"')) return null;
  const terms = queryTerms(q).filter((t) => termWords(t).length);
  const common = terms.filter(isCommon(keys));
  const rest = terms.filter((t) => !common.includes(t));
  return common.length && rest.length ? { common: common.flatMap(termWords), rest: rest.join(' ') } : null;
}

/** The words the reader has finished typing (those before the last space), and the one still being typed. */
function typing(typed: string): { finished: string[]; last: string | undefined } {
  const cut = typed.lastIndexOf(' ') + 1;
  return { finished: queryTerms(typed.slice(0, cut)).flatMap(termWords), last: termWords(typed.slice(cut).replaceAll('"', ''))[0] };
}

/**
 * Starts fetching the lists a query will read, from the words the reader has
 * finished typing (those before the last space), so they are in or on their
 * way at Enter: each common word's file, and when every word is common the
 * buckets of their triples, which any longer query reads too.
 */
export function prefetchLists(lists: CommonLists, typed: string): void {
  const words = typing(typed).finished;
  const common = words.filter((w) => lists.keys.has(wordKey(w)));
  // A failed fetch stays in the lists' cache and fails the query that reads it; nothing to report here.
  const quietly = (fetching: Promise<unknown>) => void fetching.catch(() => undefined);
  for (const w of common) quietly(lists.word(wordKey(w)));
  if (common.length < 3 || common.length < words.length) return;
  for (const key of phraseKeys(common)) {
    quietly(lists.phrase(key));
    quietly(lists.phrase(inTitleKey(key)));
  }
}

/**
 * Will the query being typed need Pagefind: does a finished word (before the
 * last space) lack a common list, or does the word still being typed start
 * no common word's key? Then Pagefind is opened while the reader types (for
 * a reader saving data, bundles.ts `savingData`, the only time it is).
 */
export function needsPagefind(lists: Pick<CommonLists, 'keys'>, typed: string): boolean {
  const { finished, last } = typing(typed);
  if (!finished.every((w) => lists.keys.has(wordKey(w)))) return true;
  if (!last) return false;
  const prefix = wordKey(last);
  // A few thousand keys at most, once per key pressed.
  for (const key of lists.keys) if (key.startsWith(prefix)) return false;
  return true;
}

/** Pages by Pagefind id, per table. */
const pageOfId = new WeakMap<PageTable, Map<string, number>>();

/**
 * Pagefind's answer to the other words of a query (`splitQuery`), kept to the
 * pages that hold its common words too, in Pagefind's order; filter counts
 * and excerpts for the whole query.
 */
export async function narrow(lists: CommonLists, found: Found, q: string, common: string[]): Promise<Found> {
  const [table, files] = await Promise.all([lists.table(), Promise.all(common.map((w) => lists.word(wordKey(w))))]);
  const N = table.ids.length;
  const exact = hasMarks(q) && !found.loosened;
  const held = common.map((w, i) => pagesHolding(files[i]!, spelledAs(w, exact), N));
  // Pagefind's ids are short hashes: two shards could, rarely, each have a page of the same id, then read as one here.
  const pages = pageOfId.get(table) ?? pageOfId.set(table, new Map(table.ids.map((id, p) => [id, p]))).get(table)!;
  const keep = new Uint8Array(N);
  const matches = matching(queryTerms(q).flatMap(termWords), exact);
  const results = found.results.flatMap((r) => {
    const p = pages.get(r.id);
    if (p === undefined || !held.every((h) => h.weight[p]! > 0)) return [];
    keep[p] = 1;
    return [{ ...r, data: loaderOf(lists, table, p, matches) }];
  });
  return {
    results,
    filters: filterCounts(table, keep),
    loosened: found.loosened,
  };
}

/**
 * The pages whose own number is the one a query names by its type ("nghị
 * định 102" → "102-NĐ": 102/2021/NĐ-CP, not 102/2025/QĐ-UBND), from its
 * serial's bucket: the serial first, the type's code among the rest.
 */
export async function ownNumbered(lists: CommonLists, q: string): Promise<PagefindResult[]> {
  const reading = numberReading(q);
  if (!reading) return [];
  const asked = numberParts(reading);
  const [serial, ...rest] = asked;
  // Bucketed by its serial as the build buckets own numbers.
  const [table, file] = await Promise.all([lists.table(), lists.number(serialOf(reading))]);
  const marks = new Set(asked);
  const pages = Object.entries(file.own).flatMap(([number, gaps]) => {
    const parts = numberParts(number);
    return parts[0] === serial && rest.every((r) => parts.includes(r)) ? fromGaps(gaps) : [];
  });
  return pages
    .sort((a, b) => a - b)
    .filter((p) => table.ids[p])
    .map((p) => ({ id: table.ids[p]!, score: 1, data: loaderOf(lists, table, p, (w) => marks.has(wordKey(w))) }));
}

/**
 * The number a query is: a type and a number as a reader types them ("nq 33"
 * → "33-NQ", query.ts `numberReading`), or one number as documents write it
 * ("33/NQ-TW"). Null for any other query.
 */
export function numberOf(q: string): string | null {
  const reading = numberReading(q);
  if (reading) return reading;
  const terms = queryTerms(q);
  return terms.length === 1 && !q.includes('"') && isNumberToken(wordsOf(terms[0]!)[0] ?? '') ? terms[0]! : null;
}

/**
 * The pages holding the number a query is (`numberOf`), as Pagefind would
 * find it (its tokens starting with it, punctuation dropped: "33-NQ" finds
 * "33-NQ/TW" and "33/NQ-TW"), from its bucket alone: the pages it is the own
 * number of first, instruments' pages last. Typed with marks, the marks
 * count ("102-NĐ" is not "102-ND"), unless no page holds it so. Null when the
 * query is not a number.
 */
export async function findNumbered(lists: CommonLists, q: string, options: CommonOptions): Promise<Found | null> {
  const number = numberOf(q);
  if (!number) return null;
  const typed = wordsOf(number)[0]!;
  const [table, dates, file] = await Promise.all([lists.table(), datesFor(lists, options), lists.number(leadingDigits(number))]);
  const answer = (exact: boolean) => {
    const starts = exact ? (w: string) => w.startsWith(typed) : (w: string) => wordKey(w).startsWith(wordKey(typed));
    const held = pagesHolding(file.tokens, starts, table.ids.length);
    return rank(lists, table, dates, [held], NO_PHRASES, false, (w) => wordsAt(w).some(starts), options);
  };
  const marked = hasMarks(q);
  const found = answer(marked);
  if (found.results.length || !marked) return found;
  const loose = answer(false);
  return { ...loose, loosened: loose.results.length > 0 };
}

/** A page's fragment, from its shard's bundle. */
const loaderOf = (lists: CommonLists, table: PageTable, p: number, matches: (word: string) => boolean) =>
  fragmentLoader(lists.manifest.shards[table.shards[p]!]!, table.ids[p]!, matches);

/** No word of a page is marked (no words were asked). */
const NO_MARKS = () => false;

/** Which words of a page are marked: the query's, in their spelling when `exact`, else by key. */
function matching(words: string[], exact: boolean): (word: string) => boolean {
  const spellings = new Set(words);
  const keys = new Set(words.map((w) => wordKey(w)));
  return exact ? (w) => spellings.has(w) : (w) => keys.has(wordKey(w));
}

/** Per page (index), the weight of a word's occurrences there (0: none) and where (IN_TITLE, IN_NUMBER); and the pages holding it. */
interface Held {
  weight: Float64Array;
  flags: Uint8Array;
  pages: number[];
}

/** A word's spellings the search takes: its own when `exact`, else any (a word's file holds its key's spellings only). */
const spelledAs = (word: string, exact: boolean) => (exact ? (spelling: string) => spelling === word : () => true);

/** The pages holding the spellings of a file that `takes` accepts. */
function pagesHolding(file: WordFile, takes: (spelling: string) => boolean, n: number): Held {
  const held: Held = { weight: new Float64Array(n), flags: new Uint8Array(n), pages: [] };
  for (const spelling in file) {
    if (!takes(spelling)) continue;
    const [gaps, codes] = file[spelling]!;
    let p = 0;
    for (let i = 0; i < gaps.length; i++) {
      p += gaps[i]!;
      const code = codes[i]!;
      if (held.weight[p] === 0) held.pages.push(p);
      held.weight[p]! += (code >> 2) / 10;
      held.flags[p]! |= code & 3;
    }
  }
  return held;
}

/** Pages of a list of gaps as a set over page indices (added to `set` when given). */
function pageSet(gaps: number[], n: number, set = new Uint8Array(n)): Uint8Array {
  let p = 0;
  for (const gap of gaps) set[(p += gap)] = 1;
  return set;
}

/** Is a page in every one of some sets (and there is at least one)? */
const inEvery =
  (sets: Uint8Array[]) =>
  (p: number): boolean =>
    sets.length > 0 && sets.every((s) => s[p]);

/** Pagefind's ranking defaults (BM25): term saturation and the weight of a page's length. */
const K1 = 1.2;
const B = 0.75;

export interface CommonOptions {
  filters: Record<string, string>;
  sort?: Record<string, string>;
}

/**
 * The answer, or null when a word is not common. `exact` as the Pagefind path
 * has it: the query typed with marks; with no page holding every word so
 * spelled, the unmarked reading answers (loosened).
 */
export async function findCommon(lists: CommonLists, q: string, options: CommonOptions): Promise<Found | null> {
  const words = commonWords(q, lists.keys);
  if (!words) return null;
  const keys = words.map((w) => wordKey(w));
  const phrases = phraseKeys(words);
  const [table, dates, files, together, inTitle] = await Promise.all([
    lists.table(),
    datesFor(lists, options),
    Promise.all(keys.map((k) => lists.word(k))),
    Promise.all(phrases.map((k) => lists.phrase(k))),
    Promise.all(phrases.map((k) => lists.phrase(inTitleKey(k)))),
  ]);
  const answer = (exact: boolean) =>
    rank(
      lists,
      table,
      dates,
      words.map((w, i) => pagesHolding(files[i]!, spelledAs(w, exact), table.ids.length)),
      { together, inTitle },
      q.includes('"'),
      matching(words, exact),
      options,
    );
  const marked = hasMarks(q);
  const found = answer(marked);
  if (found.results.length || !marked) return found;
  const loose = answer(false);
  return { ...loose, loosened: loose.results.length > 0 };
}

/** A rank above all scores of a lower rank: instruments' pages last, then own number, phrase in the title, phrase, title (counts of words), then BM25. */
const TIER = { document: 1e12, number: 1e9, phraseInTitle: 2e8, phrase: 1e8, title: 1e6 } as const;

/** The phrases whose pages hold the query's words side by side: the pair of a two-word query, else each triple of neighbours (exact up to three words). */
function phrasesOf(words: string[]): string[][] {
  if (words.length < 2) return [];
  if (words.length === 2) return [words];
  return words.slice(2).map((_, i) => words.slice(i, i + 3));
}

/** The keys of the phrases' lists a query of these words reads (`phrasesOf`): "so tai chinh". */
const phraseKeys = (words: string[]): string[] => phrasesOf(words).map((p) => p.map((w) => wordKey(w)).join(' '));

/** Per phrase of the query (`phrasesOf`), the pages holding it, and those holding it in their title. */
interface PhrasePages {
  together: number[][];
  inTitle: number[][];
}
const NO_PHRASES: PhrasePages = { together: [], inTitle: [] };

/** The pages' dates when the reader sorts by them (none needed otherwise). */
const datesFor = (lists: CommonLists, options: CommonOptions): Promise<PageDates> => (options.sort ? lists.dates() : Promise.resolve([]));

/** The pages holding every one of `held`, ranked; `matches` says which words of a page's text to mark. */
function rank(
  lists: CommonLists,
  table: PageTable,
  dates: PageDates,
  held: Held[],
  phrases: PhrasePages,
  quoted: boolean,
  matches: (word: string) => boolean,
  options: CommonOptions,
): Found {
  const N = table.ids.length;
  const average = table.lengths.reduce((a, b) => a + b, 0) / Math.max(1, N);
  // Pages holding the query's words side by side (`phrasesOf`), in any spelling: the words' lists hold them to the typed one.
  const sides = phrases.together.map((gaps) => pageSet(gaps, N));
  const phrase = inEvery(sides);
  const phraseInTitle = inEvery(phrases.inTitle.map((gaps) => pageSet(gaps, N)));
  const allowed = allowedBy(table, options.filters);
  // Pages holding every word (from the rarest word's), then those the phrase and the filters allow.
  const rarest = held.reduce((a, b) => (b.pages.length < a.pages.length ? b : a));
  const keep = new Uint8Array(N);
  const pages: number[] = [];
  for (const p of rarest.pages) {
    if (!table.ids[p] || (quoted && sides.length && !phrase(p))) continue;
    if (held.every((h) => h.weight[p]! > 0) && allowed.every((a) => a[p])) {
      keep[p] = 1;
      pages.push(p);
    }
  }
  const idf = held.map((h) => Math.log(1 + (N - h.pages.length + 0.5) / (h.pages.length + 0.5)));
  const hubs = hubSet(table);
  const score = new Float64Array(N);
  const key = new Float64Array(N);
  for (const p of pages) {
    const norm = K1 * (1 - B + (B * table.lengths[p]!) / average);
    let number = 0;
    let title = 0;
    let bm25 = 0;
    for (let i = 0; i < held.length; i++) {
      const h = held[i]!;
      const weight = h.weight[p]!;
      if (h.flags[p]! & IN_NUMBER) number++;
      if (h.flags[p]! & IN_TITLE) title++;
      bm25 += (idf[i]! * weight * (K1 + 1)) / (weight + norm);
    }
    score[p] = bm25;
    key[p] =
      (hubs[p] ? 0 : TIER.document) +
      number * TIER.number +
      (phraseInTitle(p) ? TIER.phraseInTitle : 0) +
      (phrase(p) ? TIER.phrase : 0) +
      title * TIER.title +
      bm25;
  }
  const direction = options.sort ? (Object.values(options.sort)[0] === 'asc' ? 1 : -1) : 0;
  // The reader's sort by date, else the ranks.
  const byDate = dateOrder(dates);
  pages.sort(direction ? (a, b) => direction * byDate(a, b) || score[b]! - score[a]! || a - b : (a, b) => key[b]! - key[a]! || a - b);
  const results: PagefindResult[] = pages.map((p) => ({
    id: table.ids[p]!,
    score: score[p]!,
    data: loaderOf(lists, table, p, matches),
  }));
  return { results, filters: filterCounts(table, keep), loosened: false };
}

/** Per filter chosen, the set of pages holding its value (none when no page does). */
function allowedBy(table: PageTable, filters: Record<string, string>): Uint8Array[] {
  return Object.entries(filters).map(([name, value]) => {
    const filter = table.filters[name];
    const at = filter?.values.indexOf(value) ?? -1;
    return pageSet(at >= 0 ? filter!.pages[at]! : [], table.ids.length);
  });
}

/** The instruments' pages, as a set over page indices. */
function hubSet(table: PageTable): Uint8Array {
  const hubs = new Uint8Array(table.ids.length);
  for (const p of table.hubs) hubs[p] = 1;
  return hubs;
}

/** Pages in the order of their dates, oldest first (ISO dates compare as strings). */
const dateOrder = (dates: PageDates) => (a: number, b: number) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : 0);

/**
 * The answer to filters without words (a province's documents, a year's),
 * from the page table alone: every page the filters allow, the newest first
 * and the instruments' pages last, or in the reader's date order; counts for
 * every filter.
 */
export async function findFiltered(lists: CommonLists, options: CommonOptions): Promise<Found> {
  const [table, dates] = await Promise.all([lists.table(), lists.dates()]);
  const N = table.ids.length;
  const allowed = allowedBy(table, options.filters);
  const keep = new Uint8Array(N);
  const pages: number[] = [];
  for (let p = 0; p < N; p++) {
    if (table.ids[p] && allowed.every((a) => a[p])) {
      keep[p] = 1;
      pages.push(p);
    }
  }
  const hubs = hubSet(table);
  const byDate = dateOrder(dates);
  const sorted = options.sort !== undefined;
  const direction = Object.values(options.sort ?? {})[0] === 'asc' ? 1 : -1;
  pages.sort((a, b) => (sorted ? 0 : hubs[a]! - hubs[b]!) || direction * byDate(a, b) || a - b);
  const results = pages.map((p) => ({ id: table.ids[p]!, score: 1, data: loaderOf(lists, table, p, NO_MARKS) }));
  return { results, filters: filterCounts(table, keep), loosened: false };
}

/**
 * Ranks once, off the clock, the pages of the collection's largest filter
 * value as if they held a word: run once cold, the ranking's loops over
 * thousands of pages take tens of milliseconds in the interpreter, which the
 * reader's first query would otherwise wait for.
 */
export async function warmUp(lists: CommonLists): Promise<void> {
  const table = await lists.table();
  const largest = Object.values(table.filters)
    .flatMap((f) => f.pages)
    .reduce<number[]>((a, b) => (b.length > a.length ? b : a), []);
  if (!largest.length) return;
  const file: WordFile = { '': [largest, largest.map(() => 4)] };
  rank(lists, table, [], [pagesHolding(file, () => true, table.ids.length)], NO_PHRASES, false, NO_MARKS, { filters: {} });
}

/** Every filter value of the collection, with its count of pages. */
export function everyValue(table: PageTable): FilterCounts {
  return filterCounts(table, new Uint8Array(table.ids.length).fill(1));
}

/** How many of the pages in `results` (a set over page indices) hold each filter value. */
function filterCounts(table: PageTable, results: Uint8Array): FilterCounts {
  const counts: FilterCounts = {};
  for (const [name, { values, pages }] of Object.entries(table.filters)) {
    counts[name] = {};
    values.forEach((v, i) => {
      let n = 0;
      let p = 0;
      for (const gap of pages[i]!) n += results[(p += gap)]!;
      if (n) counts[name]![v] = n;
    });
  }
  return counts;
}
