import { readMetadata } from '../lib/mdx/read.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { shardCount, shardOf, shardSizeFromEnv } from '../search/shards.ts';
import { SITE } from './site.ts';
import { url } from './urls.ts';

/**
 * Which part of the site a build makes (BUILD_PART, or `npm run build -- --part`),
 * so that parts build on separate machines and `npm run merge` joins them:
 * - unset: the whole site;
 * - `shared`: every page but the documents' own (lists, provinces, instruments,
 *   comparisons, search page…), `api/documents.json`, the common words' lists;
 * - a shard's number (1, 2…): the pages and open-data files of the documents in
 *   that shard of the search index (search/shards.ts), and its Pagefind bundle.
 * Every part reads the whole collection (a document's page names the
 * documents that cite it), so each writes the same bytes the whole build writes.
 */
export type BuildPart = { kind: 'whole' } | { kind: 'shared' } | { kind: 'shard'; shard: number };

export function buildPartFromEnv(value = process.env.BUILD_PART): BuildPart {
  if (value === undefined || value === '') return { kind: 'whole' };
  if (value === 'shared') return { kind: 'shared' };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BUILD_PART="${value}": expected "shared" or a shard's number (1, 2…).`);
  return { kind: 'shard', shard: n - 1 };
}

/** Does this part make the pages every document shares? */
export const makesShared = (part: BuildPart = buildPartFromEnv()) => part.kind !== 'shard';

/** Does this part index shard `k` of the search index (from 0)? */
export const indexesShard = (k: number, part: BuildPart = buildPartFromEnv()) => part.kind === 'whole' || (part.kind === 'shard' && part.shard === k);

/** The documents whose own pages and files this part makes, of a collection of `all`. */
export function ownDocuments<T extends { id: string }>(all: T[], part: BuildPart = buildPartFromEnv()): T[] {
  if (part.kind === 'whole') return all;
  if (part.kind === 'shared') return [];
  const count = shardCount(all.length, shardSizeFromEnv());
  if (part.shard >= count) throw new Error(`BUILD_PART="${part.shard + 1}": the collection has ${count} shard(s) of the search index.`);
  return all.filter((doc) => shardOf(url.document(doc.id), count) === part.shard);
}

/** Every document's pages, as full addresses: the shared part's sitemap lists them, so the merged sitemap is the whole site's. */
export async function documentPageAddresses(): Promise<string[]> {
  // The frontmatter tells each document's id and parts: no text is read.
  return (await readMetadata(CONTENT_DIR)).flatMap((doc) =>
    [url.document(doc.id), ...(doc.parts ?? []).map((p) => url.part(doc.id, p.slug))].map((u) => new URL(u, SITE).href),
  );
}
