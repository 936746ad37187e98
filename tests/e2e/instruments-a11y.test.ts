import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';

/**
 * Issue 20, item 6 (one instrument, one page; its trích yếu in its own words; a title set
 * in capitals in its document's case; badges apart from titles) and item 9 (clauses named
 * khoản, điểm, mục; landmarks with distinct names; every scrolling table reachable by
 * keyboard on a phone), in Chromium on the seeds and on the real corpus.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const base = inject('baseUrl');
const corpus = inject('corpusBuild');
const corpusUrl = inject('corpusUrl');
const { page } = useChromium();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function open(url: string, size = DESKTOP): Promise<Page> {
  const p = page();
  await p.setViewportSize(size);
  const response = await p.goto(url);
  expect(response?.status(), url).toBe(200);
  return p;
}

/** Violations of the given axe-core rules on the current page, as "rule: selectors". */
async function axe(p: Page, rules: string[]): Promise<string[]> {
  await p.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return p.evaluate(async (only) => {
    type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> };
    const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe.run;
    const { violations } = await run(document, { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, rules);
}

/** Elements that scroll sideways and are not a named, focusable region. */
const unreachableScrollers = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => el.tabIndex < 0 || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

/** Landmarks (nav, aside, named sections and regions) that share a role and a name. */
const sameNamedLandmarks = (p: Page) =>
  p.evaluate(() => {
    const roleOf = (el: Element) =>
      el.getAttribute('role') ?? ({ NAV: 'navigation', ASIDE: 'complementary', SECTION: 'region' } as Record<string, string>)[el.tagName] ?? '';
    const landmarks = [...document.querySelectorAll('nav, aside, section[aria-label], section[aria-labelledby], [role="region"]')];
    const keys = landmarks.map(
      (el) =>
        `${roleOf(el)}: ${el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim() : '') ?? ''}`,
    );
    return keys.filter((k, i) => keys.indexOf(k) !== i);
  });

/** Each badge and the title it sits beside: overlap, or the gap between them in pixels. */
const badgeGaps = (p: Page) =>
  p.evaluate(() => {
    const h1 = document.querySelector('h1')!.getBoundingClientRect();
    return [...document.querySelectorAll('.document__head .badge, .eyebrow .badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return Math.max(h1.top - r.bottom, r.top - h1.bottom);
    });
  });

describe('seeds: one instrument, one page (item 6)', () => {
  it('"Quyết định số 16 của Hội đồng Bộ trưởng" and "Quyết định số 16/HĐBT" are one page, cited by both texts', async () => {
    const p = await open(`${base}/dan-chieu/quyet-dinh-16-hdbt/`);
    expect(await p.locator('h1').textContent()).toBe('Quyết định 16/HĐBT');
    const text = await p.locator('main').innerText();
    expect(text).toContain('Hội đồng Bộ trưởng');
    expect(text).toContain('Báo cáo 35/BC-UBND');
    expect(text).toContain('Chỉ thị 881/CT-TTg');
    const gone = await p.goto(`${base}/dan-chieu/quyet-dinh-16-hoi-dong-bo-truong/`);
    expect(gone?.status()).toBe(404);
  });

  it('the trích yếu keeps its "về", said once', async () => {
    const p = await open(`${base}/dan-chieu/quyet-dinh-16-hdbt/`);
    const subject = await p.locator('.document__subject').textContent();
    expect(subject).toBe('Về việc tổ chức “Ngày Biên phòng toàn dân” trên phạm vi cả nước');
    expect(await p.locator('main').innerText()).not.toMatch(/về\s+về/i);
  });

  it('"01/CT-TTG" of a title in capitals is Chỉ thị 01/CT-TTg, one entry in the list', async () => {
    const p = await open(`${base}/dan-chieu/`);
    const labels = await p.locator('.doc-list td:first-child a').allTextContents();
    expect(labels.filter((l) => /01\/CT-TTg/i.test(l))).toEqual(['Chỉ thị 01/CT-TTg']);
  });

  it('a trích yếu set in capitals is shown in its document’s case (Hướng dẫn 7210/HD-BQP)', async () => {
    const p = await open(`${base}/van-ban/huong-dan-7210-hd-bqp-2015/`);
    expect(await p.locator('.document__subject').textContent()).toMatch(
      /^Thực hiện Chỉ thị số 01\/CT-TTg ngày 09 tháng 01 năm 2015 của Thủ tướng Chính phủ “về việc tổ chức phong trào toàn dân/,
    );
  });

  it('badges never touch the title, on a desktop and on a phone', async () => {
    for (const size of [DESKTOP, PHONE]) {
      for (const id of ['chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo', 'huong-dan-7210-hd-bqp-2015']) {
        const gaps = await badgeGaps(await open(`${base}/van-ban/${id}/`, size));
        expect(gaps.length).toBeGreaterThan(0);
        for (const gap of gaps) expect(gap, `${id} at ${size.width}px`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('seeds: clause names and accessibility (item 9)', () => {
  it('an instrument page says where it is cited as the text names it: "khoản 3 mục II", never "II. 3."', async () => {
    const p = await open(`${base}/dan-chieu/chi-thi-01-ct-ttg/`);
    const where = await p.locator('.citing__mentions li > a').allTextContents();
    expect(where.length).toBeGreaterThan(3);
    // Capitalised at the start of its line.
    expect(where.filter((w) => !/^(Phần mở đầu|đoạn|(điểm|khoản|mục|tiết|phần) \S+|Điều \d+|Mục \d+)/iu.test(w))).toEqual([]);
    expect(where.some((w) => / mục [IVX]+$/.test(w))).toBe(true);
  });

  const PAGES = [
    '/van-ban/chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo/',
    '/van-ban/bao-cao-35-bc-ubnd-2025-nhon-hung/',
    '/van-ban/nghi-dinh-106-2021-nd-cp-2021/',
    '/dan-chieu/chi-thi-01-ct-ttg/',
    '/dan-chieu/',
    '/tinh/thanh-hoa/',
    `/tim-kiem/?q=${encodeURIComponent('biên phòng')}`,
  ];
  for (const path of PAGES) {
    it(`${path}: landmarks with distinct names; tables that scroll on a phone are named regions the keyboard reaches`, async () => {
      const p = await open(`${base}${path}`, PHONE);
      if (path.startsWith('/tim-kiem/')) await p.locator('[data-search-results] a').first().waitFor({ timeout: 15_000 });
      expect(await axe(p, ['landmark-unique', 'scrollable-region-focusable'])).toEqual([]);
      expect(await sameNamedLandmarks(p)).toEqual([]);
      expect(await unreachableScrollers(p)).toEqual([]);
    });
  }

  it('the annex table of the Thanh Hóa directive scrolls on a phone, and Tab reaches it', async () => {
    const p = await open(`${base}/van-ban/chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo/`, PHONE);
    const wrap = p.locator('.doc-annex .table-wrap').first();
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await wrap.getAttribute('aria-label')).toMatch(/^Bảng TT, Đơn vị Bộ đội Biên phòng/);
    await wrap.focus();
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

describe.runIf(corpus !== null)('the real corpus: one page per instrument, its pages accessible', () => {
  const dist = corpus?.dist ?? '';
  type Published = { id: string; kind: string; number: string | null; citedBy: unknown[] };
  const instruments = () => (JSON.parse(readFileSync(join(dist, 'api/instruments.json'), 'utf8')) as { instruments: Published[] }).instruments;

  it('no two instrument pages for one number written in two letter cases', () => {
    const keys = instruments()
      .filter((i) => i.number)
      .map((i) => `${i.kind}|${i.number!.toLocaleUpperCase('vi')}|${i.id.replace(/^.*?-\d+-/, '')}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('trích yếu set in capitals are shown in their documents’ case', async () => {
    type Doc = { id: string; subject: string | null };
    const docs = (JSON.parse(readFileSync(join(dist, 'api/documents.json'), 'utf8')) as { documents: Doc[] }).documents;
    const caps = docs.filter((d) => d.subject && d.subject.length > 30 && d.subject === d.subject.toLocaleUpperCase('vi')).slice(0, 3);
    expect(caps.length).toBeGreaterThan(0);
    for (const d of caps) {
      const p = await open(`${corpusUrl}/van-ban/${d.id}/`);
      const shown = (await p.locator('.document__subject').textContent())!;
      expect(shown, d.id).not.toBe(shown.toLocaleUpperCase('vi'));
    }
  });

  /** A document page holding the most printed tables: the widest test of scrolling regions. */
  const withTables = () => {
    const counts = readdirSync(join(dist, 'van-ban')).flatMap((id) => {
      try {
        const html = readFileSync(join(dist, 'van-ban', id, 'index.html'), 'utf8');
        return [{ id, n: html.split('class="table-wrap"').length - 1 }];
      } catch {
        return [];
      }
    });
    return counts.sort((a, b) => b.n - a.n)[0]!.id;
  };
  const mostCited = () => [...instruments()].sort((a, b) => b.citedBy.length - a.citedBy.length)[0]!.id;
  const PAGES: Array<[string, () => string]> = [
    ['document with the most tables', () => `/van-ban/${withTables()}/`],
    ['most cited instrument', () => `/dan-chieu/${mostCited()}/`],
    ['instrument list', () => '/dan-chieu/'],
    ['province', () => '/tinh/ha-noi/'],
    ['search', () => `/tim-kiem/?q=${encodeURIComponent('biên giới')}`],
  ];
  for (const [name, path] of PAGES) {
    it(`${name}: landmarks with distinct names; scrolling tables reachable on a phone`, async () => {
      const p = await open(`${corpusUrl}${path()}`, PHONE);
      if (name === 'search') await p.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
      expect(await axe(p, ['landmark-unique', 'scrollable-region-focusable'])).toEqual([]);
      expect(await sameNamedLandmarks(p)).toEqual([]);
      expect(await unreachableScrollers(p)).toEqual([]);
    }, 60_000);
  }
});
