import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { readManifest } from '../../scripts/eval/labels.ts';
import { words } from '../../src/lib/text/vietnamese.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { CORPUS_DIR } from '../fixtures/corpus-build.ts';
import { crawl } from '../helpers/site-crawl.ts';
import { mainText } from '../helpers/page-text.ts';
import { textAsRead, type Listed } from '../helpers/text-as-read.ts';

/**
 * Issue 18, item 9: the site built from any folder keeps the site's guarantees.
 * The real development corpus (about 800 documents in eight formats, in
 * sub-folders) is built once by the global setup; here: one page per file,
 * no broken internal link, every word of each file's text on its page, and
 * search finding what the documents say.
 */
const build = inject('corpusBuild');
const base = inject('corpusUrl');

type Published = Listed;

describe.runIf(build !== null)('the site built from the real corpus', () => {
  const dist = build?.dist ?? '';
  const documents = () => (JSON.parse(readFileSync(join(dist, 'api/documents.json'), 'utf8')) as { documents: Published[] }).documents;

  it('builds, and publishes every file of the corpus', () => {
    expect(build!.status, build!.stderr.slice(-2000)).toBe(0);
    const files = readManifest(CORPUS_DIR).map((r) => r.file);
    const published = new Set(documents().map((d) => d.source.file));
    expect(files.filter((f) => !published.has(f))).toEqual([]);
  });

  it('no broken internal link on any page', () => {
    const result = crawl(dist);
    expect(result.pages).toBeGreaterThan(800);
    expect(result.broken.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('every word of each file’s text is on its page (counted: none lost, none merged away)', () => {
    const lost: string[] = [];
    for (const doc of documents()) {
      // As the pipeline reads it: NFC, invisible characters (a soft hyphen in "t\u00ADư") taken out.
      const source = normalizeText(textAsRead(dist, doc)!).text;
      const pageWords = words(mainText(readFileSync(join(dist, 'van-ban', doc.id, 'index.html'), 'utf8'))).map((w) => w.toLowerCase());
      const onPage = new Map<string, number>();
      for (const w of pageWords) onPage.set(w, (onPage.get(w) ?? 0) + 1);
      // A word the source glued to the next ("VIỆT NAMĐộc lập") is shown as the two it is.
      const glued = new Set(pageWords.slice(1).map((w, i) => `${pageWords[i]}${w}`));
      const need = new Map<string, number>();
      for (const w of words(source)) need.set(w.toLowerCase(), (need.get(w.toLowerCase()) ?? 0) + 1);
      const missing = [...need].filter(([w, n]) => (onPage.get(w) ?? 0) < n && !glued.has(w)).map(([w, n]) => `${w}×${n - (onPage.get(w) ?? 0)}`);
      if (missing.length) lost.push(`${doc.source.file}: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ` (+${missing.length - 8})` : ''}`);
    }
    expect(lost.slice(0, 20)).toEqual([]);
  }, 300_000);

  describe('search', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => browser?.close());

    it('finds a phrase the corpus holds, with and without marks', async () => {
      const page = await browser.newPage();
      for (const q of ['bảo hiểm xã hội', 'bao hiem xa hoi']) {
        await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}`);
        await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 30_000 });
        expect(await page.locator('[data-search-results] a.result__title').count(), q).toBeGreaterThanOrEqual(5);
      }
      await page.close();
    }, 90_000);

    it('finds a document by its own number in every written form (issue 19, item 5)', async () => {
      const page = await browser.newPage();
      const forms: Array<[string, string[]]> = [
        ['212-KL/TW', ['212-KL/TW', '212/KL-TW', '212-kl/tw', 'kl 212', 'KL số 212', 'kết luận 212', 'ket luan 212']],
        ['102/2021/NĐ-CP', ['102/2021/NĐ-CP', '102/2021/nd-cp', 'nghị định 102', 'nghi dinh 102', 'NĐ 102']],
      ];
      for (const [number, queries] of forms) {
        for (const q of queries) {
          await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}`);
          await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 30_000 });
          expect(await page.locator('[data-search-results] a.result__title').first().textContent(), q).toContain(number);
        }
      }
      await page.close();
    }, 180_000);
  });
});
