/**
 * Search as a reader meets it: headless Chromium, a fresh browser context per
 * run (cold cache), three runs per query, the built site served over loopback
 * by a process of its own. For each query: time
 * from pressing Enter to the first results on screen, and to the complete
 * results (the whole collection's bundle, see src/search/bundle-plan.ts), and
 * the index bytes fetched for each since the page opened. Pagefind's runtime
 * (pagefind.js, its worker and WebAssembly, the same for every search and
 * cached after the first) is counted apart.
 *
 * Run alone on a built site: node scripts/bench/search.ts .bench/10000/dist [.bench/10000/plain/public]
 * (the second, a plain site to compare with: scripts/bench/plain-site.ts).
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/chromium.ts';
import { startServerProcess } from '../lib/static-server.ts';

/** A query as a reader types it, with the filters already chosen in the page's URL. */
export interface Query {
  q: string;
  filters?: Record<string, string>;
}

/** The commonest syllables and words (the slow case for Pagefind), phrases with and without marks, quoted, numbers in two forms, rare names, a filter. */
export const QUERIES: Query[] = [
  { q: 'biên phòng' },
  { q: 'bien phong toan dan' },
  { q: '"biên giới quốc gia"' },
  { q: 'đỡ đầu' },
  { q: 'do dau' },
  { q: '33-NQ/TW' },
  { q: 'nghị quyết 33' },
  { q: 'Mường Mìn' },
  { q: 'Sở Tài chính' },
  { q: 'của' },
  { q: 'và' },
  { q: 'biên phòng', filters: { tinh: 'Huế' } },
  // The synthetic corpus's words are nearly all common (the lists answer them): a province's name is one of the few Pagefind answers.
  { q: 'Đắk Lắk' },
];

export const label = ({ q, filters }: Query) => `${q}${filters ? ` (${Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;

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
  /** The slowest of the query's runs (`measureSearch`). */
  slowest?: { firstMs: number; completeMs: number };
}

const RUNTIME = /\/pagefind(-worker)?\.js$|\/wasm\.[^/]*\.pagefind$/;

/**
 * Kept by the page itself, so the figures are the browser's clock and not
 * this process's (which also serves the files): when Enter submitted the
 * form, when the first result went into the list, when the list stopped
 * being aria-busy.
 */
interface PageTimes {
  enter: number;
  first: number;
  complete: number;
}
declare global {
  interface Window {
    searchTimes?: Partial<PageTimes>;
  }
}
function recordTimes(): void {
  const times: Partial<PageTimes> = {};
  window.searchTimes = times;
  document.addEventListener('submit', () => (times.enter = performance.now()), true);
  new MutationObserver(() => {
    if (times.enter === undefined) return;
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    if (times.first === undefined && (list?.querySelector('li') || /Không tìm thấy/.test(status))) times.first = performance.now();
    if (times.complete === undefined && times.first !== undefined && list?.getAttribute('aria-busy') === 'false') times.complete = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One cold run of a query: a fresh browser context on the site served at `url` (a plain site's page ignores the filters). */
async function measureOnce(browser: Browser, url: string, query: Query): Promise<SearchFigure> {
  const context = await browser.newContext();
  try {
    // Every file the page fetches, its own and its workers' (Pagefind fetches its index and fragments in a worker,
    // which the page's resource timing does not list): when it ended (epoch ms) and its bytes on the wire.
    const files: Array<Promise<{ path: string; at: number; bytes: number }>> = [];
    context.on('requestfinished', (request) =>
      files.push(
        request.sizes().then(({ responseBodySize, responseHeadersSize }) => ({
          path: new URL(request.url()).pathname,
          at: request.timing().startTime + request.timing().responseEnd,
          bytes: responseBodySize + responseHeadersSize,
        })),
      ),
    );
    const page = await context.newPage();
    await page.addInitScript(recordTimes);
    await page.goto(`${url}/tim-kiem/${query.filters ? `?${new URLSearchParams(query.filters)}` : ''}`, { waitUntil: 'networkidle' });
    // Playwright compiles its own scripts into the page when first asked to wait (about 20 ms of the page's
    // main thread): asked once before Enter, so the figures are the page's own work.
    await page.waitForSelector('[data-search-results]', { state: 'attached' });
    await page.waitForFunction(() => window.searchTimes !== undefined);
    await page.fill('#q', query.q);
    await page.press('#q', 'Enter');
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 120_000 });
    await page.waitForFunction(() => window.searchTimes?.complete !== undefined, null, { timeout: 120_000 });
    const { times, origin } = await page.evaluate(() => ({ times: window.searchTimes as PageTimes, origin: performance.timeOrigin }));
    // Bytes of every file of the index received by then (compressed sizes), on the page's clock.
    const fetched = (await Promise.all(files)).filter((f) => f.path.startsWith('/pagefind/')).map((f) => ({ ...f, at: f.at - origin }));
    const sum = (until: number) => fetched.filter((f) => !RUNTIME.test(f.path) && f.at <= until).reduce((n, f) => n + f.bytes, 0);
    return {
      query: label(query),
      firstMs: Math.round(times.first - times.enter),
      completeMs: Math.round(times.complete - times.enter),
      firstBytes: sum(times.first),
      completeBytes: sum(times.complete),
      runtimeBytes: fetched.filter((f) => RUNTIME.test(f.path)).reduce((n, f) => n + f.bytes, 0),
      results: await page.locator('[data-search-results] > li').count(),
    };
  } finally {
    await context.close();
  }
}

/**
 * Each query `runs` times, each cold, on the site in `dist`: per query the
 * median of its runs, each measure apart (two cores shared by the browser and
 * the server make single runs jump by 100 ms), and its slowest run kept.
 */
export async function measureSearch(dist: string, queries: Query[], runs = 3): Promise<SearchFigure[]> {
  const server = await startServerProcess(dist);
  const browser = await launchBrowser();
  const out: SearchFigure[] = [];
  try {
    for (const query of queries) {
      const all: SearchFigure[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureOnce(browser, server.url, query));
      const mid = (pick: (f: SearchFigure) => number) => median(all.map(pick));
      out.push({
        ...all[0]!,
        firstMs: mid((f) => f.firstMs),
        completeMs: mid((f) => f.completeMs),
        firstBytes: mid((f) => f.firstBytes),
        completeBytes: mid((f) => f.completeBytes),
        slowest: { firstMs: Math.max(...all.map((f) => f.firstMs)), completeMs: Math.max(...all.map((f) => f.completeMs)) },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const KB = 1e3;

/** Summary rows and the per-query table, in Markdown. */
export function searchRows(search: SearchFigure[]): Array<[string, string]> {
  const range = (xs: number[], unit: (x: number) => string) => `median ${unit(median(xs))}, worst ${unit(Math.max(...xs))}`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const kb = (x: number) => `${(x / KB).toFixed(0)} KB`;
  return [
    ['search, time to first results', range(search.map((s) => s.firstMs), ms)],
    ['search, time to complete results', range(search.map((s) => s.completeMs), ms)],
    [
      'search, slowest single run, first / complete',
      `${ms(Math.max(...search.map((s) => s.slowest?.firstMs ?? s.firstMs)))} / ${ms(Math.max(...search.map((s) => s.slowest?.completeMs ?? s.completeMs)))}`,
    ],
    ['search index fetched, to first results (cold)', range(search.map((s) => s.firstBytes), kb)],
    ['search index fetched, to complete results (cold)', range(search.map((s) => s.completeBytes), kb)],
    ['Pagefind runtime (once, then cached)', kb(median(search.map((s) => s.runtimeBytes)))],
  ];
}

/** Ours beside the plain site's, query by query: complete time and its ratio. */
export function comparisonTable(ours: SearchFigure[], plain: SearchFigure[]): string {
  const lines = ['| query | complete, this site | complete, plain Pagefind site | ratio | results (plain) |', '|---|---|---|---|---|'];
  ours.forEach((s, i) => {
    const p = plain[i]!;
    lines.push(`| \`${s.query}\` | ${s.completeMs} ms | ${p.completeMs} ms | ${(s.completeMs / p.completeMs).toFixed(2)} | ${p.results} |`);
  });
  return lines.join('\n');
}

export function searchTable(search: SearchFigure[]): string {
  const lines = ['| query | first results | complete | slowest run (first / complete) | index fetched (first / complete) | results |', '|---|---|---|---|---|---|'];
  for (const s of search) {
    const slowest = s.slowest ? `${s.slowest.firstMs} / ${s.slowest.completeMs} ms` : '–';
    lines.push(`| \`${s.query}\` | ${s.firstMs} ms | ${s.completeMs} ms | ${slowest} | ${(s.firstBytes / KB).toFixed(0)} / ${(s.completeBytes / KB).toFixed(0)} KB | ${s.results} |`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const search = await measureSearch(process.argv[2] ?? 'dist', QUERIES);
  console.log(`| measure | value |\n|---|---|\n${searchRows(search).map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n${searchTable(search)}`);
  if (process.argv[3]) console.log(`\n${comparisonTable(search, await measureSearch(process.argv[3], QUERIES))}`);
}
