import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium-page.ts';

/** The main paths an official takes, clicked through in Chromium. */
const base = inject('baseUrl');
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

const THANH_HOA = 'chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo';
const HUE = 'chi-thi-20-ct-ubnd-2026-hue';

describe('browsing', () => {
  it('home → province tile → document → clause permalink', async () => {
    await page.goto(`${base}/`);
    await page.click('.tiles a[href="/tinh/hue/"]');
    await page.waitForURL(/\/tinh\/hue\/$/);
    await page.click(`a[href="/van-ban/${HUE}/"]`);
    await page.waitForURL(new RegExp(`/van-ban/${HUE}/$`));
    await page.click('#khoan-4 > .clause__label');
    expect(new URL(page.url()).hash).toBe('#khoan-4');
    expect(await page.locator('#khoan-4').textContent()).toContain('Sở Tài chính');
  });

  it('document → cited instrument → another province’s document', async () => {
    await page.goto(`${base}/van-ban/${HUE}/`);
    const cite = page.locator('.document__text a.cite', { hasText: '33-NQ/TW' }).first();
    expect(await cite.getAttribute('title')).toContain('Bộ Chính trị');
    await cite.click();
    await page.waitForURL(/\/dan-chieu\/nghi-quyet-33-nq-tw\/$/);
    await page.click(`a[href="/van-ban/${THANH_HOA}/"]`);
    await page.waitForURL(new RegExp(`/van-ban/${THANH_HOA}/$`));
  });

  it('lists who cites Chỉ thị 01/CT-TTg, by province and clause', async () => {
    await page.goto(`${base}/dan-chieu/chi-thi-01-ct-ttg/`);
    // The citing documents, by province (the implementation map above names all 34).
    const text = (await page.locator('section.citing').allInnerTexts()).join('\n');
    for (const province of ['Thanh Hóa', 'Nghệ An', 'Lào Cai', 'An Giang']) expect(text).toContain(province);
    expect(text).not.toContain('Huế');
    expect(await page.locator('.citing__mentions a[href*="#"]').count()).toBeGreaterThan(3);
  });

  it('33-NQ/TW and 99-KL/TW are cited by Thanh Hóa and Huế', async () => {
    for (const id of ['nghi-quyet-33-nq-tw', 'ket-luan-99-kl-tw']) {
      await page.goto(`${base}/dan-chieu/${id}/`);
      const hrefs = await page.locator('.citing__doc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual([`/van-ban/${HUE}/`, `/van-ban/${THANH_HOA}/`]);
    }
  });

  it('the timeline puts 01/CT-TTg (2015) before 33-NQ/TW (2018) and the 2026 directives', async () => {
    await page.goto(`${base}/dong-thoi-gian/`);
    const text = await page.locator('.timeline').innerText();
    const at = (s: string) => text.indexOf(s);
    expect(at('Chỉ thị 01/CT-TTg')).toBeGreaterThan(-1);
    expect(at('Chỉ thị 01/CT-TTg')).toBeLessThan(at('Nghị quyết 33-NQ/TW'));
    expect(at('Nghị quyết 33-NQ/TW')).toBeLessThan(at('Chỉ thị 20/CT-UBND'));
  });

  it('prints a clean A4 copy with the source and address in the footer', async () => {
    await page.goto(`${base}/van-ban/${HUE}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.document__aside').isVisible()).toBe(false);
    expect(await page.locator('#khoan-4 > .clause__label').isVisible()).toBe(true);
    expect(await page.locator('.print-footer').innerText()).toContain(`/van-ban/${HUE}/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });

  it('writes a sitemap listing the document pages', () => {
    const index = readFileSync(`${dist}sitemap-index.xml`, 'utf8');
    expect(index).toContain('sitemap-0.xml');
    expect(readFileSync(`${dist}sitemap-0.xml`, 'utf8')).toContain(`/van-ban/${HUE}/`);
  });
});

describe('comparing Thanh Hóa and Huế', () => {
  const pair = `${HUE}--${THANH_HOA}`;
  it('aligns the clauses by content, shows the unmatched one and the budget clause differences', async () => {
    await page.goto(`${base}/so-sanh/${pair}/`);
    // The clauses (the preamble, closing and annexes are compared in parts of their own).
    const rows = page.locator('.compare[aria-label^="Nội dung:"] .compare__row:not(.compare__row--head)');
    const labels = await rows.evaluateAll((rs) =>
      rs.map((r) => [...r.querySelectorAll('.compare__cell')].map((c) => c.querySelector('.compare__label a')?.textContent ?? '—').join(' ↔ ')),
    );
    expect(labels).toEqual(['1. ↔ 1.', '2. ↔ 2.', '3. ↔ 3.', '— ↔ 4.', '4. ↔ 5.', '5. ↔ 6.', '6. ↔ 7.']);
    const budget = page.locator('.compare__row', { hasText: 'Sở Tài chính' });
    expect(await budget.locator('ins').count()).toBeGreaterThan(0);
    expect(await budget.locator('del').count()).toBeGreaterThan(0);
    expect(await page.locator('.compare[aria-label^="Nội dung:"] .compare__cell--empty').innerText()).toContain('Huế');
  });

  it('stacks the pairs on a phone', async () => {
    const phone = await chromium.browser().newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${base}/so-sanh/${pair}/`);
    const [a, b] = await phone
      .locator('.compare__row:not(.compare__row--head)')
      .first()
      .locator('.compare__cell')
      .evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().top));
    expect(b!).toBeGreaterThan(a!);
    await phone.close();
  });

  it('compares any two documents in the browser from a shareable address', async () => {
    await page.goto(`${base}/so-sanh/?a=${HUE}&b=${THANH_HOA}`);
    await page.locator('[data-compare-result] .compare__row').nth(4).waitFor();
    expect(await page.locator('[data-compare-result] .compare[aria-label^="Nội dung:"] .compare__cell--empty').count()).toBe(1);
    expect(await page.inputValue('[data-document="a"]')).toBe(HUE);
  });

  it('links each clause to its counterpart, and writes alignments.json', async () => {
    await page.goto(`${base}/van-ban/${HUE}/`);
    expect(await page.locator('#khoan-4 .clause__related a').getAttribute('href')).toBe(`/so-sanh/${pair}/#a-khoan-4`);
    const { alignments } = JSON.parse(readFileSync(`${dist}api/alignments.json`, 'utf8'));
    expect(alignments).toContainEqual({ a: { doc: HUE, clause: 'khoan-4' }, b: { doc: THANH_HOA, clause: 'khoan-5' }, score: expect.any(Number) });
  });

  it('lists every clause that tasks Sở Tài chính, in both provinces', async () => {
    await page.goto(`${base}/co-quan/so-tai-chinh/`);
    const hrefs = await page.locator('.citing__doc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([`/van-ban/${HUE}/#khoan-4`, `/van-ban/${THANH_HOA}/#khoan-5`]));
  });
});
