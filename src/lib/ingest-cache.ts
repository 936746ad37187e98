import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdxBytes } from './ingest/convert.ts';

/**
 * What ingest wrote for each source file, kept between runs and keyed by the
 * file's name and bytes and by the parser's own source code: change a seed and
 * only it is parsed again; change the parser and everything is.
 *
 * An entry is the MDX file's bytes as converted, before ids were deduplicated
 * (its frontmatter is the model). All entries of one parser live in a single
 * file, a `key<TAB>head length<TAB>body length` line and the bytes each, read
 * when the cache opens and written anew as the run goes: a file per entry cost
 * more than the entry itself (creating a file is slow on ext4 once many have
 * been deleted, as every clean run does), and JSON around the bytes cost a
 * tenth of a clean run.
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
  /** What was written for this key (see `cacheKey`) last time, in arrays of their own; null when nothing. */
  get(key: string): MdxBytes | null;
  /** Keeps what was written for a file converted this run. */
  set(key: string, entry: MdxBytes): void;
  /** Stops writing; after a failed run, the cache stays as it was. */
  close(): void;
  /** Puts in place the entries this run used or added (no others), and removes the caches of older parsers. */
  save(): Promise<void>;
}

/** The key of a source file with these bytes. */
export function cacheKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

/** The entries of a cache file; a record cut short (a run stopped while writing) ends the list. */
function readEntries(data: Buffer): Map<string, MdxBytes> {
  const entries = new Map<string, MdxBytes>();
  for (let at = 0; at < data.length; ) {
    const eol = data.indexOf(10, at);
    if (eol < 0) break;
    const [key, head, body] = data.toString('latin1', at, eol).split('\t');
    const start = eol + 1;
    const middle = start + Number(head);
    const end = middle + Number(body);
    if (!key || !(end <= data.length)) break;
    entries.set(key, { head: data.subarray(start, middle), body: data.subarray(middle, end) });
    at = end;
  }
  return entries;
}

export async function openCache(root: string): Promise<IngestCache> {
  const version = await parserVersion();
  const name = `${version}.models`;
  const path = join(root, name);
  const stored = readEntries(await readFile(path).catch(() => Buffer.alloc(0)));
  // The entries of this run go to a new file as they come, which replaces the old one at the end.
  await mkdir(root, { recursive: true });
  const next = openSync(`${path}.tmp`, 'w');
  let open = true;
  let kept = 0;
  let added = false;
  const keep = (key: string, { head, body }: MdxBytes) => {
    writeSync(next, `${key}\t${head.length}\t${body.length}\n`);
    writeSync(next, head);
    writeSync(next, body);
  };
  const close = () => {
    if (open) closeSync(next);
    open = false;
  };
  return {
    get(key) {
      const entry = stored.get(key);
      if (!entry) return null;
      keep(key, entry);
      kept++;
      // Copies: a worker thread is sent them, and a view would send the whole cache file with it.
      return { head: new Uint8Array(entry.head), body: new Uint8Array(entry.body) };
    },
    set(key, entry) {
      keep(key, entry);
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
