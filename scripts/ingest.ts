/**
 * npm run ingest: seeds/*.txt|md → content/<id>.mdx, then a report of what
 * needs an editor's eye (file:line: message).
 */
import { enableCompileCache } from 'node:module';

// This thread converts files too, so it loads the whole parser: Node's code
// cache on disk (as in ingest/worker.ts) takes a third off that from the
// second run on. Only modules imported after this call use it.
enableCompileCache();
const { CACHE_DIR, CONTENT_DIR, SEEDS_DIR } = await import('../src/lib/paths.ts');
const { ingest } = await import('../src/lib/ingest/index.ts');
const { reportIngest } = await import('./lib/report.ts');
const { progressLine } = await import('../src/lib/progress.ts');

const started = performance.now();
const result = await ingest(SEEDS_DIR, CONTENT_DIR, { cacheDir: CACHE_DIR, onProgress: progressLine('Đọc và phân tích') });
reportIngest(result, SEEDS_DIR, performance.now() - started);
