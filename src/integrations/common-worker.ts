import { parentPort, workerData } from 'node:worker_threads';
import { prepareCommonWords, type CommonTable } from '../search/indexer.ts';

/**
 * The common words' lists (search/common-words.ts), from the pages the other
 * thread spooled (prepare-worker.ts), in a thread of their own: made while
 * that thread writes the open data, not after it (the lists took 53 s of a
 * 10,000-document rebuild, the open data 20 s before them).
 */
export type FromCommonWorker = { kind: 'common'; table: CommonTable };

const { scratch, keys, site } = workerData as { scratch: string; keys: string[]; site: string };
parentPort!.postMessage({ kind: 'common', table: prepareCommonWords(scratch, keys, site) } satisfies FromCommonWorker);
