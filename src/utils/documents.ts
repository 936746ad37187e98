import type { DocumentModel } from '../lib/model.ts';
import { readFileSync } from 'node:fs';
import { partFile, readDocument, readEach, readPart } from '../lib/mdx/read.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { readSkipped, type SkippedEntry } from '../lib/source/folder.ts';
import { byDateDesc } from './titles.ts';
import { recordMdx, sha256 } from './page-key.ts';

/**
 * The documents the pages render: the models ingest wrote into content/, read
 * straight from each file's JSON frontmatter, once per build. Not through an
 * Astro content collection: at 10,000 documents its data store (written,
 * serialised into a module, compiled, read back) cost about 30 s of a build
 * that needs 4 s to read the files (bench/RESULTS.md). In `astro dev` the files
 * are read again on every request, so an ingest shows without a restart.
 */
let cache: Promise<DocumentModel[]> | null = null;

// Each with its file's digest, for the pages' cache keys (page-key.ts).
const load = async () => (await readEach(CONTENT_DIR, (mdx, file) => recordMdx(readDocument(mdx, file), mdx))).sort(byDateDesc);

/** Every document of the collection, newest first. */
export function getDocuments(): Promise<DocumentModel[]> {
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}

/** Entries of the input folder ingest did not read (a link out of it, a FIFO…), for the data-quality page. */
export function getSkipped(): SkippedEntry[] {
  return readSkipped(CONTENT_DIR);
}

/** A further page of a document too long for one (its `parts`), read when its page is rendered: never all at once. */
export function getPart(id: string, slug: string): DocumentModel {
  return readPart(CONTENT_DIR, id, slug);
}

/** The digest of a further page's file, for its page's cache key, without keeping its text. */
export function getPartDigest(id: string, slug: string): string {
  return sha256(readFileSync(partFile(CONTENT_DIR, id, slug), 'utf8'));
}
