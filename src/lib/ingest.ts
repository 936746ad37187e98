import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel, QualityIssue, SourceInfo } from './model.ts';
import { decode } from './source/decode.ts';
import { normalizeText } from './text/normalize.ts';
import { parseDocument } from './parse/index.ts';
import { plainDocument } from './parse/plain.ts';
import { toMdast } from './mdx/to-mdast.ts';
import { serializeMdx } from './mdx/serialize.ts';
import { findCode } from './mdx/verify.ts';
import { openCache } from './ingest-cache.ts';

/**
 * seeds/ → content/: every source file becomes one MDX file, whatever state it
 * is in. A file that cannot be parsed is still published as plain text with an
 * error in its quality report; nothing stops the others.
 */

export const SOURCE_PATTERN = /\.(txt|md)$/i;

export interface IngestResult {
  documents: DocumentModel[];
  /** Files written or rewritten this run. */
  written: string[];
  /** Source files parsed this run (the rest came from the cache). */
  parsed: number;
}

/** Bytes → NFC text, with notes on what had to be done to get there. */
function readSource(file: string, bytes: Buffer): { text: string; source: SourceInfo; notes: QualityIssue[] } {
  const decoded = decode(bytes);
  const source: SourceInfo = { file, sha256: decoded.sha256, encoding: decoded.encoding, bytes: decoded.bytes };
  const normalized = normalizeText(decoded.text);
  const notes: QualityIssue[] = [];
  if (decoded.binary) {
    notes.push({ level: 'error', code: 'binary', message: 'Tệp không phải văn bản (dữ liệu nhị phân).', line: null, action: 'Đăng trang trống kèm cảnh báo; cần thay tệp.' });
  } else if (!normalized.text.trim()) {
    notes.push({ level: 'error', code: 'empty', message: 'Tệp rỗng.', line: null, action: 'Đăng trang trống kèm cảnh báo.' });
  }
  if (!decoded.binary && !decoded.encoding.startsWith('utf-')) {
    notes.push({ level: 'warning', code: 'legacy-encoding', message: `Tệp không phải Unicode; đã đọc theo bảng mã ${decoded.encoding}.`, line: null, action: 'Chuyển sang Unicode (NFC).' });
  }
  if (normalized.wasDecomposed) {
    notes.push({ level: 'info', code: 'nfd', message: 'Văn bản có chữ tổ hợp (NFD).', line: null, action: 'Chuẩn hóa về NFC.' });
  }
  return { text: normalized.text, source, notes };
}

/** Parses decoded text; a parser failure becomes a plain-text document, never a lost file. */
function parseSource(text: string, source: SourceInfo, notes: QualityIssue[]): DocumentModel {
  let doc: DocumentModel;
  try {
    doc = parseDocument(text, source);
  } catch (error) {
    doc = plainDocument(text, source, error);
  }
  doc.issues.unshift(...notes);
  return doc;
}

/** Reads and parses one source file; never throws for bad content. */
export async function ingestFile(dir: string, file: string): Promise<DocumentModel> {
  const { text, source, notes } = readSource(file, await readFile(join(dir, file)));
  return parseSource(text, source, notes);
}

/** Gives every document a unique id; later duplicates get `-2`, `-3`… and a warning. */
export function dedupeIds(docs: DocumentModel[]): void {
  const seen = new Map<string, DocumentModel>();
  const bySha = new Map<string, DocumentModel>();
  for (const doc of docs) {
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
  }
}

/** The MDX text for a document; refuses to return anything a compiler would run. */
export function renderMdx(doc: DocumentModel): string {
  const mdx = serializeMdx(toMdast(doc));
  const code = findCode(mdx);
  if (code.length) throw new Error(`Generated MDX for ${doc.source.file} contains code: ${code.join(', ')}`);
  return mdx;
}

/** A document whose MDX fails the safety check is published as plain text (the whole source) instead. */
function renderOrFallBack(doc: DocumentModel, text: string): string {
  try {
    return renderMdx(doc);
  } catch (error) {
    const plain = plainDocument(text, doc.source, error);
    return renderMdx({ ...plain, id: doc.id, issues: [...doc.issues, ...plain.issues] });
  }
}

export interface IngestOptions {
  /** Where parsed models are cached between runs; no cache when absent. */
  cacheDir?: string;
}

/**
 * seeds/ → content/. A file whose bytes, name and parser are unchanged is not
 * parsed again: its model comes from the cache. Ids are deduplicated afresh
 * every run, so a cached run and a clean run write the same files.
 */
export async function ingest(seedsDir: string, contentDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const files = (await readdir(seedsDir)).filter((f) => SOURCE_PATTERN.test(f)).sort();
  const cache = options.cacheDir ? await openCache(options.cacheDir) : null;
  const documents: DocumentModel[] = [];
  const texts = new Map<DocumentModel, string>();
  let parsed = 0;
  for (const file of files) {
    const bytes = await readFile(join(seedsDir, file));
    const { text, source, notes } = readSource(file, bytes);
    let doc = cache ? await cache.get(file, bytes) : null;
    if (!doc) {
      doc = parseSource(text, source, notes);
      parsed++;
      await cache?.set(file, bytes, doc);
    }
    documents.push(doc);
    texts.set(doc, text);
  }
  // Sorting by file name first makes id collisions resolve the same way every time.
  dedupeIds(documents);

  await mkdir(contentDir, { recursive: true });
  const keep = new Set(documents.map((d) => `${d.id}.mdx`));
  for (const old of await readdir(contentDir)) {
    if (old.endsWith('.mdx') && !keep.has(old)) await rm(join(contentDir, old));
  }
  const written: string[] = [];
  for (const doc of documents) {
    const path = join(contentDir, `${doc.id}.mdx`);
    const mdx = renderOrFallBack(doc, texts.get(doc)!);
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current !== mdx) {
      await writeFile(path, mdx);
      written.push(path);
    }
  }
  await cache?.prune();
  return { documents, written, parsed };
}
