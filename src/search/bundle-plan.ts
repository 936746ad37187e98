import type { DocumentModel } from '../lib/model.ts';

/**
 * The search index comes in two Pagefind bundles. Pagefind's cost for a query
 * is the number of places its words occur in the pages that match, whatever
 * the filters (measured: "biên phòng" is 944,000 places over 10,000 documents,
 * 1.4 s in the browser). So the newest documents also get a small bundle of
 * their own, searched first for results within a blink; the whole collection's
 * bundle follows with the complete ranking and counts. One bundle for the whole
 * collection, not several merged, because Pagefind ranks each bundle by its own
 * word statistics and a merge would mix scales.
 *
 * SEARCH_RECENT sets how many documents the first bundle holds (the end-to-end
 * tests use 3, so both steps run on the seeds).
 */

export interface Bundle {
  /** Base path of a Pagefind bundle on the site. */
  path: string;
  documents: number;
}

/** What the search page reads from /pagefind/bundles.json. */
export interface BundleManifest {
  /** The newest documents; null when the collection is small enough to answer at once. */
  recent: Bundle | null;
  all: Bundle;
  /** Syllables typed with d that the newest documents mostly write with đ (d-words.ts), for the quick first answer. */
  dWords: string[];
  /**
   * Per bundle path, the Pagefind ids of the instruments' pages: the engine
   * lists them after the documents (a page listing who cites a number is not
   * the document a reader wants first). Pagefind's scores favour such short
   * pages, and its results carry no URL until their fragment is fetched.
   */
  hubs?: Record<string, string[]>;
}

export const BUNDLE_MANIFEST = '/pagefind/bundles.json';
export const ALL_PATH = '/pagefind/tat-ca/';
export const RECENT_PATH = '/pagefind/moi/';

export const DEFAULT_RECENT = 200;

export function recentFromEnv(value = process.env.SEARCH_RECENT): number {
  if (value === undefined || value === '') return DEFAULT_RECENT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`SEARCH_RECENT="${value}": expected a whole number of documents (0 for a single bundle).`);
  return n;
}

/** Sort key: the date, else the year; undated documents last. */
const recency = (d: DocumentModel) => d.date ?? (d.year ? `${d.year}` : '');

/** The newest `n` documents (ties by id, so the choice is the same on every build). */
export function newest(docs: DocumentModel[], n: number): DocumentModel[] {
  return [...docs].sort((a, b) => recency(b).localeCompare(recency(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, n);
}
