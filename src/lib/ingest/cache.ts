import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdxBytes } from './convert.ts';
import { FRONTMATTER_CLOSE, FRONTMATTER_OPEN } from '../mdx/frontmatter.ts';

/**
 * What ingest wrote for each source file, kept between runs and keyed by the
 * file's name and bytes and by the parser's own source code: change a seed and
 * only it is parsed again; change the parser and everything is.
 *
 * An entry is the MDX converted from the file, before ids were deduplicated
 * (the document: metadata in its frontmatter, text in its body). Nearly always that is exactly the file
 * written to content/, so the entry only names that file, with the size and
 * time it was written at: a file edited or rewritten since is not trusted. The
 * MDX of a file renamed or corrected by a sidecar is kept in the cache itself.
 * One index file per parser holds every entry: a file per entry cost more than
 * the entry, and a copy of every MDX file doubled what a clean run writes.
 */

// src/lib: this file is in src/lib/ingest/.
const LIB = dirname(dirname(fileURLToPath(import.meta.url)));

/** A digest of every module under src/lib: any change there may change a model. */
async function parserVersion(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(LIB, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update(await readFile(join(LIB, f)));
  return hash.digest('hex').slice(0, 16);
}

export interface IngestCache {
  /** What was converted for this key (see `cacheKey`) last time, in arrays of their own; null when nothing. */
  get(key: string): MdxBytes | null;
  /**
   * Keeps what was converted for a file this run (parsed or taken from the
   * cache): `written` names the content file now holding exactly those bytes, if any.
   */
  set(key: string, entry: MdxBytes, written: string | null): void;
  /** Writes the entries kept this run (no others) and removes the caches of older parsers; a failed run leaves the cache as it was. */
  save(): Promise<void>;
}

/** The key of a source file with these bytes. */
export function cacheKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

/** An entry as stored: a content file with its size and modification time, or the bytes themselves. */
type Stored = { file: string; size: number; mtimeMs: number } | MdxBytes;

/** The MDX bytes of a content file, split at the end of the frontmatter as `convertFile` splits them. */
function splitMdx(mdx: Buffer): MdxBytes | null {
  const end = mdx.indexOf(FRONTMATTER_CLOSE, FRONTMATTER_OPEN.length);
  return end < 0 ? null : { head: new Uint8Array(mdx.subarray(0, end)), body: new Uint8Array(mdx.subarray(end)) };
}

/**
 * Index lines: `key<TAB>file<TAB>size<TAB>mtime` for an entry in content/,
 * `key<TAB><TAB>head length<TAB>body length` followed by the bytes for one kept
 * here. A record cut short (a run stopped while writing) ends the list.
 */
function readIndex(data: Buffer): Map<string, Stored> {
  const entries = new Map<string, Stored>();
  for (let at = 0; at < data.length;) {
    const eol = data.indexOf(10, at);
    if (eol < 0) break;
    const [key, file, a, b] = data.toString('utf8', at, eol).split('\t');
    at = eol + 1;
    if (!key || a === undefined || b === undefined) break;
    if (file) {
      entries.set(key, { file, size: Number(a), mtimeMs: Number(b) });
      continue;
    }
    const middle = at + Number(a);
    const end = middle + Number(b);
    if (!(end <= data.length)) break;
    entries.set(key, { head: data.subarray(at, middle), body: data.subarray(middle, end) });
    at = end;
  }
  return entries;
}

export async function openCache(root: string, contentDir: string): Promise<IngestCache> {
  const version = await parserVersion();
  const name = `${version}.index`;
  const path = join(root, name);
  const stored = readIndex(await readFile(path).catch(() => Buffer.alloc(0)));
  const kept: Array<string | Uint8Array> = [];
  return {
    get(key) {
      const entry = stored.get(key);
      if (!entry) return null;
      if ('head' in entry) return { head: new Uint8Array(entry.head), body: new Uint8Array(entry.body) };
      const file = join(contentDir, entry.file);
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return null;
      return splitMdx(readFileSync(file));
    },
    set(key, entry, written) {
      const stat = written ? statSync(join(contentDir, written)) : null;
      if (stat) {
        kept.push(`${key}\t${written}\t${stat.size}\t${stat.mtimeMs}\n`);
      } else {
        kept.push(`${key}\t\t${entry.head.length}\t${entry.body.length}\n`, entry.head, entry.body);
      }
    },
    async save() {
      await mkdir(root, { recursive: true });
      writeFileSync(`${path}.tmp`, Buffer.concat(kept.map((k) => (typeof k === 'string' ? Buffer.from(k) : k))));
      renameSync(`${path}.tmp`, path);
      for (const old of await readdir(root)) if (old !== name) await rm(join(root, old), { recursive: true, force: true });
    },
  };
}
