import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSeeds, copyTextSeeds } from '../fixtures/seeds-build.ts';
import { filesWithBytes } from '../helpers/site-crawl.ts';

/**
 * A rebuild after one document changed or went, with the caches of the build
 * before it (ingest's models, the search index's shards), gives byte for
 * byte the site a clean build of the same files gives, and indexes again only
 * the shard the document is in and renders again only the pages that show
 * it (Astro's incremental build, src/utils/page-key.ts).
 */
const dir = mkdtempSync(join(tmpdir(), 'bp-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { seeds, texts } = copyTextSeeds(dir);
const build = (name: string) => buildSeeds(seeds, dir, name);
const shardsIndexed = (log: string) => /(\d+) phần lập lại, (\d+) phần không đổi/.exec(log)?.slice(1).map(Number);
/** The document pages Astro rendered, and those it copied from the last build (its log marks them "restored"). */
function documentPages(log: string): { rendered: string[]; copied: string[] } {
  const rendered: string[] = [];
  const copied: string[] = [];
  for (const [, id, mark] of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/├─ \/van-ban\/([^/]+)\/index\.html \((restored|cached|\+[^)]+)\)/g))
    (mark!.startsWith('+') ? rendered : copied).push(id!);
  return { rendered, copied };
}

describe('a rebuild after one document changed', () => {
  it('gives the site a clean build gives, the unchanged shards from the cache', () => {
    const first = build('kept');
    const [indexed, reused] = shardsIndexed(first.log)!;
    expect(reused).toBe(0);
    expect(indexed).toBeGreaterThan(1);

    appendFileSync(join(seeds, texts[0]!), '\n3. Ủy ban nhân dân các xã biên giới báo cáo kết quả trước ngày 15 hằng tháng.\n');
    const changed = build('kept');
    expect(shardsIndexed(changed.log)).toEqual([1, indexed! - 1]);
    // Astro renders again the changed document's page and those that show it, and copies the rest.
    const pages = documentPages(changed.log);
    expect(pages.rendered.length).toBeGreaterThan(0);
    expect(pages.copied.length).toBeGreaterThan(pages.rendered.length);
    expect(filesWithBytes(changed.dist)).toEqual(filesWithBytes(build('clean-changed').dist));

    rmSync(join(seeds, texts[1]!));
    const removed = build('kept');
    expect(shardsIndexed(removed.log)![1]).toBeGreaterThan(0);
    expect(filesWithBytes(removed.dist)).toEqual(filesWithBytes(build('clean-removed').dist));
  }, 600_000);
});
