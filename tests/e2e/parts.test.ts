import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSeeds, copyTextSeeds, runScript } from '../fixtures/seeds-build.ts';
import { filesWithBytes } from '../helpers/site-crawl.ts';
import type { PageTable } from '../../src/search/common-format.ts';

/**
 * The site built in parts, each as on a machine of its own (its own content
 * folder and caches): the shared pages, and each shard of the search index
 * with its documents' pages; merged, it is byte for byte the site one build
 * makes (so every page, every link and the search across the shards are that
 * site's, which the other end-to-end tests hold to account).
 */
const dir = mkdtempSync(join(tmpdir(), 'bp-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { seeds } = copyTextSeeds(dir);
const merge = (into: string, parts: string[]) => runScript('merge.ts', ['--into', join(dir, into), ...parts]);

describe('a site built in parts on separate machines', () => {
  it('merges into the site one build makes, its search index across every shard', () => {
    const whole = buildSeeds(seeds, dir, 'whole').dist;
    const shards = (JSON.parse(readFileSync(join(whole, 'pagefind', 'bundles.json'), 'utf8')) as { shards: unknown[] }).shards.length;
    expect(shards).toBeGreaterThan(1);
    const parts = ['shared', ...Array.from({ length: shards }, (_, k) => `${k + 1}`)].map(
      (part) => buildSeeds(seeds, dir, `part-${part}`, ['--part', part]).dist,
    );

    const merged = merge('merged', parts);
    expect(merged.status, merged.stderr).toBe(0);
    expect(filesWithBytes(join(dir, 'merged'))).toEqual(filesWithBytes(whole));
    const table = JSON.parse(readFileSync(join(dir, 'merged', 'pagefind', 'pho-bien', 'trang.json'), 'utf8')) as PageTable;
    expect(new Set(table.shards).size).toBe(shards);
    expect(table.ids.every(Boolean)).toBe(true);
  }, 600_000);

  it('names what is missing or wrong', () => {
    const shared = join(dir, 'part-shared', 'dist');
    expect(merge('lacking', [shared]).stderr).toMatch(/shard 1 \(npm run build -- --part 1\) is not among the parts merged/);
    expect(merge('no-shared', [join(dir, 'part-1', 'dist')]).stderr).toMatch(
      /the shared part \(npm run build -- --part shared\) is not among the parts merged/,
    );
    expect(runScript('build.ts', ['--part', 'hai']).stderr).toMatch(/BUILD_PART="hai": expected "shared" or a shard's number/);
  });
});
