import { parentPort, workerData } from 'node:worker_threads';
import { readDocuments, readPart } from '../lib/mdx/read.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { prepareCommonWords, prepareIndex, searchPages, type CommonTable, type PreparedIndex } from '../search/indexer.ts';
import { writeOpenData } from './open-data.ts';
import { buildPartFromEnv, indexesShard, makesShared } from '../utils/build-part.ts';

/**
 * What the build makes from the models alone, in a thread beside Astro's
 * rendering (search-and-open-data.ts): the pages Pagefind will read, the
 * open-data files, and the common words' lists. Its memory (every model, 1.2 GiB at 10,000 documents) is freed when it
 * ends, before Pagefind writes its index.
 */
export type FromWorker =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'pages'; index: PreparedIndex }
  | { kind: 'common'; table: CommonTable | null }
  | { kind: 'open-data'; documents: number };

const { site, scratch } = workerData as { site: string; scratch: string };
const part = buildPartFromEnv();
// Progress for the build log's progress line (lib/progress.ts), every hundred pages and at the end.
const onProgress = (done: number, total: number) => {
  if (done % 100 === 0 || done === total) parentPort!.postMessage({ kind: 'progress', done, total } satisfies FromWorker);
};

/** What needs the models: Pagefind's pages first (Pagefind reads them while this thread goes on), then the open data. */
async function fromModels(): Promise<string[]> {
  const docs = await readDocuments(CONTENT_DIR);
  const index = prepareIndex(
    searchPages(docs, (id, slug) => readPart(CONTENT_DIR, id, slug)),
    scratch,
    // A part of the site (utils/build-part.ts) has Pagefind index its own shard, or none.
    { onProgress, writes: (k) => indexesShard(k, part), lists: makesShared(part) },
  );
  parentPort!.postMessage({ kind: 'pages', index } satisfies FromWorker);
  const documents = await writeOpenData(site, docs, part);
  parentPort!.postMessage({ kind: 'open-data', documents } satisfies FromWorker);
  return index.commonKeys;
}

// The common words' lists from the spooled pages, once the models are freed (1.2 GiB at 10,000 documents,
// while Pagefind indexes): the index is written when both are done. A shard of the site has none: they are the whole collection's.
const keys = await fromModels();
const table = makesShared(part) ? prepareCommonWords(scratch, keys, site) : null;
parentPort!.postMessage({ kind: 'common', table } satisfies FromWorker);
