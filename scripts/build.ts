/**
 * npm run build [-- --strict]: ingest, then the Astro build (which runs Pagefind
 * at its end). A bad source file never stops the build; with --strict (or
 * STRICT=1) any error in the quality report makes the command fail afterwards,
 * for editors who want a red light.
 */
import { build } from 'astro';
import { CACHE_DIR, CONTENT_DIR, SEEDS_DIR } from '../src/lib/paths.ts';
import { ingest } from '../src/lib/ingest/index.ts';
import { progressLine } from '../src/lib/progress.ts';
import { reportIngest } from './lib/report.ts';

const strict = process.argv.includes('--strict') || process.env.STRICT === '1';
const started = performance.now();
const result = await ingest(SEEDS_DIR, CONTENT_DIR, { cacheDir: CACHE_DIR, onProgress: progressLine('Đọc và phân tích') });
const { errors } = reportIngest(result, SEEDS_DIR, performance.now() - started);
await build({});
if (strict && errors > 0) {
  console.error(`--strict: ${errors} lỗi trong dữ liệu nguồn; trang web vẫn được dựng nhưng lệnh báo thất bại.`);
  process.exit(1);
}
