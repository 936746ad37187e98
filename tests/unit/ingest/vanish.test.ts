import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Issue 22, item 1: a file that vanishes between the listing and its reading
 * (another process cleaning the folder) is skipped with its name; the others
 * build. The listing is wrapped to remove one file right after it is made.
 */
const VANISHING = 'b.txt';
vi.mock('../../../src/lib/source/folder.ts', async (original) => {
  const actual = await original<typeof import('../../../src/lib/source/folder.ts')>();
  return {
    ...actual,
    listFolder: (dir: string, wanted: (name: string) => boolean) => {
      const listing = actual.listFolder(dir, wanted);
      rmSync(join(dir, VANISHING));
      return listing;
    },
  };
});
const { ingest } = await import('../../../src/lib/ingest/index.ts');

const dir = mkdtempSync(join(tmpdir(), 'bp-vanish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file gone mid-build', () => {
  it('is skipped and reported; the files before and after it build', async () => {
    const seeds = join(dir, 'seeds');
    await import('node:fs/promises').then((fs) => fs.mkdir(seeds));
    for (const n of ['a', 'b', 'c']) writeFileSync(join(seeds, `${n}.txt`), `CHỈ THỊ\nVề việc ${n}\n1. Nội dung ${n}.\n`);
    const result = await ingest(seeds, join(dir, 'content'));
    expect(result.documents.map((d) => d.source.file)).toEqual(['a.txt', 'c.txt']);
    expect(result.skipped).toEqual([{ file: VANISHING, reason: expect.stringMatching(/không còn tồn tại/) }]);
  });
});
