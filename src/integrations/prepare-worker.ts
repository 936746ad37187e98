import { parentPort, workerData } from 'node:worker_threads';
import { readDocuments, readPart } from '../lib/mdx/read.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { prepareIndex, type PreparedIndex } from '../search/indexer.ts';
import { writeOpenData } from './open-data.ts';

/**
 * What the build makes from the models alone, in a thread beside Astro's
 * rendering (search-and-open-data.ts): the open-data files, and the pages Pagefind will
 * read. Its memory (every model, 1.2 GiB at 10,000 documents) is freed when it
 * ends, before Pagefind writes its index.
 */
export type FromWorker = { kind: 'progress'; done: number; total: number } | { kind: 'pages'; index: PreparedIndex } | { kind: 'open-data'; documents: number };

const { site, scratch } = workerData as { site: string; scratch: string };
const docs = await readDocuments(CONTENT_DIR);
// Pagefind's pages first: Pagefind reads them while this thread writes the open data.
// Progress for the build log's progress line (lib/progress.ts), every hundred pages and at the end.
const onProgress = (done: number, total: number) => {
  if (done % 100 === 0 || done === total) parentPort!.postMessage({ kind: 'progress', done, total } satisfies FromWorker);
};
parentPort!.postMessage({
  kind: 'pages',
  index: prepareIndex(docs, scratch, (id, slug) => readPart(CONTENT_DIR, id, slug), { onProgress }),
} satisfies FromWorker);
await writeOpenData(site, docs);
parentPort!.postMessage({ kind: 'open-data', documents: docs.length } satisfies FromWorker);
