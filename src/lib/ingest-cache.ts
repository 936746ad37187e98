import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Parsed models kept between ingest runs, keyed by the file's name and bytes
 * and by the parser's own source code: change a seed and only it is parsed
 * again; change the parser and everything is.
 *
 * All entries of one parser live in a single file, a `key<TAB>JSON` line each,
 * read when the cache opens and written anew as the run goes: a file per entry
 * cost more than the entry itself (creating a file is slow on ext4 once many
 * have been deleted, as every clean run does).
 */

const LIB = dirname(fileURLToPath(import.meta.url));

/** A digest of every module under src/lib: any change there may change a model. */
async function parserVersion(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(LIB, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update(await readFile(join(LIB, f)));
  return hash.digest('hex').slice(0, 16);
}

export interface IngestCache {
  /** The model cached for this key (see `cacheKey`), as JSON, or null. */
  get(key: string): string | null;
  /** Keeps the model of a file parsed this run. */
  set(key: string, json: string): void;
  /** Stops writing; after a failed run, the cache stays as it was. */
  close(): void;
  /** Puts in place the entries this run used or added (no others), and removes the caches of older parsers. */
  save(): Promise<void>;
}

/** The key of a source file with these bytes. */
export function cacheKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

export async function openCache(root: string): Promise<IngestCache> {
  const version = await parserVersion();
  const name = `${version}.models`;
  const path = join(root, name);
  const stored = new Map<string, string>();
  const text = await readFile(path, 'utf8').catch(() => '');
  // JSON never holds a raw tab or line break, so lines and fields split safely.
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
  }
  // The entries of this run go to a new file as they come, which replaces the old one at the end.
  await mkdir(root, { recursive: true });
  const next = openSync(`${path}.tmp`, 'w');
  let open = true;
  let kept = 0;
  let added = false;
  const keep = (key: string, json: string) => writeSync(next, `${key}\t${json}\n`);
  const close = () => {
    if (open) closeSync(next);
    open = false;
  };
  return {
    get(key) {
      const json = stored.get(key) ?? null;
      if (json !== null) {
        keep(key, json);
        kept++;
      }
      return json;
    },
    set(key, json) {
      keep(key, json);
      added = true;
    },
    close,
    async save() {
      close();
      if (added || kept < stored.size) renameSync(`${path}.tmp`, path);
      for (const old of await readdir(root)) if (old !== name) await rm(join(root, old), { recursive: true, force: true });
    },
  };
}
