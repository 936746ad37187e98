/**
 * Search as a reader meets it: headless Chromium, a fresh browser context per
 * query (cold cache), the built site served over loopback. For each query: time
 * from pressing Enter to the first results on screen, and to the complete
 * results (the whole collection's bundle, see src/search/bundle-plan.ts), and
 * the index bytes fetched for each since the page opened. Pagefind's runtime
 * (pagefind.js, its worker and WebAssembly, the same for every search and
 * cached after the first) is counted apart.
 *
 * Run alone on a built site: node scripts/bench/search.ts .bench/10000/dist
 */
import { launchBrowser } from '../lib/chromium.ts';
import { startServer } from '../lib/static-server.ts';

/** Rare terms, numbers, phrases and the commonest syllables (the slow case). */
export const QUERIES = ['biên phòng', 'bien phong toan dan', 'đỡ đầu', 'do dau', '33-NQ/TW', 'Mường Mìn', 'Sở Tài chính', 'của', 'và'];

export interface SearchFigure {
  query: string;
  /** Enter → first results on screen. */
  firstMs: number;
  /** Enter → complete results (the list no longer aria-busy). */
  completeMs: number;
  /** Index bytes fetched from page open to first results, and to complete results. */
  firstBytes: number;
  completeBytes: number;
  /** Pagefind's runtime bytes (same for every query). */
  runtimeBytes: number;
  results: number;
}

const RUNTIME = /\/pagefind(-worker)?\.js$|\/wasm\.[^/]*\.pagefind$/;

export async function measureSearch(dist: string, queries: string[]): Promise<SearchFigure[]> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  const out: SearchFigure[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: Array<{ at: number; bytes: number; runtime: boolean }> = [];
      page.on('requestfinished', (req) => {
        const at = Date.now();
        const path = new URL(req.url()).pathname;
        if (!path.startsWith('/pagefind/')) return;
        void req.sizes().then((s) => fetched.push({ at, bytes: s.responseBodySize + s.responseHeadersSize, runtime: RUNTIME.test(path) }));
      });
      await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
      await page.fill('#q', query);
      const started = Date.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => document.querySelector('[data-search-results] li') || /Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 120_000 });
      const first = Date.now();
      await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 120_000 });
      const complete = Date.now();
      await page.waitForLoadState('networkidle');
      const sum = (until: number) => fetched.filter((f) => !f.runtime && f.at <= until).reduce((n, f) => n + f.bytes, 0);
      const results = await page.locator('[data-search-results] > li').count();
      out.push({
        query,
        firstMs: first - started,
        completeMs: complete - started,
        firstBytes: sum(first),
        completeBytes: sum(complete),
        runtimeBytes: fetched.filter((f) => f.runtime).reduce((n, f) => n + f.bytes, 0),
        results,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const KB = 1e3;

/** Summary rows and the per-query table, in Markdown. */
export function searchRows(search: SearchFigure[]): Array<[string, string]> {
  const range = (xs: number[], unit: (x: number) => string) => `median ${unit(median(xs))}, worst ${unit(Math.max(...xs))}`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const kb = (x: number) => `${(x / KB).toFixed(0)} KB`;
  return [
    ['search, time to first results', range(search.map((s) => s.firstMs), ms)],
    ['search, time to complete results', range(search.map((s) => s.completeMs), ms)],
    ['search index fetched, to first results (cold)', range(search.map((s) => s.firstBytes), kb)],
    ['search index fetched, to complete results (cold)', range(search.map((s) => s.completeBytes), kb)],
    ['Pagefind runtime (once, then cached)', kb(median(search.map((s) => s.runtimeBytes)))],
  ];
}

export function searchTable(search: SearchFigure[]): string {
  const lines = ['| query | first results | complete | index fetched (first / complete) | results |', '|---|---|---|---|---|'];
  for (const s of search) lines.push(`| \`${s.query}\` | ${s.firstMs} ms | ${s.completeMs} ms | ${(s.firstBytes / KB).toFixed(0)} / ${(s.completeBytes / KB).toFixed(0)} KB | ${s.results} |`);
  return lines.join('\n');
}

if (import.meta.main) {
  const search = await measureSearch(process.argv[2] ?? 'dist', QUERIES);
  console.log(`| measure | value |\n|---|---|\n${searchRows(search).map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n${searchTable(search)}`);
}
