import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useChromium } from './chromium-page.ts';

/**
 * Issue 20, items 1 and 2, in Chromium: each document and instrument says
 * whether it is in force and why; relations read both ways as sentences; an
 * instrument shows which provinces carried it out, when and on which points;
 * both as open data. On the seeds, and on the real corpus where replacements
 * and amendments occur.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const base = inject('baseUrl');
const corpusBuild = inject('corpusBuild');
const corpusUrl = inject('corpusUrl');
const chromium = useChromium();

interface StatusRecord {
  state: string;
  name: string;
  since: string | null;
  acts: Array<{ by: string; relation: string; date: string | null; text: string }>;
}
const json = <T>(dist: string, f: string) => JSON.parse(readFileSync(join(dist, f), 'utf8')) as T;

describe('the seeds', () => {
  const dist = join(root, 'dist');

  it('every document page says whether it is in force, with the evidence', async () => {
    const { documents } = json<{ documents: Record<string, StatusRecord> }>(dist, 'api/hieu-luc.json');
    const ids = json<{ documents: Array<{ id: string }> }>(dist, 'api/documents.json').documents.map((d) => d.id);
    expect(Object.keys(documents).sort()).toEqual([...ids].sort());
    const page = chromium.page();
    for (const id of ids.slice(0, 6)) {
      await page.goto(`${base}/van-ban/${id}/`);
      const text = await page.locator('#hieu-luc').innerText();
      expect(text, id).toContain(documents[id]!.name);
      expect(await page.locator('.effect__evidence li').count(), id).toBeGreaterThan(0);
    }
  });

  it('Nghị quyết 33-NQ/TW: which provinces carried it out, when, and its status, on its page and as open data', async () => {
    const page = chromium.page();
    await page.goto(`${base}/dan-chieu/nghi-quyet-33-nq-tw/`);
    const section = page.locator('section.implementation');
    await expect.poll(() => section.locator('tbody tr').count()).toBeGreaterThan(0);
    const row = await section.locator('tbody tr', { hasText: 'Huế' }).innerText();
    expect(row).toContain('Chỉ thị 20/CT-UBND');
    expect(row).toContain('10/06/2026');
    expect(row).toMatch(/2\.812/); // 28/09/2018 → 10/06/2026
    expect(await section.locator('.tiles a', { hasText: 'Huế' }).getAttribute('href')).toBe('/van-ban/chi-thi-20-ct-ubnd-2026-hue/');
    expect(await page.locator('#hieu-luc').innerText()).toContain('Chưa rõ hiệu lực');
    const { instruments } = json<{ instruments: Array<{ instrument: string; provinces: Array<{ province: string; delayDays: number }> }> }>(
      dist,
      'api/trien-khai.json',
    );
    expect(instruments.find((i) => i.instrument === 'nghi-quyet-33-nq-tw')!.provinces).toContainEqual(
      expect.objectContaining({ province: 'hue', delayDays: 2812 }),
    );
  });

  it('the relations panel reads both ways: the directive carries out 33-NQ/TW, the instrument is carried out by it', async () => {
    const page = chromium.page();
    await page.goto(`${base}/van-ban/chi-thi-20-ct-ubnd-2026-hue/`);
    const panel = await page.locator('section.relations').innerText();
    expect(panel).toMatch(/Thực hiện[\s\S]*Nghị quyết 33-NQ\/TW/);
    await page.goto(`${base}/dan-chieu/nghi-quyet-33-nq-tw/`);
    expect(await page.locator('section.relations').innerText()).toMatch(/Được thực hiện bởi[\s\S]*Chỉ thị 20\/CT-UBND/);
  });
});

describe.runIf(corpusBuild !== null)('the real corpus', () => {
  const dist = corpusBuild?.dist ?? '';

  it('a replaced or amended document says so as a sentence naming the later one, and the later one names it back', async () => {
    const { documents } = json<{ documents: Record<string, StatusRecord> }>(dist, 'api/hieu-luc.json');
    const acted = Object.entries(documents).filter(([, s]) => s.acts.length);
    expect(acted.length).toBeGreaterThan(0);
    const page = chromium.page();
    for (const [id, s] of acted.slice(0, 5)) {
      await page.goto(`${corpusUrl}/van-ban/${id}/`);
      const evidence = await page.locator('#hieu-luc').locator('..').innerText();
      expect(evidence, id).toMatch(/Bị thay thế bởi|Bị bãi bỏ|Được sửa đổi, bổ sung bởi/);
      expect(await page.locator(`.effect__evidence a[href^="/van-ban/${s.acts[0]!.by}/"]`).count(), id).toBeGreaterThan(0);
      await page.goto(`${corpusUrl}/van-ban/${s.acts[0]!.by}/`);
      expect(await page.locator('section.relations').innerText(), s.acts[0]!.by).toMatch(/Thay thế|Bãi bỏ|Sửa đổi, bổ sung/);
    }
  });

  it('documents with their own effect clause are in force from its date unless a later one ends them', () => {
    const { documents } = json<{ documents: Record<string, StatusRecord & { own: { from: string | null } | null }> }>(dist, 'api/hieu-luc.json');
    const own = Object.values(documents).filter((s) => s.own);
    expect(own.length).toBeGreaterThan(100);
    for (const s of own) if (!s.acts.length) expect(s.state).toBe('con-hieu-luc');
  });
});
