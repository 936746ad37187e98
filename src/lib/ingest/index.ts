import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writevSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import type { DocumentMetadata, DocumentModel } from '../model.ts';
import type { OnProgress } from '../progress.ts';
import { cacheKey, openCache, type IngestCache } from './cache.ts';
import { mapLimit } from '../map-limit.ts';
import { frontmatterFor, parseSource, readSource } from './document.ts';
import { convertFile, modelOf, utf8, type Converted, type ConvertTask, type Ingested, type Unreadable } from './convert.ts';
import { ordered, workerPool } from './pool.ts';
import { applySidecar } from '../source/sidecar.ts';
import { withIdAndIssues } from '../mdx/frontmatter.ts';
import { SOURCE_PATTERN } from '../source/extract/formats.ts';
import { extractCached, lasting, type Extracted } from '../source/extract/index.ts';
import { EXTRACT_CACHE_DIR } from '../paths.ts';
import { listFolder, readInside, UnreadableEntry, writeSkipped, type SkippedEntry } from '../source/folder.ts';

export { renderMdx } from './document.ts';

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
  /** Entries of the input folder not read (links out, folders, FIFOs, files gone…): see source/folder.ts. */
  skipped: SkippedEntry[];
}

/** Reads and parses one source file, of any format; never throws for bad content. */
export async function ingestFile(dir: string, file: string, extractCacheDir = EXTRACT_CACHE_DIR): Promise<DocumentModel> {
  const bytes = readInside(dir, file);
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
      doc.issues.push({
        level: 'warning',
        code: 'duplicate-file',
        message: `Nội dung trùng hoàn toàn với tệp ${twin.source.file}.`,
        line: null,
        action: 'Giữ cả hai, với mã khác nhau.',
      });
    } else {
      bySha.set(doc.source.sha256, doc);
    }
    const base = doc.id;
    for (let n = 2; seen.has(doc.id); n++) doc.id = `${base}-${n}`;
    if (doc.id !== base) {
      doc.issues.push({
        level: 'warning',
        code: 'duplicate-id',
        message: `Mã "${base}" đã dùng cho ${seen.get(base)!.source.file}.`,
        line: null,
        action: `Đổi mã thành "${doc.id}".`,
      });
    }
    seen.set(doc.id, doc);
    return doc.id !== base || doc.issues.length !== issues;
  };
}

/** Sidecars: corrections by hand, `seeds/<name>.yaml` beside the document. */
const SIDECAR_PATTERN = /\.ya?ml$/i;

/** Applies a sidecar to `model`; one that cannot be read (gone since the listing) is an error on the document. */
function applySidecarFile(model: DocumentMetadata, seedsDir: string, sidecar: string): void {
  const name = `${relative(process.cwd(), seedsDir) || '.'}/${sidecar}`;
  try {
    applySidecar(model, readInside(seedsDir, sidecar).toString('utf8'), name);
  } catch (error) {
    model.issues.push({
      level: 'error',
      code: 'sidecar',
      message: `Tệp bổ sung ${(error as Error).message}.`,
      line: null,
      file: name,
      action: 'Bỏ qua tệp bổ sung.',
    });
  }
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
    let bytes: Buffer;
    try {
      bytes = readInside(seedsDir, file);
    } catch {
      return; // the convert loop reads it again and reports it
    }
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

/** The further pages of a text in parts, as `content/<id>/<slug>.mdx`, replacing what the folder held. */
function writeParts(contentDir: string, id: string, parts: NonNullable<Converted['parts']>): void {
  const dir = join(contentDir, id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const { slug, mdx } of parts) writeFileSync(join(dir, `${slug}.mdx`), mdx);
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
  /** Told after each file with the files done and the total (a progress line: lib/progress.ts). */
  onProgress?: OnProgress;
}

/** A worker spends ~0.5 s of CPU loading the parser and the MDX writer: as long as this many files take to convert. */
const MIN_FILES_FOR_WORKERS = 50;

const WORKER = new URL('./worker.ts', import.meta.url);

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
  const listing = listFolder(seedsDir, (name) => SOURCE_PATTERN.test(name) || SIDECAR_PATTERN.test(name));
  const files = listing.files.filter((f) => SOURCE_PATTERN.test(f));
  // Corrections by hand: seeds/<name>.yaml beside seeds/<name>.txt (applied after the cache, so editing one re-parses nothing).
  const sidecars = new Set(listing.files.filter((f) => SIDECAR_PATTERN.test(f)));
  const sidecarOf = (file: string) => [file.replace(SOURCE_PATTERN, '.yaml'), file.replace(SOURCE_PATTERN, '.yml')].find((f) => sidecars.has(f)) ?? null;
  const cache = options.cacheDir ? await openCache(options.cacheDir, contentDir) : null;
  await mkdir(contentDir, { recursive: true });
  const existing = new Set((await readdir(contentDir)).filter((f) => f.endsWith('.mdx')));
  const keys: string[] = []; // the cache key of each file read so far
  const extracted = await extractAll(seedsDir, files, cache, options.extractCacheDir ?? EXTRACT_CACHE_DIR);
  const task = (i: number): ConvertTask => {
    const file = files[i]!;
    let bytes: Buffer;
    try {
      bytes = readInside(seedsDir, file);
    } catch (error) {
      // Gone or swapped since the listing: skipped like any entry that is not a file.
      if (error instanceof UnreadableEntry) return { file, bytes: new Uint8Array(0), cached: null, unreadable: error.message };
      throw error;
    }
    if (!cache) return { file, bytes, cached: null, extracted: extracted.get(file) ?? null };
    keys[i] = cacheKey(file, bytes);
    const cached = cache.get(keys[i]);
    return { file, bytes, cached, extracted: cached ? null : (extracted.get(file) ?? null) };
  };
  const workers = Math.min(options.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() - 1 : 0), files.length);
  const pool = workers > 0 ? workerPool<ConvertTask, Converted | Unreadable>(WORKER, workers) : null;

  const result: IngestResult = { documents: [], written: [], parsed: 0, skipped: listing.skipped };
  const dedupe = idDeduper();
  const partsWritten: string[] = [];
  let i = 0; // the file whose result comes next
  try {
    for await (const converted of ordered(files.length, task, convertFile, pool)) {
      if ('unreadable' in converted) {
        result.skipped.push({ file: files[i]!, reason: converted.unreadable });
        i++;
        options.onProgress?.(i, files.length);
        continue;
      }
      const { doc, body } = converted;
      // Taking files in name order makes id collisions resolve the same way every time.
      const renamed = dedupe(doc);
      const sidecar = sidecarOf(doc.source.file);
      // Only the frontmatter changes (see frontmatterFor); the issues stay one list with `doc`'s.
      let head = converted.head;
      if (sidecar) {
        const model = { ...(converted.model ?? modelOf(head)), id: doc.id, issues: doc.issues };
        applySidecarFile(model, seedsDir, sidecar);
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
      if (converted.parts) {
        writeParts(contentDir, doc.id, converted.parts);
        partsWritten.push(doc.id);
      }
      result.documents.push(doc);
      if (converted.parsed) result.parsed++;
      // What was converted, before the id and the sidecar changed it: the cache holds what the parser made.
      // A text in parts is parsed again every time: rare, and its parts would double the cache. So is a scan read without OCR.
      if (!converted.parts && lasting(doc.issues)) cache?.set(keys[i]!, converted, head === converted.head ? name : null);
      i++;
      options.onProgress?.(i, files.length);
    }
  } finally {
    await pool?.close();
  }

  const keep = new Set(result.documents.map((d) => `${d.id}.mdx`));
  for (const old of existing) if (!keep.has(old)) rmSync(join(contentDir, old));
  // Folders of parts (content/<id>/phan-2.mdx…) whose document is gone or now fits on one page.
  const split = new Set(partsWritten);
  for (const entry of await readdir(contentDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !split.has(entry.name)) rmSync(join(contentDir, entry.name), { recursive: true, force: true });
  }
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeSkipped(contentDir, result.skipped);
  await cache?.save();
  return result;
}
