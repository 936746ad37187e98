import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';
import { SITE } from '../../src/utils/site.ts';
import { textAsRead, type Listed } from '../helpers/text-as-read.ts';

/**
 * Issue 20, items 5 and 8, in Chromium: the timeline reads in date order, with
 * the centre left of the axis and the provinces right as its text says, and
 * lists undated documents apart; every page names its public address (Astro
 * `site`) as canonical link, the print footer shows it and never a file name of
 * ours, and documents print without blank pages or split table rows, a
 * directive of two pages on two or three (PDFs counted with poppler's pdfinfo).
 */
const seedsDist = fileURLToPath(new URL('../../dist/', import.meta.url));
const corpus = inject('corpusBuild');
const chromium = useChromium();
let page: Page;
let tmp: string;
beforeAll(() => {
  page = chromium.page();
  tmp = mkdtempSync(join(tmpdir(), 'bp-print-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Published extends Listed {
  id: string;
  url: string;
  canonical: string;
  date: string | null;
  year: number | null;
  province: { name: string } | null;
  type: { code: string; name: string };
}
const documentsOf = (dist: string) => (JSON.parse(readFileSync(join(dist, 'api/documents.json'), 'utf8')) as { documents: Published[] }).documents;
const scopesOf = (dist: string) =>
  new Map(
    (JSON.parse(readFileSync(join(dist, 'api/instruments.json'), 'utf8')) as { instruments: Array<{ id: string; scope: string }> }).instruments.map((i) => [
      i.id,
      i.scope,
    ]),
  );

interface Shown {
  year: string;
  items: Array<{ date: string; central: boolean; href: string; left: number; right: number }>;
  more: number;
}
/** The timeline as laid out: each year's entries in page order, with their side and box. */
async function readTimeline(): Promise<{ years: Shown[]; axis: number; undated: string[] }> {
  return page.evaluate(() => {
    const list = document.querySelector('.timeline')!.getBoundingClientRect();
    const years = [...document.querySelectorAll('.timeline__year')].map((y) => ({
      year: y.querySelector('h2')!.textContent!.trim(),
      items: [...y.querySelectorAll('.timeline__item')].map((li) => {
        const box = li.getBoundingClientRect();
        return {
          date: li.querySelector('time')!.getAttribute('datetime')!,
          central: li.classList.contains('timeline__item--central'),
          href: li.querySelector('time + a')!.getAttribute('href')!,
          left: box.left,
          right: box.right,
        };
      }),
      more: Number(/(\d[\d.]*) văn bản/.exec(y.querySelector('.timeline__more')?.textContent ?? '')?.[1]?.replace(/\./g, '') ?? 0),
    }));
    const undated = [...document.querySelectorAll('.timeline__undated li > a[href^="/van-ban/"]')].map((a) => a.getAttribute('href')!);
    return { years, axis: list.left + list.width / 2, undated };
  });
}

/** A date known only to its year or month goes after the days it may be. */
const dayKey = (d: string) => d.padEnd(10, '~');

function checkTimeline(t: Awaited<ReturnType<typeof readTimeline>>, dist: string) {
  const docs = documentsOf(dist);
  const scopes = scopesOf(dist);
  expect(t.years.map((y) => y.year)).toEqual([...t.years.map((y) => y.year)].sort());
  for (const y of t.years) {
    const keys = y.items.map((i) => dayKey(i.date));
    expect(keys, `năm ${y.year}`).toEqual([...keys].sort());
    for (const i of y.items) expect(i.date.startsWith(y.year)).toBe(true);
  }
  const items = t.years.flatMap((y) => y.items);
  // A provincial instrument is never styled as central, nor a province's document.
  for (const i of items.filter((x) => x.central)) {
    const instrument = /^\/dan-chieu\/([^/]+)\/$/.exec(i.href)?.[1];
    if (instrument) expect(scopes.get(instrument), i.href).toBe('central');
    else expect(docs.find((d) => d.url === i.href)?.province ?? null, i.href).toBeNull();
  }
  for (const i of items.filter((x) => !x.central && x.href.startsWith('/dan-chieu/'))) expect(scopes.get(i.href.split('/')[2]!), i.href).toBe('local');
  // Every document is on the page once: in its year (or counted behind the year's "Xem tất cả" link), or under "Chưa rõ ngày".
  const undated = docs.filter((d) => !d.date && !d.year);
  expect(t.undated.sort()).toEqual(undated.map((d) => d.url).sort());
  const listed = items.filter((i) => i.href.startsWith('/van-ban/'));
  const perYear = t.years.reduce((n, y) => n + (y.more || y.items.filter((i) => i.href.startsWith('/van-ban/')).length), 0);
  expect(new Set(listed.map((i) => i.href)).size).toBe(listed.length);
  expect(perYear + undated.length).toBe(docs.length);
}

/** Prints the page as Chromium does (A4, print media) and reads the PDF back: page count, and lines of text on each page. */
async function print(base: string, path: string): Promise<{ pages: number; lines: number[]; text: string }> {
  await page.goto(`${base}${path}`);
  const file = join(tmp, `${basename(path)}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const lines = text
    .split('\f')
    .slice(0, pages)
    .map((p) => p.split('\n').filter((l) => l.trim()).length);
  return { pages, lines, text };
}

/**
 * Pages full: no page but the last under half the lines of the fullest (a page
 * left blank or half empty by a forced break or a block kept whole). And, for a
 * directive or a report in running text, few: no more than one printed page for
 * every 2,000 characters (an official page in 13–14 pt holds about 3,000, so two
 * pages print on two or three). Lists of communes and deep indents set fewer
 * characters to a full page, so the corpus is held to the first rule only.
 */
function checkPrinted(p: { pages: number; lines: number[] }, chars: number | null, what: string) {
  const fullest = Math.max(...p.lines);
  expect(
    p.lines.slice(0, -1).filter((n) => n < fullest / 2),
    `${what}: ${p.lines.join(', ')} dòng mỗi trang`,
  ).toEqual([]);
  expect(p.lines.at(-1), what).toBeGreaterThan(0);
  if (chars !== null) expect(p.pages, `${what}: ${chars} ký tự`).toBeLessThanOrEqual(Math.max(2, Math.ceil(chars / 2000)));
}

/** What must be on paper, and what must not: the site's furniture, asides, search, notes. */
async function checkPaperOnly(base: string, path: string) {
  await page.goto(`${base}${path}`);
  await page.emulateMedia({ media: 'print' });
  try {
    const shown = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.offsetParent !== null || e.getClientRects().length > 0).length;
      const forced = [...document.querySelectorAll('main *')].filter((e) => {
        const s = getComputedStyle(e);
        return ['page', 'always', 'left', 'right'].includes(s.breakBefore) || ['page', 'always', 'left', 'right'].includes(s.breakAfter);
      }).length;
      const rows = [...document.querySelectorAll('main tr')].map((tr) => getComputedStyle(tr).breakInside);
      return {
        furniture: visible('.site-header, .site-footer, .crumbs, .document__aside, .search-box, nav, .doc-quality, .doc-removed, .part-nav'),
        footer: visible('.print-footer'),
        forced,
        rows,
        heads: [...document.querySelectorAll('main thead')].map((t) => getComputedStyle(t).display),
      };
    });
    expect(shown.furniture, path).toBe(0);
    expect(shown.footer, path).toBe(1);
    expect(shown.forced, path).toBe(0);
    expect(
      shown.rows.filter((b) => b !== 'avoid'),
      path,
    ).toEqual([]);
    expect(
      shown.heads.filter((d) => d !== 'table-header-group'),
      path,
    ).toEqual([]);
  } finally {
    // Back to no emulation: page.pdf() would print with the screen's styles under 'screen'.
    await page.emulateMedia({ media: null });
  }
}

/** The print footer of each document page, and the canonical link: the public address, never a file name of ours. */
function checkAddresses(dist: string) {
  const bad: string[] = [];
  for (const d of documentsOf(dist)) {
    const html = readFileSync(join(dist, 'van-ban', d.id, 'index.html'), 'utf8');
    const address = new URL(d.url, SITE).href;
    const footer = /<p class="print-only print-footer"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const file = basename(d.source.file);
    if (!footer.includes(address) || canonical !== address || d.canonical !== address) bad.push(`${d.id}: ${canonical} / ${d.canonical}`);
    if (footer.includes(file) || footer.includes(file.replace(/\.[^.]+$/, ''))) bad.push(`${d.id}: footer names ${file}`);
  }
  expect(bad.slice(0, 10)).toEqual([]);
}

describe('the timeline (seeds)', () => {
  const base = inject('baseUrl');

  it('reads in date order within each year, sides as its text says, undated documents apart', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/dong-thoi-gian/`);
    const t = await readTimeline();
    checkTimeline(t, seedsDist);
    const y2015 = t.years.find((y) => y.year === '2015')!.items.map((i) => i.date);
    expect(y2015.indexOf('2015-08-13')).toBeLessThan(y2015.indexOf('2015-12-09'));
    const y2025 = t.years.find((y) => y.year === '2025')!.items.map((i) => i.date);
    expect(y2025.indexOf('2025-02-26')).toBeLessThan(y2025.indexOf('2025-10-14'));
    // "Kế hoạch 587/KH-UBND" of An Giang is cited, provincial: on the provinces' side.
    expect(t.years.flatMap((y) => y.items).find((i) => i.date === '2015-12-09')!.central).toBe(false);
    expect(t.undated.length).toBeGreaterThan(0);
    // The page says: the centre left of the axis, the provinces right.
    expect(await page.locator('main .lead').textContent()).toMatch(/Trung ương \(bên trái trục\).*địa phương \(bên phải trục\)/s);
    const items = t.years.flatMap((y) => y.items);
    expect(items.filter((i) => i.central && i.right > t.axis)).toEqual([]);
    expect(items.filter((i) => !i.central && i.left < t.axis)).toEqual([]);
  });

  it('keeps the two sides on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/dong-thoi-gian/`);
    const items = (await readTimeline()).years.flatMap((y) => y.items);
    const centralLeft = Math.max(...items.filter((i) => i.central).map((i) => i.left));
    const localLeft = Math.min(...items.filter((i) => !i.central).map((i) => i.left));
    expect(centralLeft).toBeLessThan(localLeft);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('paper and links (seeds)', () => {
  const base = inject('baseUrl');
  const docs = () => documentsOf(seedsDist);
  const chars = (d: Published) => textAsRead(seedsDist, d)!.length;

  it('every page names its public address as canonical link (none on the 404 page); the open data carries it', () => {
    for (const path of ['/', '/dong-thoi-gian/', '/tim-kiem/']) {
      expect(readFileSync(join(seedsDist, path, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${new URL(path, SITE).href}">`);
    }
    expect(readFileSync(join(seedsDist, '404.html'), 'utf8')).not.toContain('rel="canonical"');
    checkAddresses(seedsDist);
    expect(readFileSync(join(seedsDist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}van-ban/`);
  });

  it('prints the text and its footer only: no site furniture, no forced page breaks, table rows whole', async () => {
    const withTable = docs().filter((d) => readFileSync(join(seedsDist, 'van-ban', d.id, 'index.html'), 'utf8').includes('<tr'));
    expect(withTable.length).toBeGreaterThan(0);
    for (const d of new Set([...docs().filter((x) => x.type.code === 'BC' || x.type.code === 'CT'), ...withTable])) await checkPaperOnly(base, d.url);
  });

  it('a Báo cáo prints without blank pages; directives on few full pages (the two-page Chỉ thị 20/CT-UBND on two or three)', async () => {
    const printed = docs().filter((d) => d.type.code === 'BC' || d.type.code === 'CT');
    expect(printed.some((d) => d.type.code === 'BC')).toBe(true);
    for (const d of printed) {
      const p = await print(base, d.url);
      checkPrinted(p, chars(d), d.id);
      // The address may wrap at the page's edge.
      expect(p.text.replace(/\s+/g, '')).toContain(d.canonical);
      expect(p.text).not.toContain(basename(d.source.file));
    }
    expect((await print(base, '/van-ban/chi-thi-20-ct-ubnd-2026-hue/')).pages).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe.runIf(corpus !== null)('timeline and paper on the real corpus', () => {
  const base = inject('corpusUrl');
  const dist = corpus?.dist ?? '';

  it('the timeline orders, sides and keeps every document', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/dong-thoi-gian/`);
    const t = await readTimeline();
    checkTimeline(t, dist);
    const items = t.years.flatMap((y) => y.items);
    expect(items.filter((i) => i.central && i.right > t.axis)).toEqual([]);
    expect(items.filter((i) => !i.central && i.left < t.axis)).toEqual([]);
  }, 60_000);

  it('every document page names its public address and no file name of ours', () => checkAddresses(dist));

  it('the documents with the longest tables and a few letters, plans and decisions print full pages, rows whole', async () => {
    const rows = (id: string) => readFileSync(join(dist, 'van-ban', id, 'index.html'), 'utf8').split('<tr').length - 1;
    const chars = (d: Published) => textAsRead(dist, d)!.length;
    // A text in parts prints part by part.
    const docs = documentsOf(dist).filter((d) => !d.parts);
    const tables = [...docs].sort((a, b) => rows(b.id) - rows(a.id)).slice(0, 2);
    // The corpus has no Chỉ thị nor Báo cáo: what a province sends down instead, short to long.
    const directing = docs.filter((d) => ['CT', 'BC', 'CV', 'KH', 'QĐ'].includes(d.type.code)).sort((a, b) => chars(a) - chars(b));
    const chosen = [...tables, ...[0.25, 0.5, 0.75].map((q) => directing[Math.floor(q * (directing.length - 1))]!)];
    expect(rows(tables[0]!.id)).toBeGreaterThan(10);
    expect(directing.length).toBeGreaterThan(3);
    for (const d of chosen) {
      await checkPaperOnly(base, d.url);
      checkPrinted(await print(base, d.url), null, d.id);
    }
  }, 180_000);
});
