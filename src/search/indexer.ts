import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../lib/model.ts';
import type { OnProgress } from '../lib/progress.ts';
import { documentPage, instrumentPage, partPage, type SearchPage } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';
import { documentStatuses, entriesHeldBy, type EffectState } from '../lib/corpus/status.ts';
import { commonDWords } from './d-words.ts';
import { url } from '../utils/urls.ts';
import { BUNDLE_MANIFEST, COMMON_PATH, PAGE_TABLE, PENDING_INDEX, type BundleManifest } from './bundle-plan.ts';
import { collectCommonWords, commonFromEnv, keyCounter, writeCommonLists, type CommonWords } from './common-words.ts';
import { spooledPages, spoolWriter } from './lists-spool.ts';
import { listsCache } from './lists-cache.ts';
import { sha256 } from '../utils/page-key.ts';
import type { PageTable } from './common-format.ts';
import { fragmentIds, shardCount, shardSizeFromEnv, shardWriter, type IndexedShards, type PreparedShard, type ShardIds } from './shards.ts';

/**
 * Builds the Pagefind index from the document models (not from the site's
 * HTML): a synthetic page per document and per cited instrument (records.ts),
 * so nothing depends on how a page happens to be marked up.
 * Pagefind's bundles in shards (shards.ts), the common words' lists and a
 * manifest the search page reads (bundle-plan.ts).
 *
 * In steps, so the build can spread them (integrations/search-and-open-data.ts):
 * `prepareIndex` writes the pages to a scratch folder, shard by shard
 * (JavaScript, any thread), `indexShards` has Pagefind index them (its own
 * process) while `prepareCommonWords` writes the common words' lists
 * (common-words.ts), and `writeIndex` writes the page table the lists number
 * and the manifest.
 */

export interface PreparedIndex {
  /** Folder of the synthetic pages, in the scratch folder. */
  pages: string;
  shards: PreparedShard[];
  /** The manifest but what the common words' lists and the written bundles tell. */
  manifest: Omit<BundleManifest, 'common' | 'hubs' | 'shards'>;
  /** Keys of the common words (common-words.ts). */
  commonKeys: string[];
  /** Documents and instruments in the index. */
  entries: number;
}

export interface IndexSummary {
  records: number;
  manifest: BundleManifest;
  /** Shards indexed by Pagefind in this build, and copied from the cache. */
  indexed: number;
  reused: number;
}

/** One line for the build log. */
export const describeIndex = ({ records, manifest, indexed, reused }: IndexSummary) =>
  `Pagefind: ${records} mục trong ${manifest.shards.length} phần chỉ mục (${indexed} phần lập lại, ${reused} phần không đổi lấy từ bộ nhớ đệm); ${manifest.common.keys.length} từ phổ biến có danh sách riêng.`;

/** Reads a further page of a text in parts (mdx/frontmatter.ts `readPart`, bound to the content folder). */
export type PartReader = (id: string, slug: string) => DocumentModel;

/** The collection's search pages: documents, instruments (`instruments`), then the parts after the first of every text in parts, one read at a time. */
export interface SearchPages {
  docs: DocumentModel[];
  instruments: SearchPage[];
  all(): Iterable<SearchPage>;
}

/** A document's search page, given its effect status (records.ts `documentPage`, or the same kept from an earlier build). */
export type PageMaker = (doc: DocumentModel, state: EffectState | undefined) => SearchPage;

/**
 * `docs` may be shells (mdx/read.ts `readShell`): the instruments and effect
 * status read no text, and `pageOf` reads a document's whole model as its
 * page is written.
 */
export function searchPages(docs: DocumentModel[], readPart: PartReader, pageOf: PageMaker = documentPage): SearchPages {
  const entries = indexInstruments(docs);
  const instruments = [...entries.values()].map(instrumentPage);
  // Whether each is in force, for the filter of that name.
  const status = documentStatuses(docs, entriesHeldBy(entries));
  const state = (doc: DocumentModel) => status.get(doc.id)?.state;
  return {
    docs,
    instruments,
    *all() {
      for (const doc of docs) yield pageOf(doc, state(doc));
      yield* instruments;
      for (const doc of docs) for (const { slug } of doc.parts ?? []) yield partPage(doc, readPart(doc.id, slug), slug, state(doc));
    },
  };
}

export interface PrepareOptions {
  /** Pages from which a word is common (common-words.ts). */
  common?: number;
  /** Documents per shard, at most (shards.ts). */
  shardSize?: number;
  /** The shards whose pages are written for Pagefind (a build of part of the site writes its own only, utils/build-part.ts). */
  writes?: (shard: number) => boolean;
  /** Whether the common words' lists are to be made (not by a shard's part of the site): their spool is written only then. */
  lists?: boolean;
  /** Told as pages are written: pages done, pages in all. */
  onProgress?: OnProgress;
}

/** Writes the pages under `scratch`, and finds the common words as it goes. */
export function prepareIndex(
  pages: SearchPages,
  scratch: string,
  { common = commonFromEnv(), shardSize = shardSizeFromEnv(), writes = () => true, lists = true, onProgress }: PrepareOptions = {},
): PreparedIndex {
  const { docs, instruments } = pages;
  const total = docs.length + instruments.length + docs.reduce((n, doc) => n + (doc.parts?.length ?? 0), 0);
  let done = 0;
  const counter = keyCounter();
  const folder = join(scratch, 'pages');
  const shards = shardWriter(folder, shardCount(docs.length, shardSize));
  const spool = lists ? spoolWriter(scratch) : null;
  try {
    for (const page of pages.all()) {
      const k = shards.add(page.url, page.html);
      if (writes(k)) {
        const at = join(shards.folderOf(k), page.url);
        mkdirSync(at, { recursive: true });
        writeFileSync(join(at, 'index.html'), page.html);
      }
      if (spool !== null) {
        counter.add(page);
        spool.add(page);
      }
      onProgress?.(++done, total);
    }
  } finally {
    spool?.close();
  }
  return {
    pages: folder,
    shards: shards.done(),
    manifest: { dWords: commonDWords(docs) },
    commonKeys: counter.common(common),
    entries: docs.length + instruments.length,
  };
}

/** What the page table and the manifest need of the common words' lists, besides Pagefind's ids. */
export type CommonTable = Pick<CommonWords, 'table' | 'urls'> & { phraseBuckets: number; numberBuckets: number };

/**
 * Pass 2 of the common words (common-words.ts), from the pages `prepareIndex`
 * spooled in `scratch`, with each unchanged page's part of the lists kept in
 * the file `cache` by a build of the same code (`salt`): writes their lists
 * into the site; the page table waits for Pagefind (`writeIndex`).
 */
export function prepareCommonWords(scratch: string, keys: string[], site: string, cache: { file: string; salt: string }): CommonTable {
  const kept = listsCache(cache.file, sha256(`${cache.salt}\n${keys.join('\n')}`));
  const words = collectCommonWords(spooledPages(scratch, keys, kept), keys, (u) => u.startsWith(url.instruments));
  kept.save();
  writeCommonLists(words, join(site, COMMON_PATH));
  return { table: words.table, urls: words.urls, phraseBuckets: words.phrases.count, numberBuckets: words.numbers.count };
}

/** Writes the page table of the common words' lists (`common`), with each page's shard and Pagefind id, and the manifest into `site/pagefind/`. */
export function writeIndex(prepared: PreparedIndex, site: string, common: CommonTable, { ids, indexed, reused }: IndexedShards): IndexSummary {
  const shards = prepared.shards.map((s) => s.path);
  const manifest: BundleManifest = {
    ...prepared.manifest,
    shards: prepared.shards.map((s) => ({ path: s.path, pages: s.pages })),
    common: { path: COMMON_PATH, keys: prepared.commonKeys, shards, phraseBuckets: common.phraseBuckets, numberBuckets: common.numberBuckets },
  };
  // A page Pagefind did not keep has no id: the search page never lists it.
  const table: PageTable = { ids: common.urls.map((u) => ids.get(u)?.id ?? ''), shards: common.urls.map((u) => ids.get(u)?.shard ?? 0), ...common.table };
  writeFileSync(join(site, manifest.common.path, PAGE_TABLE), JSON.stringify(table));
  manifest.hubs = [...ids].flatMap(([u, { id }]) => (u.startsWith(url.instruments) ? [id] : [])).sort();
  writeFileSync(join(site, BUNDLE_MANIFEST), JSON.stringify(manifest));
  return { records: prepared.entries, manifest, indexed, reused };
}

/**
 * The shared part of a site built in parts (utils/build-part.ts) leaves what
 * the index's last step needs: the page table waits for every shard's
 * Pagefind ids, which the shards' parts make. `finishIndex` writes it once
 * the parts are merged (scripts/merge.ts).
 */
export function writePending(prepared: PreparedIndex, site: string, common: CommonTable): void {
  writeFileSync(join(site, PENDING_INDEX), JSON.stringify({ prepared, common }));
}

/** The page table and the manifest of a merged site, from the shared part's pending file and the shards' bundles; the pending file goes. */
export function finishIndex(site: string): IndexSummary {
  const pending = join(site, PENDING_INDEX);
  if (!existsSync(pending)) throw new Error(`${pending}: not found; the shared part (npm run build -- --part shared) is not among the parts merged.`);
  const { prepared, common } = JSON.parse(readFileSync(pending, 'utf8')) as { prepared: PreparedIndex; common: CommonTable };
  const ids: ShardIds = new Map();
  for (const shard of prepared.shards) {
    const bundle = join(site, shard.path);
    if (!existsSync(bundle))
      throw new Error(`${bundle}: not found; shard ${shard.number + 1} (npm run build -- --part ${shard.number + 1}) is not among the parts merged.`);
    for (const [u, id] of Object.entries(fragmentIds(bundle))) ids.set(u, { shard: shard.number, id });
  }
  const summary = writeIndex(prepared, site, common, { ids, indexed: 0, reused: 0, unchanged: [] });
  rmSync(pending);
  return summary;
}
