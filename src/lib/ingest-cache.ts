import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentModel } from './model.ts';

/**
 * Parsed models kept between ingest runs, keyed by the file's name and bytes
 * and by the parser's own source code: change a seed and only it is parsed
 * again; change the parser and everything is.
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
  get(file: string, bytes: Buffer): Promise<DocumentModel | null>;
  set(file: string, bytes: Buffer, doc: DocumentModel): Promise<void>;
  /** Removes entries this run did not use, and caches of older parsers. */
  prune(): Promise<void>;
}

export async function openCache(root: string): Promise<IngestCache> {
  const version = await parserVersion();
  const dir = join(root, version);
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const key = (file: string, bytes: Buffer) => `${createHash('sha256').update(file).update('\0').update(bytes).digest('hex')}.json`;
  return {
    async get(file, bytes) {
      const name = key(file, bytes);
      const json = await readFile(join(dir, name), 'utf8').catch(() => null);
      if (json === null) return null;
      used.add(name);
      return JSON.parse(json) as DocumentModel;
    },
    async set(file, bytes, doc) {
      const name = key(file, bytes);
      used.add(name);
      await writeFile(join(dir, name), JSON.stringify(doc));
    },
    async prune() {
      for (const old of await readdir(root)) if (old !== version) await rm(join(root, old), { recursive: true, force: true });
      for (const name of await readdir(dir)) if (!used.has(name)) await rm(join(dir, name), { force: true });
    },
  };
}
