import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';

/** One Chromium and one page for a test file, opened before its tests and closed after. */
export function useChromium(): { browser: () => Browser; page: () => Page } {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());
  return { browser: () => browser, page: () => page };
}
