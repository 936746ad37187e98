import type { AstroIntegration } from 'astro';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { progressLine } from '../lib/progress.ts';
import { SEARCH_CACHE_DIR } from '../lib/paths.ts';
import { describeIndex, writeIndex, writePending } from '../search/indexer.ts';
import { buildPartFromEnv, indexesShard } from '../utils/build-part.ts';
import { indexShards } from '../search/shards.ts';
import type { FromWorker } from './prepare-worker.ts';
import { outputBefore } from './stale-output.ts';

/**
 * The open-data files and the search index, made from the models in `content/`
 * while Astro renders the pages, so the second core is not idle (at 10,000
 * documents Astro alone took 80 s and the index alone 66 s):
 * 1. a worker thread writes the pages Pagefind reads, then the open-data
 *    files, each document's text read in its turn, then the common words'
 *    lists (prepare-worker.ts);
 * 2. Pagefind, a process of its own, reads those pages as soon as they are
 *    written, and writes its bundles, one shard after another, each shard
 *    whose pages are unchanged since a build before copied from the cache
 *    (search/shards.ts).
 * It starts at `astro:build:setup`; the build ends when it has. Astro does
 * not empty its output folder (astro.config.mjs): once everything is written,
 * what the last build left and this one did not make goes (stale-output.ts).
 */
interface Background {
  worker: Worker;
  scratch: string;
  /** How many documents' files, and those of them the last build wrote the same (left in place). */
  openData: Promise<{ documents: number; unchanged: string[] }>;
  /** The index's line for the build log, when it is written, and the files of its bundles the site held already (left in place). */
  indexed: Promise<{ line: string; unchanged: string[] }>;
  /** Seconds from the start until each part was ready, for the log (and the benchmark). */
  seconds: { pages: number; openData: number; indexed: number };
}

function startBackground(site: string): Background {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: { site, scratch } });
  // Unreferenced, so a build that fails does not wait for it; referenced again at the end.
  worker.unref();
  const started = performance.now();
  const seconds = { pages: 0, openData: 0, indexed: 0 };
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The open-data and search thread stopped (code ${code}) before it finished.`)));
  });
  const progress = progressLine('Trang cho Pagefind');
  worker.on('message', (m: FromWorker) => m.kind === 'progress' && progress(m.done, m.total));
  const message = <K extends FromWorker['kind']>(kind: K) =>
    Promise.race([
      new Promise<Extract<FromWorker, { kind: K }>>((resolve) =>
        worker.on('message', (m: FromWorker) => m.kind === kind && resolve(m as Extract<FromWorker, { kind: K }>)),
      ),
      failed,
    ]);
  const openData = message('open-data').then(({ documents, unchanged }) => {
    seconds.openData = (performance.now() - started) / 1000;
    return { documents, unchanged };
  });
  const common = message('common');
  const part = buildPartFromEnv();
  const indexed = message('pages').then(async ({ index }) => {
    seconds.pages = (performance.now() - started) / 1000;
    // A part of the site (utils/build-part.ts) has its own shard indexed, or none.
    const own = index.shards.filter((s) => indexesShard(s.number, part));
    const shards = await indexShards(own, site, SEARCH_CACHE_DIR);
    // The pages only: the spool beside them is the common words' (prepare-worker.ts), the folder goes at the end.
    await rm(index.pages, { recursive: true, force: true });
    const { table } = await common;
    seconds.indexed = (performance.now() - started) / 1000;
    const finish = (): string => {
      if (part.kind === 'shard')
        return `Pagefind: phần chỉ mục ${part.shard + 1}/${index.shards.length} (${own[0]?.pages ?? 0} mục) ${shards.indexed ? 'đã lập' : 'lấy từ bộ nhớ đệm'}.`;
      if (part.kind === 'shared') {
        writePending(index, site, table!);
        return `Pagefind: danh sách từ phổ biến đã viết; bảng trang chờ ghép ${index.shards.length} phần chỉ mục (npm run merge).`;
      }
      return describeIndex(writeIndex(index, site, table!, shards));
    };
    return { line: finish(), unchanged: shards.unchanged };
  });
  // Handled at the end of the build; a failed build never gets there.
  for (const p of [failed, openData, common, indexed]) p.catch(() => {});
  return { worker, scratch, openData, indexed, seconds };
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
        const { worker, scratch, openData, indexed, seconds } = background!;
        const last = before!;
        background = null;
        before = null;
        worker.ref();
        try {
          const { documents, unchanged } = await openData;
          logger.info(`Dữ liệu mở: ${documents} văn bản (.json, bản gốc, nguon.txt; ${unchanged.length} tệp không đổi, để nguyên).`);
          const index = await indexed;
          logger.info(index.line);
          logger.info(
            `Song song với Astro: trang cho Pagefind sau ${seconds.pages.toFixed(1)} s, dữ liệu mở sau ${seconds.openData.toFixed(1)} s, chỉ mục xong sau ${seconds.indexed.toFixed(1)} s.`,
          );
          // The pages Astro kept in place are this build's too, and the open-data files and index bundles left as they were.
          const kept = new Set([...[...assets.values()].flat().map((u) => fileURLToPath(u)), ...unchanged, ...index.unchanged]);
          logger.info(`Đã xóa ${last.removeStale(kept)} tệp của lần dựng trước mà lần này không tạo ra.`);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
