import { parentPort, workerData } from 'node:worker_threads';
import { readDocuments, readPart } from '../lib/mdx/read.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { prepareCommonWords, prepareIndex, searchPages, type CommonTable, type PreparedIndex } from '../search/indexer.ts';
import { writeOpenData } from './open-data.ts';

/**
 * What the build makes from the models alone, in a thread beside Astro's
 * rendering (search-and-open-data.ts): the pages Pagefind will read, the
 * common words' lists, and the open-data files. Its memory (every model, 1.2 GiB at 10,000 documents) is freed when it
 * ends, before Pagefind writes its index.
 */
export type FromWorker =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'pages'; index: PreparedIndex }
  | { kind: 'common'; table: CommonTable }
  | { kind: 'open-data'; documents: number };

const { site, scratch } = workerData as { site: string; scratch: string };
const docs = await readDocuments(CONTENT_DIR);
// Pagefind's pages first: Pagefind reads them while this thread writes the open data.
// Progress for the build log's progress line (lib/progress.ts), every hundred pages and at the end.
const onProgress = (done: number, total: number) => {
  if (done % 100 === 0 || done === total) parentPort!.postMessage({ kind: 'progress', done, total } satisfies FromWorker);
};
const pages = searchPages(docs, (id, slug) => readPart(CONTENT_DIR, id, slug));
const index = prepareIndex(pages, scratch, { onProgress });
parentPort!.postMessage({ kind: 'pages', index } satisfies FromWorker);
// The common words' lists while Pagefind reads the pages: the index is written when both are done.
parentPort!.postMessage({ kind: 'common', table: prepareCommonWords(pages, index.commonKeys, site) } satisfies FromWorker);
await writeOpenData(site, docs);
parentPort!.postMessage({ kind: 'open-data', documents: docs.length } satisfies FromWorker);
