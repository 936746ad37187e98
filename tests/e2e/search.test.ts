import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';

/**
 * Issue 6's list: what officials type, in headless Chromium against the built
 * site; the right documents must come first.
 */
const base = inject('baseUrl');
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

const THANH_HOA = '/van-ban/chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo/';
const HUE = '/van-ban/chi-thi-20-ct-ubnd-2026-hue/';
const NQ33 = '/dan-chieu/nghi-quyet-33-nq-tw/';
const NHON_HUNG = '/van-ban/bao-cao-35-bc-ubnd-2025-nhon-hung/';
const NGHE_AN = '/van-ban/chi-thi-ban-thuong-vu-tinh-uy-nghe-an-tang-cuong-lanh-dao-cong-tac-quan-ly/';

/** Types the query into the search page's box (as a reader does) and returns the result links in order. */
async function search(query: string, params = ''): Promise<{ hrefs: string[]; status: string; notice: string }> {
  await page.goto(`${base}/tim-kiem/${params}`);
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => !/Đang tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? 'Đang tìm'), null, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const hrefs = await page
    .locator('[data-search-results] a.result__title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  const status = (await page.textContent('[data-search-status]')) ?? '';
  const notice = (await page.locator('[data-search-notice]').isVisible()) ? ((await page.textContent('[data-search-notice]')) ?? '') : '';
  return { hrefs, status, notice };
}

const doc = (href: string) => href.replace(/#.*$/, '');

describe('Vietnamese search', () => {
  it.each([
    // Chỉ thị 881/CT-TTg is about "Ngày Biên phòng toàn dân"; the report names it most often; the directives build "nền biên phòng toàn dân".
    ['bien phong toan dan', ['/van-ban/chi-thi-881-ct-ttg-2007/', NHON_HUNG, THANH_HOA, HUE]],
    ['do dau', [THANH_HOA]],
    ['Mường Mìn', [THANH_HOA]],
    ['muong min', [THANH_HOA]],
    // A number finds the instrument's page (who implements it) or the documents citing it.
    ['33-NQ/TW', [NQ33, THANH_HOA, HUE]],
    ['Nghị quyết 33', [NQ33, THANH_HOA, HUE]],
    ['nghi quyet 33', [NQ33, THANH_HOA, HUE]],
    ['IUU', [NGHE_AN]],
    ['Sở Tài chính', [THANH_HOA, HUE]],
    ['đỡ đầu'.normalize('NFD'), [THANH_HOA]],
    // A rare name beside common words: Pagefind is asked the name, the common words' lists keep what holds both.
    ['Mường Mìn kết nghĩa', [THANH_HOA]],
  ])('“%s” puts the right documents first', async (query, expected) => {
    const { hrefs } = await search(query);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(expected).toContain(doc(hrefs[0]!));
  });

  it('answers a query of common words from their lists; saving data, without opening Pagefind', async () => {
    const asked: string[] = [];
    const listen = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
    page.on('request', listen);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    try {
      await page.goto(`${base}/tim-kiem/`);
      await page.waitForLoadState('networkidle');
      await page.fill('#q', 'biên phòng');
      await page.press('#q', 'Enter');
      await page.waitForSelector('[data-search-results][aria-busy="false"]');
      expect(asked).toEqual(expect.arrayContaining(['/pagefind/pho-bien/tu/bien.json', '/pagefind/pho-bien/tu/phong.json']));
      expect(asked.filter((p) => /^\/pagefind\/phan-\d+\//.test(p) && !p.includes('/fragment/'))).toEqual([]);
      expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ kết quả cho “biên phòng”\.$/);
    } finally {
      page.off('request', listen);
      await cdp.send('Emulation.setDataSaverOverride', {});
      await cdp.detach();
    }
  });

  it('opens Pagefind as the page opens, or, saving data, while the reader types a word the common lists lack', async () => {
    const pagefindJs = (r: { url(): string }) => /^\/pagefind\/phan-\d+\/pagefind\.js$/.test(new URL(r.url()).pathname);
    const opening = page.waitForRequest(pagefindJs);
    await page.goto(`${base}/tim-kiem/`);
    await opening;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${base}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const opened = page.waitForRequest(pagefindJs).then((r) => r.response().then(() => r.timing().startTime));
    // Keys 20 ms apart, and the search starts 150 ms after the last one: Pagefind asked for before then was opened for the words typed.
    await page.type('#q', 'Mường Mìn kết', { delay: 20 });
    const typed = Date.now();
    expect(await opened).toBeLessThan(typed);
    await page.press('#q', 'Enter');
    await page.waitForSelector('[data-search-results][aria-busy="false"]');
    expect(doc((await page.getAttribute('[data-search-results] a.result__title', 'href'))!)).toBe(THANH_HOA);
    await cdp.send('Emulation.setDataSaverOverride', {});
    await cdp.detach();
  });

  it('fetches the lists of the words the reader has finished while the last one is still being typed', async () => {
    await page.goto(`${base}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const lists = ['/pagefind/pho-bien/tu/bien.json', '/pagefind/pho-bien/tu/phong.json'];
    // Keys 20 ms apart: the search itself starts after a pause of 150 ms, so a list asked for before the last key was prefetched.
    const started = lists.map((path) =>
      page.waitForRequest((r) => new URL(r.url()).pathname === path).then((r) => r.response().then(() => r.timing().startTime)),
    );
    await page.type('#q', 'biên phòng t', { delay: 20 });
    const typed = Date.now();
    for (const at of await Promise.all(started)) expect(at).toBeLessThan(typed);
  });

  it('finds the instrument’s page by its number, in any form', async () => {
    for (const q of ['33-NQ/TW', '33/NQ-TW', 'NQ 33']) {
      const { hrefs } = await search(q);
      expect(hrefs).toContain(NQ33);
      expect(hrefs.slice(0, 3)).toEqual(expect.arrayContaining([THANH_HOA, HUE]));
    }
  });

  it('finds a document by its number in every written form (issue 19, item 5)', async () => {
    for (const q of ['33-NQ/TW', '33/NQ-TW', '33-nq/tw', 'nq 33', 'NQ số 33', 'nghị quyết 33', 'nghi quyet 33']) {
      const { hrefs } = await search(q);
      expect(hrefs.slice(0, 3).map(doc), q).toEqual(expect.arrayContaining([THANH_HOA, HUE]));
      expect(hrefs.map(doc), q).toContain(NQ33);
    }
    // Its own number first: the decree numbered 106/2021/NĐ-CP, typed with or without Đ, in any case.
    for (const q of ['106/2021/NĐ-CP', '106/2021/nd-cp', 'nghị định 106', 'nghi dinh 106']) {
      await search(q);
      expect(await page.locator('[data-search-results] a.result__title').first().textContent(), q).toContain('106/2021/NĐ-CP');
    }
  });

  it('puts the documents before the pages of the instruments they cite', async () => {
    const { hrefs } = await search('33-NQ/TW');
    const hub = hrefs.findIndex((h) => h.startsWith('/dan-chieu/'));
    expect(hub).toBeGreaterThan(0);
    expect(hrefs.slice(hub).every((h) => h.startsWith('/dan-chieu/'))).toBe(true);
  });

  it('marks only what matched under the search’s folding: “dan” does not mark “Đảng”', async () => {
    await search('dan');
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
    expect(marks.filter((m) => fold(m) !== 'dan')).toEqual([]);
  });

  it('deep-links to the clause that matched and shows number, date and province', async () => {
    await search('Sở Tài chính phối hợp');
    const deep = await page.locator('[data-search-results] .result__part a').first().getAttribute('href');
    expect(deep).toMatch(/#khoan-\d+$/);
    const meta = await page.locator('[data-search-results] .result__meta').first().textContent();
    expect(meta).toMatch(/Thanh Hóa|Huế/);
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
  });

  it('ranks the exact diacritics first: “cửa khẩu” is not flooded by “của”', async () => {
    const { hrefs } = await search('cửa khẩu');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs.slice(0, 5)) {
      const text = await (await fetch(`${base}${doc(href)}`)).text();
      expect(text.normalize('NFC').toLocaleLowerCase('vi')).toContain('cửa khẩu');
    }
  });

  it('says so when a word matches nothing', async () => {
    const { notice: early } = await search('biên phòng xyzqwv');
    const notice = early || ((await page.locator('[data-search-notice]').waitFor({ state: 'visible' }), await page.textContent('[data-search-notice]')) ?? '');
    expect(notice).toContain('xyzqwv');
  });

  it('keeps the query and the filters in the URL, and filters by province', async () => {
    const { hrefs } = await search('biên phòng', `?tinh=${encodeURIComponent('Huế')}`);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => doc(h) === HUE)).toBe(true);
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('biên phòng');
    expect(params.get('tinh')).toBe('Huế');
  });

  it('lists a filter’s documents without words, the newest first, the instruments after, counted', async () => {
    await page.goto(`${base}/tim-kiem/?loai=${encodeURIComponent('Chỉ thị')}`);
    await page.waitForSelector('[data-search-results][aria-busy="false"]');
    const total = Number(/^(\d+) kết quả theo bộ lọc đã chọn\.$/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    expect(await page.locator('select[name="loai"] option:checked').textContent()).toBe(`Chỉ thị (${total})`);
    const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('a.result__title')?.textContent ?? '',
        href: new URL(li.querySelector<HTMLAnchorElement>('a.result__title')!.href).pathname,
        meta: li.querySelector('.result__meta')?.textContent ?? '',
      })),
    );
    expect(results.length).toBe(Math.min(total, 8));
    expect(results.every((r) => r.title.startsWith('Chỉ thị'))).toBe(true);
    const documents = results.filter((r) => r.href.startsWith('/van-ban/'));
    expect(results.slice(0, documents.length)).toEqual(documents);
    // Dated documents newest first (one dated by its year alone shows no day).
    const dates = documents.flatMap((r) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(r.meta)?.slice(1).reverse().join('-') ?? []);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('moves through the results with the arrow keys', async () => {
    await search('biên phòng');
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result__title');
  });

  it('fetches the first result’s document alone, and the others once it is on screen', async () => {
    // Each fragment is held 300 ms: a second one asked for before the first was let through went out alongside it.
    const asked: number[] = [];
    let firstLetThrough = Infinity;
    await page.route('**/pagefind/*/fragment/**', async (route) => {
      const n = asked.push(Date.now());
      await new Promise((ok) => setTimeout(ok, 300));
      if (n === 1) firstLetThrough = Date.now();
      await route.continue();
    });
    try {
      await page.goto(`${base}/tim-kiem/`);
      await page.fill('#q', 'biên phòng');
      await page.press('#q', 'Enter');
      await page.waitForSelector('[data-search-results][aria-busy="false"]');
      expect(asked.length).toBeGreaterThan(1);
      expect(asked[1]).toBeGreaterThanOrEqual(firstLetThrough);
    } finally {
      await page.unrouteAll({ behavior: 'wait' });
    }
  });

  it('says so when the search index cannot be opened', async () => {
    await page.route('**/pagefind/bundles.json', (route) => route.abort());
    try {
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('biên phòng')}`);
      await page.waitForFunction(() => /Không mở được chỉ mục tìm kiếm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      expect(await page.getAttribute('[data-search-results]', 'aria-busy')).toBe('false');
    } finally {
      await page.unrouteAll({ behavior: 'wait' });
    }
  });
});
