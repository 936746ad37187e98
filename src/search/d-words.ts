import type { DocumentModel } from '../lib/model.ts';
import { passagesOf } from '../lib/citations/passages.ts';
import { fold } from '../lib/text/vietnamese.ts';

/**
 * Syllables a reader types with "d" that the documents mostly write with "đ"
 * ("dau" is nearly always "đầu"; "dan" is "dân" more than "đàn"). Pagefind
 * folds marks but not đ into d, so a query typed without marks is searched in
 * every d/đ reading (query.ts `dVariants`), the likeliest one's results
 * (`likelyReading`, read with this list) first.
 */

const WORD = /\p{L}+/gu;

/** Folded syllables (đ read as d) whose spelling with đ is the commoner in these documents, sorted. */
export function commonDWords(docs: Iterable<DocumentModel>): string[] {
  // Per folded syllable: how often it is written with d, and with đ.
  const counts = new Map<string, [number, number]>();
  for (const doc of docs) {
    for (const { text } of passagesOf(doc)) {
      for (const [word] of text.matchAll(WORD)) {
        if (!/[dđ]/i.test(word)) continue;
        const key = fold(word);
        const c = counts.get(key) ?? counts.set(key, [0, 0]).get(key)!;
        c[/đ/i.test(word) ? 1 : 0]++;
      }
    }
  }
  return [...counts]
    .filter(([, [d, dd]]) => dd > d)
    .map(([key]) => key)
    .sort();
}
