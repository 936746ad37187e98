import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { shardPath } from './bundle-plan.ts';
import { countSetting } from '../lib/setting.ts';
import { fnv1a } from '../lib/hash.ts';
import { filesUnder } from '../lib/files-under.ts';

/**
 * Pagefind's index in shards (bundle-plan.ts): each document goes to the shard
 * its id hashes to, with its further pages; each shard is indexed by a
 * Pagefind of its own, one after another, so the build's memory is one
 * shard's, whatever the collection's size. A shard's bundle is kept in a cache
 * under the digest of its pages: a build whose shard holds the same pages
 * copies it instead of indexing again (Pagefind writes the same bytes for the
 * same pages), so a changed document costs one shard.
 */

/**
 * Documents per shard at most (shardCount): Pagefind took 4.2 GiB for 10,000
 * in one bundle. Not much smaller: the search page opens a Pagefind per shard.
 */
export const DEFAULT_SHARD = 8000;

export const shardSizeFromEnv = (value = process.env.SEARCH_SHARD): number => countSetting('SEARCH_SHARD', value, DEFAULT_SHARD, 'documents');

/**
 * How many shards for a collection of `documents`: a power of two, so a
 * document more or less seldom changes the count (every shard would be
 * indexed again), and a count doubled splits each shard in two.
 */
export const shardCount = (documents: number, size: number) => 2 ** Math.max(0, Math.ceil(Math.log2(documents / size)));

/**
 * The shard of a page: FNV-1a of its first two path segments ("/van-ban/<id>",
 * "/dan-chieu/<id>"), so a document's further pages go with it.
 */
export const shardOf = (url: string, count: number): number => fnv1a(url.split('/').slice(0, 3).join('/')) % count;

/** Pagefind's version and options: a bundle in the cache is only good for the same. */
const PAGEFIND_OPTIONS = { forceLanguage: 'vi' } as const;
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** A shard's pages, written for Pagefind to read, and their digest. */
export interface PreparedShard {
  /** Its number, from 0. */
  number: number;
  /** Where its bundle goes on the site. */
  path: string;
  /** Its pages' folder, in the scratch folder. */
  folder: string;
  pages: number;
  /** Digest of Pagefind's version and options and of every page (url and HTML, in order): the cache's key. */
  digest: string;
}

/** Shards as pages are written into them: `add` a page's url and HTML, `done` when all are. */
export function shardWriter(folder: string, count: number) {
  const hashes: Hash[] = [];
  const pages: number[] = [];
  for (let k = 0; k < count; k++) {
    hashes.push(createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(PAGEFIND_OPTIONS)}\n`));
    pages.push(0);
  }
  return {
    /** The page's shard, where it is to be written: `folderOf` it. */
    add(url: string, html: string): number {
      const k = shardOf(url, count);
      hashes[k]!.update(`${url}\n${html.length}\n${html}`);
      pages[k]!++;
      return k;
    },
    folderOf: (k: number) => join(folder, `${k}`),
    done: (): PreparedShard[] =>
      hashes.map((hash, k) => ({ number: k, path: shardPath(k), folder: join(folder, `${k}`), pages: pages[k]!, digest: hash.digest('hex') })),
  };
}

/** Each page's shard and Pagefind id (its fragment's name), by url. */
export type ShardIds = Map<string, { shard: number; id: string }>;

export interface IndexedShards {
  ids: ShardIds;
  /** Shards indexed by Pagefind, and shards copied from the cache. */
  indexed: number;
  reused: number;
  /** Files of the bundles the site held already, left in place. */
  unchanged: string[];
}

const check = (what: string, { errors }: { errors: string[] }) => {
  if (errors.length) throw new Error(`Pagefind (${what}): ${errors.join('; ')}`);
};

/** Pagefind indexes one shard's pages into `out`. */
async function indexShard(shard: PreparedShard, out: string): Promise<void> {
  const { index, errors } = await createIndex(PAGEFIND_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One addDirectory call: Pagefind reads the pages in parallel (8× faster than page by page at 10,000).
    check(shard.folder, await index.addDirectory({ path: shard.folder }));
    check(shard.path, await index.writeFiles({ outputPath: out }));
  } finally {
    await release(index);
  }
}

/** Frees the index and stops Pagefind's process (it starts again on the next `createIndex`). */
async function release(index: PagefindIndex): Promise<void> {
  try {
    await index.deleteIndex();
  } finally {
    await close();
  }
}

/** A fragment is gzip of "pagefind_dcd" and the page's JSON: its url, by the fragment's name. */
export function fragmentIds(bundle: string): Record<string, string> {
  const folder = join(bundle, 'fragment');
  const ids: Record<string, string> = {};
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    ids[(JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url] = f.replace(/\.pf_fragment$/, '');
  }
  return ids;
}

const BUNDLE = 'bundle';
const IDS = 'ids.json';
/** Which cache entry each bundle on the site was copied from, by its path: kept beside the entries. */
const ON_SITE = 'on-site.json';
/** Pagefind's first file of a bundle, which names the index's own digest. */
const ENTRY = 'pagefind-entry.json';

/** Does `out` hold the bundle of `entry` already: copied from it by the last build, its entry file the same? */
function holds(out: string, entry: string, copiedFrom: string | undefined): boolean {
  if (copiedFrom !== entry) return false;
  try {
    return readFileSync(join(out, ENTRY)).equals(readFileSync(join(entry, BUNDLE, ENTRY)));
  } catch {
    return false;
  }
}

/**
 * Writes every shard's bundle into the site, from the cache when it holds the
 * shard's digest, else indexed by Pagefind (and then kept in the cache); a
 * bundle the site holds already, copied from the same entry by the last build,
 * is left in place (2 × 34 MB removed and copied again at 10,000 documents).
 * Cache entries no shard of this build uses are removed, so the cache holds one
 * collection's shards.
 */
export async function indexShards(shards: PreparedShard[], site: string, cache: string): Promise<IndexedShards> {
  mkdirSync(cache, { recursive: true });
  const record = join(cache, ON_SITE);
  const copiedFrom = (existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : {}) as Record<string, string>;
  const ids: ShardIds = new Map();
  const unchanged: string[] = [];
  let indexed = 0;
  for (const shard of shards) {
    const entry = join(cache, shard.digest);
    if (!existsSync(join(entry, IDS))) {
      // Written aside and renamed: a build stopped halfway leaves no half-written entry.
      const partial = `${entry}.${process.pid}.partial`;
      rmSync(partial, { recursive: true, force: true });
      await indexShard(shard, join(partial, BUNDLE));
      writeFileSync(join(partial, IDS), JSON.stringify(fragmentIds(join(partial, BUNDLE))));
      rmSync(entry, { recursive: true, force: true });
      renameSync(partial, entry);
      indexed++;
    }
    const out = join(site, shard.path);
    if (holds(out, entry, copiedFrom[out])) unchanged.push(...filesUnder(out));
    else {
      // Forgotten first: a build stopped mid-copy must not leave the bundle taken as whole.
      delete copiedFrom[out];
      writeFileSync(record, JSON.stringify(copiedFrom));
      rmSync(out, { recursive: true, force: true });
      cpSync(join(entry, BUNDLE), out, { recursive: true });
      copiedFrom[out] = entry;
    }
    for (const [url, id] of Object.entries(JSON.parse(readFileSync(join(entry, IDS), 'utf8')) as Record<string, string>))
      ids.set(url, { shard: shard.number, id });
  }
  writeFileSync(record, JSON.stringify(copiedFrom));
  const kept = new Set([...shards.map((s) => s.digest), ON_SITE]);
  for (const name of readdirSync(cache)) if (!kept.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
  return { ids, indexed, reused: shards.length - indexed, unchanged };
}
