/**
 * npm run build [-- --strict] [-- --part shared|<n>]: ingest, then the Astro
 * build (which runs Pagefind at its end). A bad source file never stops the
 * build; with --strict (or STRICT=1) any error in the quality report makes the
 * command fail afterwards, for editors who want a red light. With --part (or
 * BUILD_PART), one part of the site, for a build spread over machines that
 * `npm run merge` joins (src/utils/build-part.ts).
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { CACHE_DIR, CONTENT_DIR, SEEDS_DIR } from '../src/lib/paths.ts';
import { ingest } from '../src/lib/ingest/index.ts';
import { progressLine } from '../src/lib/progress.ts';
import { reportIngest } from './lib/report.ts';
import { buildPartFromEnv } from '../src/utils/build-part.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, part: { type: 'string' } } });
const strict = values.strict || process.env.STRICT === '1';
if (values.part !== undefined) process.env.BUILD_PART = values.part;
// A wrong part is told before the long steps.
buildPartFromEnv();
const started = performance.now();
const result = await ingest(SEEDS_DIR, CONTENT_DIR, { cacheDir: CACHE_DIR, onProgress: progressLine('Đọc và phân tích') });
const { errors } = reportIngest(result, SEEDS_DIR, performance.now() - started);
await build({});
if (strict && errors > 0) {
  console.error(`--strict: ${errors} lỗi trong dữ liệu nguồn; trang web vẫn được dựng nhưng lệnh báo thất bại.`);
  process.exit(1);
}
