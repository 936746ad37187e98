import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import type { DocumentModel } from '../lib/model.ts';
import type { OnProgress } from '../lib/progress.ts';
import { documentPage, instrumentPage, partPage, type SearchPage } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';
import { commonDWords } from './d-words.ts';
import { url } from '../utils/urls.ts';
import { ALL_PATH, newest, RECENT_PATH, recentFromEnv, type BundleManifest } from './bundle-plan.ts';

/**
 * Builds the Pagefind index from the document models (not from the site's
 * HTML): a synthetic page per document and per cited instrument (records.ts),
 * so nothing depends on how a page happens to be marked up.
 * Two bundles (bundle-plan.ts) and a manifest the search page reads.
 *
 * In three steps, so the build can spread them (integrations/search-and-open-data.ts):
 * `prepareIndex` writes the pages to a scratch folder (JavaScript, any thread),
 * `loadIndex` has Pagefind read them (its own process), and `writeIndex`
 * writes the bundles.
 */

export interface PreparedBundle {
  /** Where the bundle goes on the site. */
  path: string;
  /** Scratch folder of the bundle's synthetic pages. */
  pages: string;
}

export interface PreparedIndex {
  bundles: PreparedBundle[];
  manifest: BundleManifest;
  /** Documents and instruments in the whole collection's bundle. */
  entries: number;
}

export interface IndexSummary {
  records: number;
  manifest: BundleManifest;
}

/** One line for the build log. */
export const describeIndex = ({ records, manifest }: IndexSummary) =>
  `Pagefind: ${records} mục đã lập chỉ mục${manifest.recent ? `; ${manifest.recent.documents} văn bản mới nhất cũng có gói riêng` : ''}.`;

function writePages(folder: string, pages: Iterable<SearchPage>, written: () => void): void {
  for (const { url, html } of pages) {
    mkdirSync(join(folder, url), { recursive: true });
    writeFileSync(join(folder, url, 'index.html'), html);
    written();
  }
}

/** Reads a further page of a text in parts (mdx/frontmatter.ts `readPart`, bound to the content folder). */
export type PartReader = (id: string, slug: string) => DocumentModel;

/** The search pages of the parts after the first of every text in parts, one read at a time. */
function* partPages(docs: DocumentModel[], readPart: PartReader): Generator<SearchPage> {
  for (const doc of docs) for (const { slug } of doc.parts ?? []) yield partPage(doc, readPart(doc.id, slug), slug);
}

export interface PrepareOptions {
  /** Documents in the bundle of the newest (bundle-plan.ts). */
  recent?: number;
  /** Told as pages are written: pages done, pages in all. */
  onProgress?: OnProgress;
}

/** Writes each bundle's pages under `scratch`, a folder per bundle. */
export function prepareIndex(
  docs: DocumentModel[],
  scratch: string,
  readPart: PartReader,
  { recent = recentFromEnv(), onProgress }: PrepareOptions = {},
): PreparedIndex {
  // Instruments are few and looked up by number: both bundles have them.
  const instruments = [...indexInstruments(docs).values()].map(instrumentPage);
  const latest = recent > 0 && recent < docs.length ? newest(docs, recent) : null;
  const parts = docs.reduce((n, doc) => n + (doc.parts?.length ?? 0), 0);
  const total = docs.length + instruments.length + parts + (latest ? latest.length + instruments.length : 0);
  let done = 0;
  const written = () => {
    done++;
    onProgress?.(done, total);
  };
  const bundles: PreparedBundle[] = [{ path: ALL_PATH, pages: join(scratch, 'tat-ca') }];
  writePages(bundles[0]!.pages, [...docs.map(documentPage), ...instruments], written);
  writePages(bundles[0]!.pages, partPages(docs, readPart), written);
  if (latest) {
    bundles.push({ path: RECENT_PATH, pages: join(scratch, 'moi') });
    writePages(bundles[1]!.pages, [...latest.map(documentPage), ...instruments], written);
  }
  const manifest: BundleManifest = {
    recent: latest && { path: RECENT_PATH, documents: latest.length },
    all: { path: ALL_PATH, documents: docs.length },
    dWords: commonDWords(latest ?? docs),
  };
  return { bundles, manifest, entries: docs.length + instruments.length };
}

export interface LoadedIndex {
  prepared: PreparedIndex;
  indexes: PagefindIndex[];
}

/** Frees the indexes and stops Pagefind's process (it starts again on the next `createIndex`). */
async function release(indexes: PagefindIndex[]): Promise<void> {
  try {
    await Promise.all(indexes.map((i) => i.deleteIndex()));
  } finally {
    await close();
  }
}

const check = (what: string, { errors }: { errors: string[] }) => {
  if (errors.length) throw new Error(`Pagefind (${what}): ${errors.join('; ')}`);
};

/** Pagefind reads the prepared pages; the scratch folder can go afterwards. */
export async function loadIndex(prepared: PreparedIndex): Promise<LoadedIndex> {
  const indexes: PagefindIndex[] = [];
  try {
    for (const bundle of prepared.bundles) {
      const { index, errors } = await createIndex({ forceLanguage: 'vi' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      indexes.push(index);
      // One addDirectory call: Pagefind reads the pages in parallel (8× faster than page by page at 10,000).
      check(bundle.pages, await index.addDirectory({ path: bundle.pages }));
    }
    return { prepared, indexes };
  } catch (error) {
    await release(indexes);
    throw error;
  }
}

/** Instruments' pages are short: a fragment above this size is a document's, never read. */
const HUB_FRAGMENT_MAX = 8 * 1024;

/**
 * The Pagefind ids (fragment names) of a written bundle's instrument pages.
 * A fragment is gzip of "pagefind_dcd" and the page's JSON; only the small
 * ones are opened, so this stays cheap at 10,000 documents.
 */
export function hubIds(bundle: string): string[] {
  const folder = join(bundle, 'fragment');
  const prefix = url.instruments;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment') && statSync(join(folder, f)).size <= HUB_FRAGMENT_MAX)
    .filter((f) => {
      const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url.startsWith(prefix);
    })
    .map((f) => f.replace(/\.pf_fragment$/, ''))
    .sort();
}

/** Writes every bundle and the manifest into `site/pagefind/`, replacing what was there. */
export async function writeIndex({ prepared, indexes }: LoadedIndex, site: string): Promise<IndexSummary> {
  const root = join(site, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  try {
    for (const [k, bundle] of prepared.bundles.entries()) check(bundle.path, await indexes[k]!.writeFiles({ outputPath: join(site, bundle.path) }));
  } finally {
    await release(indexes);
  }
  const hubs = Object.fromEntries(prepared.bundles.map((b) => [b.path, hubIds(join(site, b.path))]));
  writeFileSync(join(root, 'bundles.json'), JSON.stringify({ ...prepared.manifest, hubs }));
  return { records: prepared.entries, manifest: prepared.manifest };
}
