import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Astro keeps last build's unchanged pages where they are (astro.config.mjs:
 * the output folder is not emptied, and a page whose key is unchanged is left
 * in place, not copied back from its cache). What the last build wrote and
 * this one does not (a removed document's page and files, a shard of the
 * index that is gone, an asset of old code) must then go, so that a rebuild
 * is byte for byte a clean build. A file counts as this build's when it was
 * written during it (not the same file as before it began) or is one of the
 * pages Astro kept.
 */

/** A file's identity and last change: a file written again differs in one of them. */
interface Seen {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}
const same = (a: Seen, b: Seen) => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/** Every file under `dir`, with what says whether it was written again. */
function filesUnder(dir: string): Map<string, Seen> {
  const files = new Map<string, Seen>();
  let entries: Array<{ name: string; parentPath: string; isFile(): boolean }>;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files; // no output yet
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { ino, size, mtimeMs, ctimeMs } = statSync(path);
    files.set(path, { ino, size, mtimeMs, ctimeMs });
  }
  return files;
}

/** Taken before the build writes anything into `dir`; `removeStale` once it has written everything. */
export function outputBefore(dir: string) {
  const before = filesUnder(dir);
  return {
    /** Removes the files of the last build this one neither wrote nor `kept`, and the folders they leave empty; returns how many. */
    removeStale(kept: ReadonlySet<string>): number {
      const emptied = new Set<string>();
      let removed = 0;
      for (const [path, seen] of before) {
        if (kept.has(path)) continue;
        const now = statSync(path, { throwIfNoEntry: false });
        if (!now || !same(now, seen)) continue;
        rmSync(path);
        removed++;
        emptied.add(dirname(path));
      }
      // Deepest first, so a folder whose only content was an emptied folder goes too.
      for (const start of [...emptied].sort((x, y) => y.length - x.length)) {
        for (let folder = start; relative(dir, folder) !== '' && existsSync(folder) && readdirSync(folder).length === 0; folder = dirname(folder))
          rmdirSync(folder);
      }
      return removed;
    },
  };
}
