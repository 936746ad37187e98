import { extractText } from '../../src/lib/source/extract/index.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';
import { parseSeed, seedFiles, SEEDS_DIR } from '../helpers/seeds.ts';
import { words } from '../../src/lib/text/vietnamese.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const base = inject('baseUrl');
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

describe('the built site', () => {
  it('writes documents.json with every seed, its url and source file', () => {
    const { documents } = JSON.parse(readFileSync(`${dist}api/documents.json`, 'utf8'));
    expect(documents.map((d: { source: { file: string } }) => d.source.file).sort()).toEqual(seedFiles());
    for (const d of documents) {
      expect(d.url).toBe(`/van-ban/${d.id}/`);
      expect(existsSync(`${dist}van-ban/${d.id}/index.html`)).toBe(true);
    }
  });

  it('is in Vietnamese and links the search page from every page', async () => {
    for (const path of ['/', '/van-ban/', '/tinh/', '/tinh/hue/', '/chat-luong/', '/van-ban/chi-thi-20-ct-ubnd-2026-hue/']) {
      await page.goto(`${base}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.locator('form[role="search"][action="/tim-kiem/"]').count()).toBeGreaterThan(0);
    }
  });
});

describe('nothing is lost: every line of every source appears on its page', () => {
  for (const file of seedFiles()) {
    it(file, async () => {
      const doc = await parseSeed(file);
      await page.goto(`${base}/van-ban/${doc.id}/`);
      const pageWords = ` ${words(await page.locator('main').innerText())
        .join(' ')
        .toLocaleLowerCase('vi')} `;
      // A Word file, PDF, page or scan: its text as the extractor reads it (the build's nguon.txt must say the same).
      const bytes = readFileSync(`${SEEDS_DIR}/${file}`);
      const extracted = await extractText(file, bytes);
      const source = normalizeText(extracted ? extracted.text : bytes.toString('utf8')).text;
      if (extracted) expect(await (await fetch(`${base}/van-ban/${doc.id}/nguon.txt`)).text()).toBe(extracted.text.normalize('NFC'));
      const missing = source
        .split('\n')
        .map((line, i) => ({ no: i + 1, seq: words(line).join(' ').toLocaleLowerCase('vi') }))
        .filter(({ seq }) => seq && !pageWords.includes(` ${seq} `));
      expect(missing).toEqual([]);
    });
  }
});

describe('search', () => {
  it('reads ?q= and lists results as links in [data-search-results]', async () => {
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('biên phòng')}`);
    const links = page.locator('[data-search-results] a');
    await links.first().waitFor({ timeout: 15_000 });
    // Results arrive one by one, first from the newest documents: count them once the complete answer is in.
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 15_000 });
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    expect(await page.inputValue('#q')).toBe('biên phòng');
  });

  it('is reached from the header box of any page', async () => {
    await page.goto(`${base}/`);
    await page.fill('#q-header', 'Mường Mìn');
    await page.press('#q-header', 'Enter');
    await page.waitForURL(/tim-kiem/);
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toContain('thanh-hoa');
  });
});
