import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';
import { hasMarks, queryTerms } from '../../src/client/search/query.ts';
import { positionsOf, wordKey, wordsOf } from '../../src/search/words.ts';
import { OPEN_PAGEFIND } from '../helpers/pagefind-in-page.ts';

/**
 * Issue 19, item 1: on the real corpus (about 800 documents, built by the
 * global setup with words in 100 pages common, so both the common words'
 * lists and Pagefind answer), the answer runs to many pages. Every page
 * Pagefind returns that holds the words (Pagefind also returns pages holding
 * a longer word that starts with one) must be reachable by pressing "Xem
 * thêm" until it is gone, once each, with nothing Pagefind did not return,
 * and the count shown must be that number.
 */
const build = inject('corpusBuild');
const base = inject('corpusUrl');
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

/** Presses "Xem thêm" whenever it shows, from the first answer on, until the complete answer is all on screen. */
async function reachEverything(): Promise<void> {
  let last = -1;
  let still = 0;
  for (;;) {
    if (await page.locator('[data-search-more]').isVisible()) {
      await page.click('[data-search-more]');
      still = 0;
      continue;
    }
    const n = await page.locator('[data-search-results] > li').count();
    const busy = (await page.getAttribute('[data-search-results]', 'aria-busy')) === 'true';
    still = n === last && !busy ? still + 1 : 0;
    last = n;
    if (still >= 10) return;
    await page.waitForTimeout(100);
  }
}

/** What Pagefind itself returns for the query, as the search page asks it (marks exact when typed), with each page's text. A string, so the runner leaves the import alone. */
const pagefindPages = (q: string, phrase = false) =>
  page.evaluate(`(async () => {
${OPEN_PAGEFIND}
    await pf.options({ exactDiacritics: ${hasMarks(q)} });
    const { results } = await pf.search(${JSON.stringify(phrase ? `"${q}"` : q)});
    return Promise.all(results.map(async (r) => { const d = await r.data(); return [new URL(d.url, location.href).pathname, d.content]; }));
  })()`) as Promise<Array<[string, string]>>;

/** Pagefind's results whose text holds every word of the query as a word: in its spelling when typed with marks, else under folding. */
async function pagefindUrls(q: string, phrase = false): Promise<string[]> {
  const exact = hasMarks(q);
  const key = (w: string) => (exact ? w : wordKey(w));
  const wanted = queryTerms(q)
    .flatMap((t) => wordsOf(t).filter(Boolean))
    .map(key);
  return (await pagefindPages(q, phrase))
    .filter(([, content]) => {
      const words = new Set(positionsOf(content).flat().map(key));
      return wanted.every((w) => words.has(w));
    })
    .map(([url]) => url);
}

describe.runIf(build !== null && build.status === 0)('search on the real corpus: complete and stable', () => {
  it.each(['ngân sách nhà nước', 'Sở Tài chính', 'thuế thu nhập cá nhân'])(
    '“%s”: every result Pagefind returns is reachable, once, and counted',
    async (q) => {
      await page.goto(`${base}/tim-kiem/`);
      // Every status the page shows, from the first answer to the complete one.
      await page.evaluate(() => {
        const status = document.querySelector('[data-search-status]')!;
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.fill('#q', q);
      await page.press('#q', 'Enter');
      await reachEverything();
      const hrefs = await page
        .locator('[data-search-results] a.result__title')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const expected = await pagefindUrls(q);
      expect(expected.length, 'a second page at least').toBeGreaterThan(8);
      expect(new Set(hrefs).size, 'no duplicate').toBe(hrefs.length);
      expect([...hrefs].sort()).toEqual([...expected].sort());
      const counts = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).flatMap((s) => /^([\d.]+) kết quả/.exec(s)?.[1] ?? []);
      expect(counts.length).toBeGreaterThan(0);
      expect(new Set(counts)).toEqual(new Set([expected.length.toLocaleString('vi')]));
      // Documents first, then the instruments' pages; in each, pages holding the phrase before those holding the words apart.
      const hub = (h: string) => h.startsWith('/dan-chieu/');
      const firstHub = hrefs.findIndex(hub);
      if (firstHub >= 0) expect(hrefs.slice(firstHub).filter((h) => !hub(h))).toEqual([]);
      const phrase = new Set(await pagefindUrls(q, true));
      for (const group of [hrefs.filter((h) => !hub(h)), hrefs.filter(hub)]) {
        const firstApart = group.findIndex((h) => !phrase.has(h));
        if (firstApart >= 0) expect(group.slice(firstApart).filter((h) => phrase.has(h))).toEqual([]);
      }
    },
    180_000,
  );
});
