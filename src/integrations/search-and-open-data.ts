import type { AstroIntegration } from 'astro';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { progressLine } from '../lib/progress.ts';
import { SEARCH_CACHE_DIR } from '../lib/paths.ts';
import { describeIndex, writeIndex, writePending, type CommonTable } from '../search/indexer.ts';
import { buildPartFromEnv, indexesShard, makesShared } from '../utils/build-part.ts';
import { indexShards } from '../search/shards.ts';
import type { FromWorker } from './prepare-worker.ts';
import type { FromCommonWorker } from './common-worker.ts';
import { outputBefore } from './stale-output.ts';

/**
 * The open-data files and the search index, made from the models in `content/`
 * while Astro renders the pages, so the second core is not idle (at 10,000
 * documents Astro alone took 80 s and the index alone 66 s):
 * 1. a worker thread writes the pages Pagefind reads, then the open-data
 *    files, each document's text read in its turn (prepare-worker.ts); once
 *    the pages are written, another makes the common words' lists from them
 *    (common-worker.ts);
 * 2. Pagefind, a process of its own, reads those pages as soon as they are
 *    written, and writes its bundles, one shard after another, each shard
 *    whose pages are unchanged since a build before copied from the cache
 *    (search/shards.ts).
 * It starts at `astro:build:setup`; the build ends when it has. Astro does
 * not empty its output folder (astro.config.mjs): once everything is written,
 * what the last build left and this one did not make goes (stale-output.ts).
 */
interface Background {
  workers: Worker[];
  scratch: string;
  openData: Promise<number>;
  /** The index's line for the build log, when it is written. */
  indexed: Promise<string>;
  /** Seconds from the start until each part was ready, for the log (and the benchmark). */
  seconds: { pages: number; openData: number; indexed: number };
}

/**
 * A thread of this integration, and its messages by kind: one that fails, or
 * stops before it sends one, fails the wait for it. Unreferenced, so a build
 * that fails does not wait for it; referenced again at the end.
 */
function thread<M extends { kind: string }>(file: string, data: unknown, workers: Worker[]) {
  const worker = new Worker(new URL(file, import.meta.url), { workerData: data });
  worker.unref();
  workers.push(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${file}: the thread stopped (code ${code}) before it finished.`)));
  });
  failed.catch(() => {});
  const message = <K extends M['kind']>(kind: K) =>
    Promise.race([
      new Promise<Extract<M, { kind: K }>>((resolve) => worker.on('message', (m: M) => m.kind === kind && resolve(m as Extract<M, { kind: K }>))),
      failed,
    ]);
  return { worker, message };
}

function startBackground(site: string): Background {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  const workers: Worker[] = [];
  const prepare = thread<FromWorker>('./prepare-worker.ts', { site, scratch }, workers);
  const started = performance.now();
  const seconds = { pages: 0, openData: 0, indexed: 0 };
  const progress = progressLine('Trang cho Pagefind');
  prepare.worker.on('message', (m: FromWorker) => m.kind === 'progress' && progress(m.done, m.total));
  const openData = prepare.message('open-data').then(({ documents }) => {
    seconds.openData = (performance.now() - started) / 1000;
    return documents;
  });
  const part = buildPartFromEnv();
  const pages = prepare.message('pages');
  // The lists are the whole collection's: a shard of the site has none.
  const common = pages.then(({ index }): Promise<{ table: CommonTable | null }> | { table: null } =>
    makesShared(part) ? thread<FromCommonWorker>('./common-worker.ts', { scratch, keys: index.commonKeys, site }, workers).message('common') : { table: null },
  );
  const indexed = pages.then(async ({ index }) => {
    seconds.pages = (performance.now() - started) / 1000;
    // A part of the site (utils/build-part.ts) has its own shard indexed, or none.
    const own = index.shards.filter((s) => indexesShard(s.number, part));
    const shards = await indexShards(own, site, SEARCH_CACHE_DIR);
    // The pages only: the spool beside them is the common words' (prepare-worker.ts), the folder goes at the end.
    await rm(index.pages, { recursive: true, force: true });
    const { table } = await common;
    seconds.indexed = (performance.now() - started) / 1000;
    if (part.kind === 'shard')
      return `Pagefind: phần chỉ mục ${part.shard + 1}/${index.shards.length} (${own[0]?.pages ?? 0} mục) ${shards.indexed ? 'đã lập' : 'lấy từ bộ nhớ đệm'}.`;
    if (part.kind === 'shared') {
      writePending(index, site, table!);
      return `Pagefind: danh sách từ phổ biến đã viết; bảng trang chờ ghép ${index.shards.length} phần chỉ mục (npm run merge).`;
    }
    return describeIndex(writeIndex(index, site, table!, shards));
  });
  // Handled at the end of the build; a failed build never gets there.
  for (const p of [openData, common, indexed]) p.catch(() => {});
  return { workers, scratch, openData, indexed, seconds };
}

export default function afterBuild(): AstroIntegration {
  let site = '';
  let background: Background | null = null;
  let before: ReturnType<typeof outputBefore> | null = null;
  return {
    name: 'bien-phong:search-and-open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        before ??= outputBefore(site);
        background ??= startBackground(site);
      },
      'astro:build:done': async ({ logger, assets }) => {
        const { workers, scratch, openData, indexed, seconds } = background!;
        const last = before!;
        background = null;
        before = null;
        for (const worker of workers) worker.ref();
        try {
          logger.info(`Dữ liệu mở: ${await openData} văn bản (.json, nguon.txt).`);
          logger.info(await indexed);
          logger.info(
            `Song song với Astro: trang cho Pagefind sau ${seconds.pages.toFixed(1)} s, dữ liệu mở sau ${seconds.openData.toFixed(1)} s, chỉ mục xong sau ${seconds.indexed.toFixed(1)} s.`,
          );
          // The pages Astro kept in place are this build's too.
          const kept = new Set([...assets.values()].flat().map((u) => fileURLToPath(u)));
          logger.info(`Đã xóa ${last.removeStale(kept)} tệp của lần dựng trước mà lần này không tạo ra.`);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
