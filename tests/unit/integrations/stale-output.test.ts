import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputBefore } from '../../../src/integrations/stale-output.ts';

const root = mkdtempSync(join(tmpdir(), 'stale-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `files` (paths under `dir`) with their text. */
function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('what the last build left and this one did not make', () => {
  it('goes, with the folders it leaves empty; what this build wrote or kept stays', () => {
    const dist = join(root, 'dist');
    write(dist, {
      'van-ban/a/index.html': 'a',
      'van-ban/b/index.html': 'b',
      'van-ban/gone/index.html': 'gone',
      'van-ban/gone/nguon.txt': 'gone',
      '_astro/old.css': 'old',
      'pagefind/phan-2/x.pf_fragment': 'old shard',
    });
    const before = outputBefore(dist);
    // This build: page a rendered again, page b kept in place, new assets, open data rewritten unchanged.
    write(dist, { 'van-ban/a/index.html': 'a2', '_astro/new.css': 'new', 'pagefind/phan-1/y.pf_fragment': 'y' });
    rmSync(join(dist, 'van-ban/gone/nguon.txt'));
    write(dist, { 'van-ban/gone/nguon.txt': 'written again' });
    expect(before.removeStale(new Set([join(dist, 'van-ban/b/index.html')]))).toBe(3);
    expect(readdirSync(join(dist, 'van-ban')).sort()).toEqual(['a', 'b', 'gone']);
    expect(readdirSync(join(dist, 'van-ban/gone'))).toEqual(['nguon.txt']);
    expect(readdirSync(join(dist, '_astro'))).toEqual(['new.css']);
    expect(existsSync(join(dist, 'pagefind/phan-2'))).toBe(false);
    expect(readdirSync(join(dist, 'pagefind'))).toEqual(['phan-1']);
  });

  it('has nothing to remove when there was no output before', () => {
    const dist = join(root, 'none');
    const before = outputBefore(dist);
    write(dist, { 'index.html': 'x' });
    expect(before.removeStale(new Set())).toBe(0);
    expect(readdirSync(dist)).toEqual(['index.html']);
  });
});
