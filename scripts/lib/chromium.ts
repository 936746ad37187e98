import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * CHROMIUM_PATH points the tests at another Chromium.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
