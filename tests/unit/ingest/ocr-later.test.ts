import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { SEEDS_DIR } from '../../helpers/seeds.ts';

// A machine without Tesseract: the scan is published as needing OCR.
vi.mock('../../../src/lib/source/extract/ocr.ts', async (original) => ({
  ...(await original<typeof import('../../../src/lib/source/extract/ocr.ts')>()),
  ocrMissing: async () => 'chưa cài Tesseract (gói tesseract-ocr, tesseract-ocr-vie)',
}));

const root = mkdtempSync(join(tmpdir(), 'bp-ocr-later-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a scan read where OCR is missing', () => {
  it('is read again on the next run (installing OCR must change its page); a text is not', async () => {
    const dir = join(root, 'seeds');
    mkdirSync(dir);
    for (const f of ['104_thong-tu-2866-1998-tt-bqp-ban-quet.png', '000_e549b405dcbfb8fc.txt']) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
    const options = { cacheDir: join(root, 'cache'), extractCacheDir: join(root, 'extract'), workers: 0 };
    const first = await ingest(dir, join(root, 'content'), options);
    expect(first.documents.find((d) => d.source.format === 'image')?.issues.map((i) => i.code)).toContain('needs-ocr');
    expect(first.parsed).toBe(2);
    expect((await ingest(dir, join(root, 'content'), options)).parsed).toBe(1);
  });
});
