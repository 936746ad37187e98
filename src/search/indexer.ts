import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import type { DocumentModel } from '../lib/model.ts';
import type { OnProgress } from '../lib/progress.ts';
import { documentPage, instrumentPage, partPage, type SearchPage } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';
import { documentStatuses, entriesHeldBy } from '../lib/corpus/status.ts';
import { commonDWords } from './d-words.ts';
import { url } from '../utils/urls.ts';
import { ALL_PATH, BUNDLE_MANIFEST, COMMON_PATH, PAGE_TABLE, type BundleManifest } from './bundle-plan.ts';
import { collectCommonWords, commonFromEnv, keyCounter, spooledPages, spoolPage, writeCommonLists, type CommonWords } from './common-words.ts';
import type { PageTable } from './common-format.ts';

/**
 * Builds the Pagefind index from the document models (not from the site's
 * HTML): a synthetic page per document and per cited instrument (records.ts),
 * so nothing depends on how a page happens to be marked up.
 * One bundle, the common words' lists and a manifest the search page reads (bundle-plan.ts).
 *
 * In steps, so the build can spread them (integrations/search-and-open-data.ts):
 * `prepareIndex` writes the pages to a scratch folder (JavaScript, any thread),
 * `loadIndex` has Pagefind read them (its own process) while
 * `prepareCommonWords` writes the common words' lists (common-words.ts), and
 * `writeIndex` writes the bundles and the page table the lists number.
 */

export interface PreparedIndex {
  /** Folder of the synthetic pages, in the scratch folder. */
  pages: string;
  /** The manifest but what the common words' lists and the written bundle tell. */
  manifest: Omit<BundleManifest, 'common' | 'hubs'>;
  /** Keys of the common words (common-words.ts). */
  commonKeys: string[];
  /** Documents and instruments in the whole collection's bundle. */
  entries: number;
}

export interface IndexSummary {
  records: number;
  manifest: BundleManifest;
}

/** One line for the build log. */
export const describeIndex = ({ records, manifest }: IndexSummary) =>
  `Pagefind: ${records} mục đã lập chỉ mục; ${manifest.common.keys.length} từ phổ biến có danh sách riêng.`;

function writePages(folder: string, pages: Iterable<SearchPage>, written: (page: SearchPage) => void): void {
  for (const page of pages) {
    mkdirSync(join(folder, page.url), { recursive: true });
    writeFileSync(join(folder, page.url, 'index.html'), page.html);
    written(page);
  }
}

/** Reads a further page of a text in parts (mdx/frontmatter.ts `readPart`, bound to the content folder). */
export type PartReader = (id: string, slug: string) => DocumentModel;

/** The collection's search pages: documents, instruments (`instruments`), then the parts after the first of every text in parts, one read at a time. */
export interface SearchPages {
  docs: DocumentModel[];
  instruments: SearchPage[];
  all(): Iterable<SearchPage>;
}

export function searchPages(docs: DocumentModel[], readPart: PartReader): SearchPages {
  const entries = indexInstruments(docs);
  const instruments = [...entries.values()].map(instrumentPage);
  // Whether each is in force, for the filter of that name.
  const status = documentStatuses(docs, entriesHeldBy(entries));
  const state = (doc: DocumentModel) => status.get(doc.id)?.state;
  return {
    docs,
    instruments,
    *all() {
      for (const doc of docs) yield documentPage(doc, state(doc));
      yield* instruments;
      for (const doc of docs) for (const { slug } of doc.parts ?? []) yield partPage(doc, readPart(doc.id, slug), slug, state(doc));
    },
  };
}

export interface PrepareOptions {
  /** Pages from which a word is common (common-words.ts). */
  common?: number;
  /** Told as pages are written: pages done, pages in all. */
  onProgress?: OnProgress;
}

/** Writes the pages under `scratch`, and finds the common words as it goes. */
export function prepareIndex(pages: SearchPages, scratch: string, { common = commonFromEnv(), onProgress }: PrepareOptions = {}): PreparedIndex {
  const { docs, instruments } = pages;
  const total = docs.length + instruments.length + docs.reduce((n, doc) => n + (doc.parts?.length ?? 0), 0);
  let done = 0;
  const counter = keyCounter();
  const folder = join(scratch, 'pages');
  const spool = openSync(spoolOf(scratch), 'w');
  try {
    writePages(folder, pages.all(), (page) => {
      counter.add(page);
      writeSync(spool, spoolPage(page));
      onProgress?.(++done, total);
    });
  } finally {
    closeSync(spool);
  }
  const manifest = { all: { path: ALL_PATH, documents: docs.length }, dWords: commonDWords(docs) };
  return { pages: folder, manifest, commonKeys: counter.common(common), entries: docs.length + instruments.length };
}

/** The spool of the pages' text for the common words' second pass, in the scratch folder. */
const spoolOf = (scratch: string) => join(scratch, 'pages.jsonl');

/** What the page table and the manifest need of the common words' lists, besides Pagefind's ids. */
export type CommonTable = Pick<CommonWords, 'table' | 'urls'> & { phraseBuckets: number };

/**
 * Pass 2 of the common words (common-words.ts), from the pages `prepareIndex`
 * spooled in `scratch`: writes their lists into the site; the page table waits
 * for Pagefind (`writeIndex`).
 */
export function prepareCommonWords(scratch: string, keys: string[], site: string): CommonTable {
  const words = collectCommonWords(spooledPages(spoolOf(scratch)), keys, (u) => u.startsWith(url.instruments));
  writeCommonLists(words, join(site, COMMON_PATH));
  return { table: words.table, urls: words.urls, phraseBuckets: words.phrases.count };
}

export interface LoadedIndex {
  prepared: PreparedIndex;
  index: PagefindIndex;
}

/** Frees the index and stops Pagefind's process (it starts again on the next `createIndex`). */
async function release(index: PagefindIndex): Promise<void> {
  try {
    await index.deleteIndex();
  } finally {
    await close();
  }
}

const check = (what: string, { errors }: { errors: string[] }) => {
  if (errors.length) throw new Error(`Pagefind (${what}): ${errors.join('; ')}`);
};

/** Pagefind reads the prepared pages; the scratch folder can go afterwards. */
export async function loadIndex(prepared: PreparedIndex): Promise<LoadedIndex> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One addDirectory call: Pagefind reads the pages in parallel (8× faster than page by page at 10,000).
    check(prepared.pages, await index.addDirectory({ path: prepared.pages }));
    return { prepared, index };
  } catch (error) {
    await release(index);
    throw error;
  }
}

/**
 * Each page's Pagefind id (its fragment's name), by url, in a written bundle.
 * A fragment is gzip of "pagefind_dcd" and the page's JSON.
 */
export function fragmentIds(bundle: string): Map<string, string> {
  const folder = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    ids.set((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url, f.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Writes the bundle, the page table of the common words' lists (`common`) and the manifest into `site/pagefind/`. */
export async function writeIndex({ prepared, index }: LoadedIndex, site: string, common: CommonTable): Promise<IndexSummary> {
  const manifest: BundleManifest = {
    ...prepared.manifest,
    common: { path: COMMON_PATH, keys: prepared.commonKeys, bundle: ALL_PATH, phraseBuckets: common.phraseBuckets },
  };
  const bundle = join(site, manifest.all.path);
  try {
    rmSync(bundle, { recursive: true, force: true });
    check(manifest.all.path, await index.writeFiles({ outputPath: bundle }));
  } finally {
    await release(index);
  }
  const ids = fragmentIds(bundle);
  // A page Pagefind did not keep has no id: the search page never lists it.
  const table: PageTable = { ids: common.urls.map((u) => ids.get(u) ?? ''), ...common.table };
  writeFileSync(join(site, manifest.common.path, PAGE_TABLE), JSON.stringify(table));
  manifest.hubs = { [manifest.all.path]: [...ids].flatMap(([u, id]) => (u.startsWith(url.instruments) ? [id] : [])).sort() };
  writeFileSync(join(site, BUNDLE_MANIFEST), JSON.stringify(manifest));
  return { records: prepared.entries, manifest };
}
