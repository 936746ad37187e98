import type { AstroIntegration } from 'astro';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describeIndex, loadIndex, writeIndex, type IndexSummary } from '../search/indexer.ts';
import type { Prepared } from './prepare-worker.ts';

/**
 * The open-data files and the search index, made from the models in `content/`
 * while Astro renders the pages, so the second core is not idle (at 10,000
 * documents Astro alone took 80 s and the index alone 66 s):
 * 1. a worker thread writes the open-data files and the pages Pagefind reads
 *    (prepare-worker.ts), then ends, which frees its copy of the models:
 *    Pagefind's writing is its peak of memory (4.2 GiB at 10,000 documents)
 *    and meets Astro's rendering (1.6–1.9 GiB);
 * 2. Pagefind, a process of its own, reads those pages and writes its bundles.
 * It starts at `astro:build:setup`, after Astro has emptied its output folder,
 * so the files written straight into the site stay; the build ends when it has.
 */
interface Background {
  worker: Worker;
  scratch: string;
  prepared: Promise<Prepared>;
  indexed: Promise<IndexSummary>;
  /** Seconds from the start to the end of each step, for the log (and the benchmark). */
  seconds: { prepared: number; indexed: number };
}

function startBackground(site: string): Background {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: { site, scratch } });
  // Unreferenced, so a build that fails does not wait for it; referenced again at the end.
  worker.unref();
  const prepared = new Promise<Prepared>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The open-data and search thread stopped (code ${code}) before it finished.`)));
  });
  const started = performance.now();
  const seconds = { prepared: 0, indexed: 0 };
  const indexed = prepared.then(async ({ index }) => {
    seconds.prepared = (performance.now() - started) / 1000;
    const loaded = await loadIndex(index);
    await rm(scratch, { recursive: true, force: true });
    const summary = await writeIndex(loaded, site);
    seconds.indexed = (performance.now() - started) / 1000;
    return summary;
  });
  // Handled at the end of the build; a failed build never gets there.
  indexed.catch(() => {});
  return { worker, scratch, prepared, indexed, seconds };
}

export default function afterBuild(): AstroIntegration {
  let site = '';
  let background: Background | null = null;
  return {
    name: 'bien-phong:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        background ??= startBackground(site);
      },
      'astro:build:done': async ({ logger }) => {
        const { worker, scratch, prepared, indexed, seconds } = background!;
        worker.ref();
        try {
          logger.info(`Dữ liệu mở: ${(await prepared).documents} văn bản (.json, nguon.txt).`);
          logger.info(describeIndex(await indexed));
          logger.info(`Song song với Astro: dữ liệu mở và trang cho Pagefind ${seconds.prepared.toFixed(1)} s, chỉ mục xong sau ${seconds.indexed.toFixed(1)} s.`);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
