import type { DocumentMetadata, DocumentModel, QualityIssue, SourceInfo } from '../model.ts';
import { createHash } from 'node:crypto';
import { decode } from '../source/decode.ts';
import type { Extracted } from '../source/extract/index.ts';
import type { UncertainWord } from '../source/extract/ocr.ts';
import { normalizeText, type NormalizeReport } from '../text/normalize.ts';
import { withoutBidi } from '../text/controls.ts';
import { parseDocument } from '../parse/index.ts';
import { plainDocument } from '../parse/plain.ts';
import { toMdast } from '../mdx/to-mdast.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import { findCode } from '../mdx/verify.ts';
import { FRONTMATTER_CLOSE, FRONTMATTER_OPEN, writeFrontmatter } from '../mdx/frontmatter.ts';

/**
 * One source file's way through ingest, in memory: bytes → text → model → MDX.
 * Nothing here reads or writes files, so it runs the same in a worker thread.
 */

/** What `readSource` gives the parser: NFC text, where it came from, notes on reading it. */
export interface SourceText {
  text: string;
  source: SourceInfo;
  notes: QualityIssue[];
  /** Publish line by line, without parsing a structure (a scan nobody could read). */
  plain: boolean;
  /** Words OCR read with little confidence, by line: no number or date is taken from them. */
  uncertain: UncertainWord[];
}

/**
 * Bytes → NFC text, with notes on what had to be done to get there. A file that
 * is not plain text comes with the text its extractor read (`extract/`).
 */
export function readSource(file: string, bytes: Uint8Array, extracted: Extracted | null = null): SourceText {
  if (extracted) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const source: SourceInfo = { file, sha256, encoding: extracted.method, bytes: bytes.length, format: extracted.format, readAsIs: false };
    const normalized = normalizeText(extracted.text);
    const notes = [...extracted.notes, ...controlNotes(normalized)];
    if (!normalized.text.trim() && !notes.some((n) => n.level === 'error')) {
      notes.push({
        level: 'error',
        code: 'empty',
        message: `Không đọc được chữ nào trong tệp (${extracted.method}).`,
        line: null,
        action: 'Đăng trang kèm bản gốc.',
      });
    }
    return { text: normalized.text, source, notes, plain: extracted.plain ?? false, uncertain: extracted.uncertain ?? [] };
  }
  const decoded = decode(bytes);
  const normalized = normalizeText(decoded.text);
  // The text as read (integrations/open-data.ts) is the decoded file less its control and bidi characters.
  const { controlLines, bidiLines } = normalized.controls;
  const source: SourceInfo = {
    file,
    sha256: decoded.sha256,
    encoding: decoded.encoding,
    bytes: decoded.bytes,
    format: 'text',
    readAsIs: /\.txt$/i.test(file) && decoded.encoding === 'utf-8' && !controlLines.length && !bidiLines.length,
  };
  const notes: QualityIssue[] = [];
  if (decoded.binary) {
    notes.push({
      level: 'error',
      code: 'binary',
      message: 'Tệp không phải văn bản (dữ liệu nhị phân).',
      line: null,
      action: 'Đăng trang trống kèm cảnh báo; cần thay tệp.',
    });
  } else if (!normalized.text.trim()) {
    notes.push({ level: 'error', code: 'empty', message: 'Tệp rỗng.', line: null, action: 'Đăng trang trống kèm cảnh báo.' });
  }
  if (!decoded.binary && !decoded.encoding.startsWith('utf-')) {
    notes.push({
      level: 'warning',
      code: 'legacy-encoding',
      message: `Tệp không phải Unicode; đã đọc theo bảng mã ${decoded.encoding}.`,
      line: null,
      action: 'Chuyển sang Unicode (NFC).',
    });
  }
  notes.push(...controlNotes(normalized));
  if (normalized.wasDecomposed) {
    notes.push({ level: 'info', code: 'nfd', message: 'Văn bản có chữ tổ hợp (NFD).', line: null, action: 'Chuẩn hóa về NFC.' });
  }
  return { text: normalized.text, source, notes, plain: false, uncertain: [] };
}

/** Lines as a note lists them: the first few, then how many more. */
const lineList = (lines: number[]) => `${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ` và ${lines.length - 8} dòng khác` : ''}`;

/** A quality note for each kind of control character the text held (text/controls.ts). */
function controlNotes({ controls }: NormalizeReport): QualityIssue[] {
  const notes: QualityIssue[] = [];
  const { controlLines, bidiLines, controlChars, bidiChars } = controls;
  if (controlLines.length) {
    notes.push({
      level: 'warning',
      code: 'control-chars',
      message: `Ký tự điều khiển (${controlChars.join(', ')}) ở dòng ${lineList(controlLines)}.`,
      line: controlLines[0]!,
      action: 'Thay mỗi ký tự bằng một dấu cách; bản gốc giữ nguyên.',
    });
  }
  if (bidiLines.length) {
    notes.push({
      level: 'warning',
      code: 'bidi-chars',
      message: `Ký tự đảo chiều văn bản (${bidiChars.join(', ')}) ở dòng ${lineList(bidiLines)}.`,
      line: bidiLines[0]!,
      action: 'Bỏ khỏi tiêu đề và thông tin văn bản; trong toàn văn hiện thành ký hiệu như ⟨U+202E⟩, không còn tác dụng.',
    });
  }
  return notes;
}

/** Parses decoded text; a parser failure becomes a plain-text document, never a lost file. */
export function parseSource({ text, source, notes, plain, uncertain }: SourceText): DocumentModel {
  let doc: DocumentModel;
  try {
    doc = plain ? plainDocument(text, source, null) : parseDocument(text, source, uncertain);
  } catch (error) {
    doc = plainDocument(text, source, error);
  }
  doc.issues.unshift(...notes);
  if (notes.some((n) => n.code === 'bidi-chars')) metadataWithoutBidi(doc);
  return doc;
}

/** Bidi controls are shown inert in the body; in a title, a name or a number they are dropped (text/controls.ts). */
function metadataWithoutBidi(doc: DocumentModel): void {
  const clean = <T extends string | null>(s: T): T => (s === null ? s : (withoutBidi(s) as T));
  doc.subject = clean(doc.subject);
  doc.place = clean(doc.place);
  if (doc.number) doc.number.symbol = clean(doc.number.symbol);
  if (doc.authority) doc.authority = { ...doc.authority, name: clean(doc.authority.name), parent: clean(doc.authority.parent) };
  doc.signer = { name: clean(doc.signer.name), title: clean(doc.signer.title), authority: clean(doc.signer.authority) };
  for (const i of doc.instruments) Object.assign(i, { subject: clean(i.subject), issuer: clean(i.issuer), name: clean(i.name) });
}

/** The MDX text for a document; refuses to return anything a compiler would run. */
export function renderMdx(doc: DocumentModel): string {
  const mdx = serializeMdx(toMdast(doc));
  const code = findCode(mdx);
  if (code.length) throw new Error(`Generated MDX for ${doc.source.file} contains code: ${code.join(', ')}`);
  return mdx;
}

export interface Rendered {
  mdx: string;
  /**
   * The model published: the document itself, or, when its MDX failed the
   * safety check, its plain-text fallback under its id and with both lists of issues.
   */
  doc: DocumentModel;
}

/** A document whose MDX fails the safety check is published as plain text (the whole source) instead. */
export function renderOrFallBack(doc: DocumentModel, text: () => string): Rendered {
  try {
    return { mdx: renderMdx(doc), doc };
  } catch (error) {
    const fallback = plainDocument(text(), doc.source, error);
    const published = { ...fallback, id: doc.id, issues: [...doc.issues, ...fallback.issues], ...(doc.parts && { parts: doc.parts }) };
    return { mdx: renderMdx(published), doc: published };
  }
}

/** End of the frontmatter: the `---` line that closes it (JSON never holds one). */
export function frontmatterEnd(mdx: string): number {
  const end = mdx.indexOf(FRONTMATTER_CLOSE, FRONTMATTER_OPEN.length);
  if (!mdx.startsWith(FRONTMATTER_OPEN) || end < 0) throw new Error('Generated MDX does not start with a frontmatter block.');
  return end;
}

/**
 * The frontmatter for a document changed after it was rendered (a sidecar's
 * corrections; a new id and issues are patched in by `withIdAndIssues`), up to
 * `frontmatterEnd`. Only the frontmatter carries the metadata: the body after it
 * stays as rendered and checked (tests/unit/ingest/ holds this to `renderMdx`).
 */
export function frontmatterFor(doc: DocumentMetadata): string {
  return `${FRONTMATTER_OPEN}${writeFrontmatter(doc)}`;
}
