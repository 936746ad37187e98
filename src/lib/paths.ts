import { join, resolve } from 'node:path';

/**
 * Where each stage reads and writes. The defaults are the project's own folders;
 * the benchmark points them at a synthetic corpus through the environment so the
 * real `seeds/` and `content/` are never touched.
 */
export const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? 'seeds');
export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? 'content');
export const DIST_DIR = resolve(process.env.DIST_DIR ?? 'dist');
/** Parsed models kept between ingest runs (see src/lib/ingest/cache.ts). */
export const CACHE_DIR = resolve(process.env.CACHE_DIR ?? '.cache/ingest');
/** Text read from PDFs, Word files and scans, by their bytes (see src/lib/source/extract/). */
export const EXTRACT_CACHE_DIR = resolve(process.env.EXTRACT_CACHE_DIR ?? '.cache/extract');
/**
 * Pagefind's bundles by the digest of their pages, so an unchanged shard is not indexed again (see src/search/shards.ts);
 * beside the ingest cache, so a build with caches of its own (the tests', the benchmark's) has this one too.
 */
export const SEARCH_CACHE_DIR = resolve(process.env.SEARCH_CACHE_DIR ?? join(CACHE_DIR, '..', 'search'));
/** Astro's own cache, with last build's pages for its incremental build (astro.config.mjs); beside the others for the same reason. */
export const ASTRO_CACHE_DIR = resolve(process.env.ASTRO_CACHE_DIR ?? join(CACHE_DIR, '..', 'astro'));
/** Each document's search page and open-data record, by the digest of what they are made from (src/integrations/output-cache.ts). */
export const OUTPUT_CACHE_DIR = resolve(process.env.OUTPUT_CACHE_DIR ?? join(CACHE_DIR, '..', 'outputs'));
/** Each search page's part of the common words' lists, by the digest of its text (src/search/lists-cache.ts). */
export const LISTS_CACHE_FILE = resolve(process.env.LISTS_CACHE_FILE ?? join(CACHE_DIR, '..', 'lists.bin'));
