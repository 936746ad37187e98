import { parentPort, workerData } from 'node:worker_threads';
import { prepareCommonWords } from '../search/indexer.ts';

/**
 * The common words' lists (search/indexer.ts `prepareCommonWords`) in a thread
 * of their own, for a rebuild: prepare-worker.ts starts it when Astro has few
 * pages to render, so the lists use the core Astro's thread would leave idle.
 */
const { scratch, keys, site } = workerData as { scratch: string; keys: string[]; site: string };
parentPort!.postMessage(prepareCommonWords(scratch, keys, site));
