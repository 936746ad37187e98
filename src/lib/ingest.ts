import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writevSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { DocumentModel } from './model.ts';
import { cacheKey, openCache, type IngestCache } from './ingest-cache.ts';
import { mapLimit } from './map-limit.ts';
import { frontmatterFor, parseSource, readSource } from './ingest/document.ts';
import { convertFile, modelOf, utf8, type Converted, type ConvertTask, type Ingested } from './ingest/convert.ts';
import { ordered, workerPool } from './ingest/pool.ts';
import { applySidecar } from './source/sidecar.ts';
import { withIdAndIssues } from './mdx/frontmatter.ts';
import { SOURCE_PATTERN } from './source/extract/formats.ts';
import { extractCached, type Extracted } from './source/extract/index.ts';
import { EXTRACT_CACHE_DIR } from './paths.ts';

export { renderMdx } from './ingest/document.ts';

/**
 * seeds/ → content/: every source file becomes one MDX file, whatever state it
 * is in. A file that cannot be parsed is still published as plain text with an
 * error in its quality report; nothing stops the others.
 */

export { SOURCE_PATTERN };

export interface IngestResult {
  /** Every document, in file order: id, source and issues (the models are in the files written). */
  documents: Ingested[];
  /** Files written or rewritten this run. */
  written: string[];
  /** Source files parsed this run (the rest came from the cache). */
  parsed: number;
}

/** Reads and parses one source file, of any format; never throws for bad content. */
export async function ingestFile(dir: string, file: string, extractCacheDir = EXTRACT_CACHE_DIR): Promise<DocumentModel> {
  const bytes = await readFile(join(dir, file));
  return parseSource(readSource(file, bytes, await extractCached(file, bytes, extractCacheDir)));
}

/** Gives every document a unique id; later duplicates get `-2`, `-3`… and a warning. */
export function dedupeIds(docs: Ingested[]): void {
  const dedupe = idDeduper();
  for (const doc of docs) dedupe(doc);
}

/** `dedupeIds` one document at a time, in file order; says whether it changed the document. */
function idDeduper(): (doc: Ingested) => boolean {
  const seen = new Map<string, Ingested>();
  const bySha = new Map<string, Ingested>();
  return (doc) => {
    const issues = doc.issues.length;
    const twin = bySha.get(doc.source.sha256);
    if (twin) {
      doc.issues.push({ level: 'warning', code: 'duplicate-file', message: `Nội dung trùng hoàn toàn với tệp ${twin.source.file}.`, line: null, action: 'Giữ cả hai, với mã khác nhau.' });
    } else {
      bySha.set(doc.source.sha256, doc);
    }
    const base = doc.id;
    for (let n = 2; seen.has(doc.id); n++) doc.id = `${base}-${n}`;
    if (doc.id !== base) {
      doc.issues.push({ level: 'warning', code: 'duplicate-id', message: `Mã "${base}" đã dùng cho ${seen.get(base)!.source.file}.`, line: null, action: `Đổi mã thành "${doc.id}".` });
    }
    seen.set(doc.id, doc);
    return doc.id !== base || doc.issues.length !== issues;
  };
}

/** Files read at once by the extractors: OCR and pdf.js each keep a core busy. */
const EXTRACT_AT_ONCE = 2;

/**
 * The text of every file that is not plain text (PDF, Word, HTML, JSON, scans),
 * read before the synchronous convert loop, as extractors are asynchronous.
 * A file whose MDX the cache already holds is not read again.
 */
async function extractAll(seedsDir: string, files: string[], cache: IngestCache | null, cacheDir: string): Promise<Map<string, Extracted>> {
  const out = new Map<string, Extracted>();
  // Text files are decoded in the convert loop: not read twice.
  const pending = files.filter((file) => !/\.(txt|md|markdown)$/i.test(file));
  await mapLimit(pending, EXTRACT_AT_ONCE, async (file) => {
    const bytes = readFileSync(join(seedsDir, file));
    if (cache?.get(cacheKey(file, bytes))) return;
    const text = await extractCached(file, bytes, cacheDir);
    if (text) out.set(file, text);
  });
  return out;
}

/** A file's bytes are exactly `head` then `body`. */
const holds = (file: Buffer, head: Uint8Array, body: Uint8Array): boolean =>
  file.length === head.length + body.length && file.subarray(0, head.length).equals(head) && file.subarray(head.length).equals(body);

/** Writes `head` then `body` without first copying them into one buffer (a tenth of this thread's writing). */
function writeBoth(path: string, head: Uint8Array, body: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    if (writevSync(fd, [head, body]) === head.length + body.length) return;
  } finally {
    closeSync(fd);
  }
  writeFileSync(path, Buffer.concat([head, body])); // a short write: once more, all at once
}

export interface IngestOptions {
  /** Where parsed models are cached between runs; no cache when absent. */
  cacheDir?: string;
  /**
   * Worker threads to parse and render alongside this thread; 0 for none. By
   * default one per core but this one, from `MIN_FILES_FOR_WORKERS` files on.
   */
  workers?: number;
  /** Where the text read from PDFs, Word files and scans is kept (see source/extract/). */
  extractCacheDir?: string;
}

/** A worker spends ~0.5 s of CPU loading the parser and the MDX writer: as long as this many files take to convert. */
const MIN_FILES_FOR_WORKERS = 50;

const WORKER = new URL('./ingest/worker.ts', import.meta.url);

/**
 * seeds/ → content/. A file whose bytes, name and parser are unchanged is not
 * parsed again: its MDX comes from the cache. Ids are deduplicated afresh
 * every run, so a cached run and a clean run write the same files.
 *
 * This thread reads each file and looks it up in the cache; worker threads and
 * this one convert them (parse, render: ingest/convert.ts); this thread takes
 * the results in file order, deduplicates ids and writes. Files are read and
 * written with synchronous calls: fs/promises spends twenty times longer in
 * thread hops.
 */
export async function ingest(seedsDir: string, contentDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  // Sub-folders too (a corpus kept by format or by year); names are paths inside seeds/, with "/".
  const listing = (await readdir(seedsDir, { recursive: true })).map((f) => f.split(sep).join('/'));
  const files = listing.filter((f) => SOURCE_PATTERN.test(f) && statSync(join(seedsDir, f)).isFile()).sort();
  // Corrections by hand: seeds/<name>.yaml beside seeds/<name>.txt (applied after the cache, so editing one re-parses nothing).
  const sidecars = new Set(listing.filter((f) => /\.ya?ml$/i.test(f)));
  const sidecarOf = (file: string) => [file.replace(SOURCE_PATTERN, '.yaml'), file.replace(SOURCE_PATTERN, '.yml')].find((f) => sidecars.has(f)) ?? null;
  const cache = options.cacheDir ? await openCache(options.cacheDir, contentDir) : null;
  await mkdir(contentDir, { recursive: true });
  const existing = new Set((await readdir(contentDir)).filter((f) => f.endsWith('.mdx')));
  const keys: string[] = []; // the cache key of each file read so far
  const extracted = await extractAll(seedsDir, files, cache, options.extractCacheDir ?? EXTRACT_CACHE_DIR);
  const task = (i: number): ConvertTask => {
    const file = files[i]!;
    const bytes = readFileSync(join(seedsDir, file));
    if (!cache) return { file, bytes, cached: null, extracted: extracted.get(file) ?? null };
    keys[i] = cacheKey(file, bytes);
    const cached = cache.get(keys[i]);
    return { file, bytes, cached, extracted: cached ? null : (extracted.get(file) ?? null) };
  };
  const workers = Math.min(options.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() - 1 : 0), files.length);
  const pool = workers > 0 ? workerPool<ConvertTask, Converted>(WORKER, workers) : null;

  const result: IngestResult = { documents: [], written: [], parsed: 0 };
  const dedupe = idDeduper();
  let i = 0; // the file whose result comes next
  try {
    for await (const converted of ordered(files.length, task, convertFile, pool)) {
      const { doc, body } = converted;
      // Taking files in name order makes id collisions resolve the same way every time.
      const renamed = dedupe(doc);
      const sidecar = sidecarOf(doc.source.file);
      // Only the frontmatter changes (see frontmatterFor); the issues stay one list with `doc`'s.
      let head = converted.head;
      if (sidecar) {
        const model = { ...(converted.model ?? modelOf(head)), id: doc.id, issues: doc.issues };
        applySidecar(model, readFileSync(join(seedsDir, sidecar), 'utf8'), `${relative(process.cwd(), seedsDir) || '.'}/${sidecar}`);
        head = utf8(frontmatterFor(model));
      } else if (renamed) {
        head = withIdAndIssues(head, doc.id, doc.issues);
      }
      const name = `${doc.id}.mdx`;
      const path = join(contentDir, name);
      if (!existing.has(name) || !holds(readFileSync(path), head, body)) {
        writeBoth(path, head, body);
        result.written.push(path);
      }
      result.documents.push(doc);
      if (converted.parsed) result.parsed++;
      // What was converted, before the id and the sidecar changed it: the cache holds what the parser made.
      cache?.set(keys[i]!, converted, head === converted.head ? name : null);
      i++;
    }
  } finally {
    await pool?.close();
  }

  const keep = new Set(result.documents.map((d) => `${d.id}.mdx`));
  for (const old of existing) if (!keep.has(old)) rmSync(join(contentDir, old));
  await cache?.save();
  return result;
}
