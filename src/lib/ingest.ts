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
}

/** Reads and parses one source file; never throws for bad content. */
export async function ingestFile(dir: string, file: string): Promise<DocumentModel> {
  const bytes = await readFile(join(dir, file));
  const decoded = decode(bytes);
  const source: SourceInfo = { file, sha256: decoded.sha256, encoding: decoded.encoding, bytes: decoded.bytes };
  const normalized = normalizeText(decoded.text);
  const notes: QualityIssue[] = [];
  if (decoded.binary) {
    notes.push({ level: 'error', code: 'binary', message: 'Tệp không phải văn bản (dữ liệu nhị phân).', line: null, action: 'Đăng trang trống kèm cảnh báo; cần thay tệp.' });
  } else if (!normalized.text.trim()) {
    notes.push({ level: 'error', code: 'empty', message: 'Tệp rỗng.', line: null, action: 'Đăng trang trống kèm cảnh báo.' });
  }
  if (decoded.encoding === 'windows-1258') {
    notes.push({ level: 'warning', code: 'legacy-encoding', message: 'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258.', line: null, action: 'Chuyển sang Unicode (NFC).' });
  }
  if (normalized.wasDecomposed) {
    notes.push({ level: 'info', code: 'nfd', message: 'Văn bản có chữ tổ hợp (NFD).', line: null, action: 'Chuẩn hóa về NFC.' });
  }
  let doc: DocumentModel;
  try {
    doc = parseDocument(normalized.text, source);
  } catch (error) {
    doc = plainDocument(normalized.text, source, error);
  }
  doc.issues.unshift(...notes);
  return doc;
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

/** A document whose MDX fails the safety check is published as plain text instead. */
function renderOrFallBack(doc: DocumentModel): string {
  try {
    return renderMdx(doc);
  } catch (error) {
    const plain = plainDocument([doc.header.map((h) => h.text), doc.preamble].flat().join('\n'), doc.source, error);
    return renderMdx({ ...plain, id: doc.id, issues: [...doc.issues, ...plain.issues] });
  }
}

export async function ingest(seedsDir: string, contentDir: string): Promise<IngestResult> {
  const files = (await readdir(seedsDir)).filter((f) => SOURCE_PATTERN.test(f)).sort();
  const documents: DocumentModel[] = [];
  for (const file of files) documents.push(await ingestFile(seedsDir, file));
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
    const mdx = renderOrFallBack(doc);
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current !== mdx) {
      await writeFile(path, mdx);
      written.push(path);
    }
  }
  return { documents, written };
}
