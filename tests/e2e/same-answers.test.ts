import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { mainText } from '../helpers/page-text.ts';

/**
 * The seeds' site gives the same answers as when this fixture was recorded:
 * the text of every page, every open-data file, and the search page's results
 * for the queries officials type. A change of design (how pages read their
 * documents, where modules live) must leave all three as they were; a change
 * meant to alter them records the fixture again, visibly in the diff:
 * `UPDATE_ANSWERS=1 npx vitest run --project e2e tests/e2e/same-answers.test.ts`.
 */
const FIXTURE = 'tests/fixtures/seeds-answers.json';
const DIST = 'dist';
const QUERIES = [
  'bien phong toan dan',
  'biên giới',
  'do dau',
  '33-NQ/TW',
  'nghi quyet 33',
  'Sở Tài chính',
  'Mường Mìn',
  'kết nghĩa',
  'IUU',
  'ngân sách nhà nước',
];

interface Answers {
  pages: Record<string, string>;
  openData: Record<string, string>;
  search: Record<string, string[]>;
}

const base = inject('baseUrl');
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

async function search(query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false', null, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const status = (await page.textContent('[data-search-status]')) ?? '';
  const hrefs = await page
    .locator('[data-search-results] a.result__title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  return [status.trim(), ...hrefs];
}

async function answers(): Promise<Answers> {
  const files = filesUnder(DIST);
  const pages = Object.fromEntries(files.filter((f) => f.endsWith('.html')).map((f) => [f, mainText(readFileSync(join(DIST, f), 'utf8'))]));
  const openData = Object.fromEntries(
    files.filter((f) => /^(api\/.*\.json|van-ban\/[^/]+\.json|van-ban\/[^/]+\/nguon\.txt)$/.test(f)).map((f) => [f, readFileSync(join(DIST, f), 'utf8')]),
  );
  const results: Record<string, string[]> = {};
  for (const q of QUERIES) results[q] = await search(q);
  return { pages, openData, search: results };
}

describe('the seeds’ site', () => {
  it('shows the same pages, open data and search results as recorded', async () => {
    const now = await answers();
    if (process.env.UPDATE_ANSWERS) {
      writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
      return;
    }
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Answers;
    expect(Object.keys(now.pages)).toEqual(Object.keys(recorded.pages));
    for (const [path, text] of Object.entries(recorded.pages)) expect(now.pages[path], path).toBe(text);
    expect(Object.keys(now.openData)).toEqual(Object.keys(recorded.openData));
    for (const [path, text] of Object.entries(recorded.openData)) expect(now.openData[path], path).toBe(text);
    expect(now.search).toEqual(recorded.search);
  }, 300_000);
});
