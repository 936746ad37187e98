import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { readDocument, readEach, readPart, readShell } from '../lib/mdx/read.ts';
import type { DocumentModel } from '../lib/model.ts';
import { CONTENT_DIR, LISTS_CACHE_FILE, OUTPUT_CACHE_DIR } from '../lib/paths.ts';
import { prepareCommonWords, prepareIndex, searchPages, type CommonTable, type PageMaker, type PreparedIndex } from '../search/indexer.ts';
import { documentPage, type SearchPage } from '../search/records.ts';
import { writeOpenData } from './open-data.ts';
import { outputCache } from './output-cache.ts';
import { buildPartFromEnv, indexesShard, makesShared } from '../utils/build-part.ts';
import { documentRecord } from '../utils/open-data.ts';
import { pageKey, recordMdx } from '../utils/page-key.ts';

/**
 * What the build makes from the models alone, in a thread beside Astro's
 * rendering (search-and-open-data.ts): the pages Pagefind will read, the
 * open-data files, and the common words' lists. It holds every document's
 * metadata, and one document's text at a time. A document's search page and
 * record are kept between builds (output-cache.ts): only a changed document's
 * model is read again.
 */
export type FromWorker =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'pages'; index: PreparedIndex }
  | { kind: 'common'; table: CommonTable | null }
  | { kind: 'open-data'; documents: number; unchanged: string[] };

const { site, scratch } = workerData as { site: string; scratch: string };
const part = buildPartFromEnv();
// Progress for the build log's progress line (lib/progress.ts), every hundred pages and at the end.
const onProgress = (done: number, total: number) => {
  if (done % 100 === 0 || done === total) parentPort!.postMessage({ kind: 'progress', done, total } satisfies FromWorker);
};

/**
 * Every document's shell (mdx/read.ts), for the work over the whole collection,
 * and its file: its whole model is read when its own files are written, one at
 * a time, so this thread never holds every text (1.2 GiB at 10,000 documents).
 */
async function readShells(): Promise<{ shells: DocumentModel[]; whole: (shell: DocumentModel) => DocumentModel }> {
  const files = new Map<DocumentModel, string>();
  const shells = await readEach(CONTENT_DIR, (mdx, file) => {
    const shell = recordMdx(readShell(mdx, file), mdx);
    files.set(shell, file);
    return shell;
  });
  // With the citations the collection unified on its shell (lib/corpus/instruments.ts). Read twice per build (search page,
  // open data) when neither is kept, one parse more per document (about 6 s at 10,000), to hold no text between the two passes.
  const whole = (shell: DocumentModel) => {
    const file = files.get(shell)!;
    const { instruments, citations, relations } = shell;
    return Object.assign(readDocument(readFileSync(file, 'utf8'), file), { instruments, citations, relations });
  };
  return { shells, whole };
}

const cache = outputCache(OUTPUT_CACHE_DIR);

/** What needs the models: Pagefind's pages first (Pagefind reads them while this thread goes on), then the open data. */
async function fromModels(): Promise<string[]> {
  const { shells: docs, whole } = await readShells();
  // Keyed once the collection has unified the shells' citations (searchPages does that first).
  const pageOf: PageMaker = (shell, state) =>
    JSON.parse(cache.kept('trang', pageKey(shell, state ?? null), () => JSON.stringify(documentPage(whole(shell), state)))) as SearchPage;
  const index = prepareIndex(
    searchPages(docs, (id, slug) => readPart(CONTENT_DIR, id, slug), pageOf),
    scratch,
    // A part of the site (utils/build-part.ts) has Pagefind index its own shard, or none.
    { onProgress, writes: (k) => indexesShard(k, part), lists: makesShared(part) },
  );
  parentPort!.postMessage({ kind: 'pages', index } satisfies FromWorker);
  const { documents, unchanged } = await writeOpenData(site, docs, part, (shell) =>
    cache.kept('ho-so', pageKey(shell), () => JSON.stringify(documentRecord(whole(shell)))),
  );
  // Another part of the site, built with the same caches, keeps what it made.
  if (part.kind === 'whole') cache.prune();
  parentPort!.postMessage({ kind: 'open-data', documents, unchanged } satisfies FromWorker);
  return index.commonKeys;
}

// The common words' lists from the spooled pages, once the shells are freed, while Pagefind indexes: the index is
// written when both are done. A shard of the site has none: they are the whole collection's.
const keys = await fromModels();
const table = makesShared(part) ? prepareCommonWords(scratch, keys, site, { file: LISTS_CACHE_FILE, salt: cache.salt }) : null;
parentPort!.postMessage({ kind: 'common', table } satisfies FromWorker);
