import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHARD, indexShards, shardCount, shardOf, shardSizeFromEnv, shardWriter, type PreparedShard } from '../../../src/search/shards.ts';
import { documentPage } from '../../../src/search/records.ts';
import { parseSeed, seedFiles } from '../../helpers/seeds.ts';
import { filesWithBytes } from '../../helpers/site-crawl.ts';
import { filesUnder } from '../../../src/lib/files-under.ts';

const scratch = mkdtempSync(join(tmpdir(), 'shards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with its inode and last change: a file written again differs. */
const statsUnder = (dir: string) => new Map(filesUnder(dir).map((f) => [f, (({ ino, mtimeMs }) => ({ ino, mtimeMs }))(statSync(f))]));

/** The text seeds' search pages written into `count` shards under a folder of their own, as the build writes them. */
async function prepare(name: string, count: number, edit?: (html: string) => string): Promise<PreparedShard[]> {
  const docs = await Promise.all(
    seedFiles()
      .filter((f) => f.endsWith('.txt'))
      .map(parseSeed),
  );
  const writer = shardWriter(join(scratch, name), count);
  docs.forEach((doc, i) => {
    const page = documentPage(doc);
    const html = i === 0 && edit ? edit(page.html) : page.html;
    const at = join(writer.folderOf(writer.add(page.url, html)), page.url);
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'index.html'), html);
  });
  return writer.done();
}

describe('shards of the search index', () => {
  it('puts a page in the shard its document hashes to, its further pages with it', () => {
    expect(shardOf('/van-ban/a/phan-2/', 7)).toBe(shardOf('/van-ban/a/', 7));
    const spread = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`/van-ban/van-ban-${i}/`, 4)));
    expect([...spread].sort()).toEqual([0, 1, 2, 3]);
    expect([0, 5, 6, 10, 11, 21, 100_000].map((n) => shardCount(n, 5))).toEqual([1, 1, 2, 2, 4, 8, 32768]);
  });

  it('takes its size from SEARCH_SHARD, with a clear message for a bad value', () => {
    expect(shardSizeFromEnv(undefined)).toBe(DEFAULT_SHARD);
    expect(shardSizeFromEnv('300')).toBe(300);
    expect(() => shardSizeFromEnv('-1')).toThrow(/SEARCH_SHARD="-1"/);
  });

  it('indexes a shard once: a build with the same pages copies the same bytes, a changed page re-indexes its shard only, as a clean build would', async () => {
    const cache = join(scratch, 'cache');
    const first = await prepare('a', 3);
    const built = await indexShards(first, join(scratch, 'site-a'), cache);
    expect(built).toMatchObject({ indexed: 3, reused: 0 });
    expect(built.ids.size).toBe(first.reduce((n, s) => n + s.pages, 0));

    const again = await indexShards(await prepare('b', 3), join(scratch, 'site-b'), cache);
    expect(again).toMatchObject({ indexed: 0, reused: 3 });
    expect(filesWithBytes(join(scratch, 'site-b'))).toEqual(filesWithBytes(join(scratch, 'site-a')));

    const edit = (html: string) => html.replace('</body>', '<p>Một đoạn mới thêm vào.</p></body>');
    const changed = await prepare('c', 3, edit);
    expect(changed.filter((s, k) => s.digest !== first[k]!.digest)).toHaveLength(1);
    expect(await indexShards(changed, join(scratch, 'site-c'), cache)).toMatchObject({ indexed: 1, reused: 2 });
    await indexShards(await prepare('d', 3, edit), join(scratch, 'site-d'), join(scratch, 'clean-cache'));
    expect(filesWithBytes(join(scratch, 'site-c'))).toEqual(filesWithBytes(join(scratch, 'site-d')));
    // The cache keeps this collection's shards only, and where each bundle on a site came from.
    expect(readdirSync(cache).sort()).toEqual([...changed.map((s) => s.digest), 'on-site.json'].sort());
  }, 120_000);

  it('leaves in place a bundle the site holds already, and copies one that differs', async () => {
    const cache = join(scratch, 'cache-in-place');
    const site = join(scratch, 'site-in-place');
    const first = await indexShards(await prepare('e', 2), site, cache);
    expect(first.unchanged).toEqual([]);
    const before = statsUnder(site);
    const again = await indexShards(await prepare('f', 2), site, cache);
    expect(again.unchanged.sort()).toEqual([...before.keys()].sort());
    expect(statsUnder(site)).toEqual(before);
    // A changed page: its shard's bundle is written anew, the other left.
    const edited = await prepare('g', 2, (html) => html.replace('</body>', '<p>Thêm.</p></body>'));
    const changed = await indexShards(edited, site, cache);
    expect(changed.unchanged.length).toBeGreaterThan(0);
    expect(changed.unchanged.length).toBeLessThan(again.unchanged.length);
    await indexShards(
      await prepare('h', 2, (html) => html.replace('</body>', '<p>Thêm.</p></body>')),
      join(scratch, 'site-clean'),
      join(scratch, 'cache-clean'),
    );
    expect(filesWithBytes(site)).toEqual(filesWithBytes(join(scratch, 'site-clean')));
    // A bundle edited by hand on the site is copied again.
    const entry = readdirSync(join(site, 'pagefind'))[0]!;
    writeFileSync(join(site, 'pagefind', entry, 'pagefind-entry.json'), '{}');
    const repaired = await indexShards(edited, site, cache);
    expect(repaired.unchanged.some((f) => f.includes(join('pagefind', entry)))).toBe(false);
    expect(filesWithBytes(site)).toEqual(filesWithBytes(join(scratch, 'site-clean')));
  }, 120_000);
});
