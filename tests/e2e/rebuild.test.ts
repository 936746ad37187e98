import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE } from '../fixtures/hostile-corpus.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';
import { filesWithBytes } from '../helpers/site-crawl.ts';

/**
 * A rebuild after one document changed or went, with the caches of the build
 * before it (ingest's models, the search index's shards), gives byte for
 * byte the site a clean build of the same files gives, and indexes again only
 * the shard the document is in. On the text seeds, in four shards (of three
 * documents at most), with common words from three pages, so both search
 * paths are in.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bp-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = join(dir, 'seeds');
mkdirSync(seeds);
const texts = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const f of texts) copyFileSync(join(SEEDS_DIR, f), join(seeds, f));

/** `npm run build` of the seeds into `name`/dist, with `name`'s caches and content folder. */
function build(name: string): { dist: string; log: string } {
  const at = join(dir, name);
  const run = spawnSync(NODE, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SEARCH_SHARD: '3',
      SEARCH_COMMON: '3',
      SEEDS_DIR: seeds,
      CONTENT_DIR: join(at, 'content'),
      DIST_DIR: join(at, 'dist'),
      CACHE_DIR: join(at, 'cache'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build ${name} failed:\n${run.stderr}`);
  return { dist: join(at, 'dist'), log: run.stdout };
}

const shardsIndexed = (log: string) => /(\d+) phần lập lại, (\d+) phần không đổi/.exec(log)?.slice(1).map(Number);

describe('a rebuild after one document changed', () => {
  it('gives the site a clean build gives, the unchanged shards from the cache', () => {
    const first = build('kept');
    const [indexed, reused] = shardsIndexed(first.log)!;
    expect(reused).toBe(0);
    expect(indexed).toBeGreaterThan(1);

    appendFileSync(join(seeds, texts[0]!), '\n3. Ủy ban nhân dân các xã biên giới báo cáo kết quả trước ngày 15 hằng tháng.\n');
    const changed = build('kept');
    expect(shardsIndexed(changed.log)).toEqual([1, indexed! - 1]);
    expect(filesWithBytes(changed.dist)).toEqual(filesWithBytes(build('clean-changed').dist));

    rmSync(join(seeds, texts[1]!));
    const removed = build('kept');
    expect(shardsIndexed(removed.log)![1]).toBeGreaterThan(0);
    expect(filesWithBytes(removed.dist)).toEqual(filesWithBytes(build('clean-removed').dist));
  }, 600_000);
});
