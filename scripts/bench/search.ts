/**
 * Search as a reader meets it: headless Chromium, a fresh browser context per
 * query (cold cache), the built site served over loopback. For each query: time
 * from pressing Enter to the first result on screen, and bytes fetched for it.
 */
import { launchBrowser } from '../lib/chromium.ts';
import { startServer } from '../lib/static-server.ts';

/** Rare terms, numbers, phrases and the commonest syllables (the slow case). */
export const QUERIES = ['biên phòng', 'bien phong toan dan', 'đỡ đầu', 'do dau', '33-NQ/TW', 'Mường Mìn', 'Sở Tài chính', 'của', 'và'];

export interface SearchFigure {
  query: string;
  ms: number;
  bytes: number;
  results: number;
}

export async function measureSearch(dist: string, queries: string[]): Promise<SearchFigure[]> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  const out: SearchFigure[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
      let bytes = 0;
      page.on('requestfinished', (req) => {
        void req.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
      });
      await page.fill('#q', query);
      const started = Date.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => document.querySelector('[data-search-results] li') || /Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
      const ms = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const results = await page.locator('[data-search-results] > li').count();
      out.push({ query, ms, bytes, results });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
