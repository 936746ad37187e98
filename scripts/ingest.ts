/**
 * npm run ingest: seeds/*.txt|md → content/<id>.mdx, then a report of what
 * needs an editor's eye (file:line: message).
 */
import { CACHE_DIR, CONTENT_DIR, SEEDS_DIR } from '../src/lib/paths.ts';
import { ingest } from '../src/lib/ingest.ts';
import { reportIngest } from './lib/report.ts';

const started = performance.now();
const result = await ingest(SEEDS_DIR, CONTENT_DIR, { cacheDir: CACHE_DIR });
reportIngest(result, SEEDS_DIR, performance.now() - started);
