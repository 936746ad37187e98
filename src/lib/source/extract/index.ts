import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QualityIssue } from '../../model.ts';
import { decode, vietnameseScore } from '../decode.ts';
import { detectFormat, type SourceFormat } from './formats.ts';
import { htmlToText } from './html.ts';
import { jsonToText } from './json.ts';
import { ocrMissing, ocrScan, type UncertainWord } from './ocr.ts';
import { pdfToText } from './pdf.ts';
import { docToText, docxToText } from './word.ts';

/**
 * Any seed file → the text the parser reads. Plain text needs no extractor
 * (`decode.ts` reads it, in whatever encoding); every other format has one,
 * and each says how it read the file and what it could not do. Nothing here
 * throws for a bad file: an unreadable one gives an empty text and an error.
 */

export interface Extracted {
  format: SourceFormat;
  text: string;
  /** How the text was obtained, shown on the page: "lớp chữ PDF", "OCR (Tesseract, tiếng Việt)"… */
  method: string;
  /** What could not be read, or read only with doubt. */
  notes: QualityIssue[];
  /** The text is not to be parsed into a structure (a scan's garbled OCR layer): published line by line. */
  plain?: boolean;
  /** Words OCR read with little confidence (a handwritten number): no value is taken from them. */
  uncertain?: UncertainWord[];
}

/** Letters a page of a PDF's text layer must average to count as text, not a scan. */
const MIN_LETTERS_PER_PAGE = 40;

const note = (level: QualityIssue['level'], code: string, message: string, action: string): QualityIssue => ({ level, code, message, line: null, action });

/**
 * How Vietnamese a text reads, per word (decode.ts's score: common words 3,
 * well-formed marked syllables 1, impossible ones −2). A PDF's real text layer
 * scores 1.3 to 1.6 a word; a scanner's OCR layer that garbled the marks ("CONG
 * HOA xA HQI CilUNGHIA", "Dà Näng") 0.3 at most.
 */
export function vietnameseDensity(text: string): number {
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  return words < 30 ? Infinity : vietnameseScore(text) / words;
}

/** Below this density, a text layer is the scanner's garbled OCR. */
const GARBLED = 0.7;

async function scan(bytes: Uint8Array, kind: 'pdf' | 'image', layer: string): Promise<Extracted> {
  const format: SourceFormat = kind;
  const missing = await ocrMissing();
  if (missing) {
    const what = layer.trim() ? 'Bản quét: lớp chữ sẵn có trong tệp do máy quét nhận dạng, nhiều lỗi' : 'Bản quét không có lớp chữ';
    return {
      format,
      text: layer,
      method: layer.trim() ? 'lớp chữ của máy quét (chưa nhận dạng lại)' : 'chưa nhận dạng',
      plain: true,
      notes: [
        note(
          'error',
          'needs-ocr',
          `${what}; cần nhận dạng chữ (OCR) nhưng ${missing}.`,
          'Đăng nguyên lớp chữ sẵn có (nếu có) dưới dạng văn bản thuần, kèm bản gốc; cài OCR rồi dựng lại.',
        ),
      ],
    };
  }
  const read = await ocrScan(bytes, kind);
  return {
    format,
    text: read.text,
    method: `nhận dạng chữ (OCR Tesseract, tiếng Việt, ${read.pages} trang)`,
    uncertain: read.uncertain,
    notes: [note('warning', 'ocr', `Văn bản được nhận dạng từ bản quét (${read.pages} trang): có thể sai chữ, số.`, 'Đối chiếu với bản gốc trước khi dùng.')],
  };
}

async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const { pages, letters } = await pdfToText(bytes);
  const text = pages.join('\n\n');
  const total = letters.reduce((a, b) => a + b, 0);
  if (total < MIN_LETTERS_PER_PAGE * pages.length || vietnameseDensity(text) < GARBLED) return scan(bytes, 'pdf', text);
  return { format: 'pdf', text, method: `lớp chữ PDF (${pages.length} trang)`, notes: [] };
}

async function extractBinary(format: SourceFormat, bytes: Uint8Array): Promise<Extracted> {
  switch (format) {
    case 'pdf':
      return extractPdf(bytes);
    case 'image':
      return scan(bytes, 'image', '');
    case 'docx':
    case 'doc': {
      const { text, warnings } = format === 'docx' ? await docxToText(bytes) : await docToText(bytes);
      const notes = warnings.length
        ? [note('info', 'word-conversion', `Trình đọc Word báo: ${[...new Set(warnings)].slice(0, 3).join('; ')}.`, 'Giữ phần văn bản đọc được; xem bản gốc.')]
        : [];
      return { format, text, method: format === 'docx' ? 'tệp Word (.docx)' : 'tệp Word 97–2003 (.doc)', notes };
    }
    default:
      throw new Error(`no extractor for ${format}`);
  }
}

/** Text formats that still need reading past their encoding: a web page's markup, a crawler's JSON. */
function extractDecoded(format: SourceFormat, text: string): Extracted | null {
  if (format === 'html') return { format, text: htmlToText(text), method: 'trang web (HTML)', notes: [] };
  if (format === 'json') {
    const found = jsonToText(text);
    if (found) return { format, text: found.text, method: `bản ghi JSON (trường "${found.field}")`, notes: [] };
    return null;
  }
  return null;
}

/**
 * The text of a file that is not plain text, or null when it is (decode it).
 * A file the extractor fails on yields an empty text and the reason, naming the file.
 */
export async function extractText(file: string, bytes: Uint8Array): Promise<Extracted | null> {
  const format = detectFormat(file, bytes);
  if (format === 'text') return null;
  try {
    if (format === 'html' || format === 'json') return extractDecoded(format, decode(bytes).text);
    return await extractBinary(format, bytes);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/u, '');
    return {
      format,
      text: '',
      method: 'không đọc được',
      plain: true,
      notes: [note('error', 'unreadable-file', `Không đọc được tệp ${file} (${format}): ${message}.`, 'Đăng trang kèm bản gốc; cần thay tệp.')],
    };
  }
}

let version: Promise<string> | null = null;

/** A digest of the extractors' own code: a change to any of them reads every file again. */
function extractorVersion(): Promise<string> {
  version ??= (async () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort()) hash.update(f).update(await readFile(join(dir, f)));
    return hash.digest('hex').slice(0, 12);
  })();
  return version;
}

/**
 * Whether a reading may be kept for the next run: not one that depends on what
 * is installed (OCR missing: installing it must change the page), nor a
 * failure (the next run tries again).
 */
export const lasting = (notes: Array<{ code: string }>) => !notes.some((n) => n.code === 'needs-ocr' || n.code === 'unreadable-file');

/**
 * `extractText` with its result kept on disk by the bytes' digest: OCR takes
 * seconds a page, and the build publishes each file's text again after ingest.
 */
export async function extractCached(file: string, bytes: Uint8Array, cacheDir: string): Promise<Extracted | null> {
  if (detectFormat(file, bytes) === 'text') return null;
  const key = createHash('sha256')
    .update(await extractorVersion())
    .update(bytes)
    .digest('hex');
  const path = join(cacheDir, `${key}.json`);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Extracted;
  } catch {
    // Not cached yet, or unreadable: extract anew.
  }
  const extracted = await extractText(file, bytes);
  if (extracted && lasting(extracted.notes)) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${path}.tmp`, JSON.stringify(extracted));
    await rename(`${path}.tmp`, path);
  }
  return extracted;
}
