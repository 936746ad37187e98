import type { Bundles } from './bundles.ts';
import { findCommon, findFiltered, findNumbered, narrow, numberOf, ownNumbered, splitQuery } from './common.ts';
import { find, numberedFirst, unmatchedWords, type Found, type Pagefind, type SearchOptions } from './engine.ts';
import { numberReading, queryTerms } from './query.ts';

/**
 * Who answers a query, once, for the whole collection: the common words'
 * lists when every word is common (common.ts); Pagefind asked only the other
 * words, its results kept to the pages holding the common words too, when
 * there are both; Pagefind alone otherwise. Filters without words are
 * answered from the page table.
 * A number is answered from its bucket of the lists: one as documents write
 * it ("33/NQ-TW") alone; one named by its type ("nghị quyết 33") also by its
 * words, after the documents so numbered and those holding the number.
 */

export interface Answer {
  found: Found;
  /** Pagefind, when it was asked. */
  pagefind: Pagefind | null;
  /** Words no page holds, when known already (the Pagefind path finds them after showing its results). */
  dropped: string[] | null;
}

const NOTHING: Found = { results: [], filters: {}, loosened: false };
const NONE: Answer = { found: NOTHING, pagefind: null, dropped: null };

export async function answer(bundles: Bundles, q: string, options: SearchOptions): Promise<Answer> {
  if (!numberOf(q)) return answerWords(bundles, q, options);
  const [own, numbered, words] = await Promise.all([
    ownNumbered(bundles.common, q),
    findNumbered(bundles.common, q, options),
    numberReading(q) ? answerWords(bundles, q, options) : NONE,
  ]);
  return { ...words, found: numberedFirst(numbered, words.found, { ...options, after: bundles.hubs }, own) };
}

async function answerWords({ common, pagefind, hubs }: Bundles, q: string, options: SearchOptions): Promise<Answer> {
  if (!q) return { found: await findFiltered(common, options), pagefind: null, dropped: null };
  const fromLists = await findCommon(common, q, options);
  if (fromLists) return { found: fromLists, pagefind: null, dropped: null };
  const pf = await pagefind();
  const withHubs = { ...options, after: hubs };
  const split = splitQuery(q, common.keys);
  if (!split) return { found: await find(pf, q, withHubs), pagefind: pf, dropped: null };
  // Pagefind drops a word it does not hold, or reads it by a prefix: such words are left out, as on the Pagefind path.
  const [gone, rare] = await Promise.all([unmatchedWords(pf, split.rest, []), find(pf, split.rest, withHubs)]);
  const rest = queryTerms(split.rest).filter((t) => !gone.includes(t));
  const found =
    rest.length === 0
      ? ((await findCommon(common, split.common.join(' '), options)) ?? NOTHING)
      : await narrow(common, gone.length ? await find(pf, rest.join(' '), withHubs) : rare, q, split.common);
  return { found, pagefind: pf, dropped: gone };
}
