import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium-page.ts';

/**
 * Issue 20, item 3 (compare that compares) and the similarity wording of item 9:
 * only pairs of one kind of text are suggested, each says why, every part of
 * the two documents is compared, and a percentage says what it measures.
 */
const base = inject('baseUrl');
const HUE = 'chi-thi-20-ct-ubnd-2026-hue';
const THANH_HOA = 'chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo';
const PAIR = `/so-sanh/${HUE}--${THANH_HOA}/`;

describe('compare on the seeds', () => {
  const { page } = useChromium();

  it('suggests no report against a directive, and says why each pair was suggested', async () => {
    const p = page();
    await p.goto(new URL('/so-sanh/', base).href);
    const items = await p.locator('.pairs li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).not.toMatch(/Báo cáo/);
      expect(item).not.toMatch(/không có phần nào tương ứng/);
    }
    const hue = items.find((t) => t.includes('Huế') && t.includes('Thanh Hóa'))!;
    expect(hue).toMatch(/cùng thực hiện .*Nghị quyết 33-NQ\/TW/);
    expect(hue).toMatch(/cùng loại Chỉ thị/);
    expect(hue).toMatch(/6 khoản/);
  });

  it('compares the preamble, the clauses, the closing and the annex, and explains the percentage', async () => {
    const p = page();
    await p.goto(new URL(PAIR, base).href);
    expect(await p.locator('.compare-part > h2').allInnerTexts()).toEqual([
      'Phần mở đầu (căn cứ, mục đích)',
      'Nội dung',
      'Phần kết thúc (tổ chức thực hiện, hiệu lực)',
      'Phụ lục',
    ]);
    expect(await p.locator('[data-compare-reasons]').innerText()).toMatch(/^Vì sao so sánh hai văn bản này: cùng thực hiện/);
    // The closing: Huế copied Thanh Hóa's, without the effect sentence.
    const closing = p.locator('section[aria-labelledby="phan-closing"] .compare__row:not(.compare__row--head)');
    expect(await closing.count()).toBe(1);
    expect(await closing.locator('ins').first().innerText()).toMatch(/^Chỉ thị này có hiệu lực/);
    // Only Thanh Hóa has an annex: one note, not eighteen empty rows.
    expect(await p.locator('section[aria-labelledby="phan-annexes"] .compare__only').innerText()).toMatch(/18 dòng phụ lục/);
    // What a percentage means is said on the page, and on each score.
    expect(await p.locator('#y-nghia-ty-le').innerText()).toMatch(/tỷ lệ từ ngữ trùng nhau giữa hai đoạn \(hệ số Dice/);
    const score = p.locator('.compare__score').first();
    expect(await score.innerText()).toMatch(/giống \d+%/);
    expect(await score.getAttribute('title')).toMatch(/hệ số Dice/);
  });

  it('compares every part in the browser too, for any two documents', async () => {
    const p = page();
    await p.goto(new URL(`/so-sanh/?a=${HUE}&b=${THANH_HOA}`, base).href);
    await p.locator('[data-compare-result] .compare-part').first().waitFor();
    expect(await p.locator('[data-compare-status]').innerText()).toBe('2 đoạn mở đầu, 6 khoản, 1 đoạn kết thúc tương ứng; 20 đoạn không có đối ứng.');
    expect(await p.locator('[data-compare-result] h2').allInnerTexts()).toHaveLength(4);
    expect(await p.locator('[data-compare-meaning]').isVisible()).toBe(true);
    expect(await p.locator('[data-compare-result] .compare__score').first().getAttribute('title')).toMatch(/hệ số Dice/);
  });
});

const build = inject('corpusBuild');

describe.runIf(build !== null)('compare on the real corpus', () => {
  const dist = build?.dist ?? '';
  interface Side {
    doc: string;
    unit?: string | null;
  }
  interface Row {
    part?: string;
    a: Side;
    b: Side;
  }
  const data = () => JSON.parse(readFileSync(join(dist, 'api/alignments.json'), 'utf8')) as { alignments: Row[]; parts: Row[] };
  const docs = () =>
    new Map(
      (
        JSON.parse(readFileSync(join(dist, 'api/documents.json'), 'utf8')) as {
          documents: Array<{ id: string; type: { code: string }; province: { slug: string } | null }>;
        }
      ).documents.map((d) => [d.id, d]),
    );

  it('pairs provincial documents of one kind from two provinces', () => {
    const byId = docs();
    const pairs = new Set(data().alignments.map((r) => `${r.a.doc}|${r.b.doc}`));
    expect(pairs.size).toBeGreaterThan(50);
    const directing = new Set(['CT', 'KH', 'CV', 'HD', 'CĐ', 'CTr']);
    for (const key of pairs) {
      const [a, b] = key.split('|').map((id) => byId.get(id)!);
      expect(a!.province && b!.province && a!.province.slug !== b!.province.slug, key).toBeTruthy();
      expect(a!.type.code === b!.type.code || (directing.has(a!.type.code) && directing.has(b!.type.code)), key).toBe(true);
    }
  });

  it('matches căn cứ lines and annex rows of real provincial decisions', () => {
    const parts = data().parts;
    const matched = (part: string) => parts.filter((r) => r.part === part && r.a.unit && r.b.unit).length;
    expect(matched('preamble')).toBeGreaterThan(100);
    expect(matched('annexes')).toBeGreaterThan(100);
  });
});
