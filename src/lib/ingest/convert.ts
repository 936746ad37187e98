import type { DocumentMetadata, DocumentModel } from '../model.ts';
import type { Extracted } from '../source/extract/index.ts';
import { frontmatterEnd, parseSource, readSource, renderOrFallBack, type SourceText } from './document.ts';
import { partSlug, PART_BYTES, splitText } from './parts.ts';
import { plainDocument } from '../parse/plain.ts';
import { FRONTMATTER_OPEN } from '../mdx/frontmatter.ts';

/**
 * One seed file → its model and MDX bytes: the unit of work of an ingest
 * worker thread (or of the main thread, which also takes some).
 */

/** The MDX file as UTF-8, up to the end of its frontmatter and from there on (see `frontmatterFor`). */
export interface MdxBytes {
  head: Uint8Array;
  body: Uint8Array;
}

export interface ConvertTask {
  file: string;
  bytes: Uint8Array;
  /** What the cache holds for these bytes: the MDX written from them last time, before ids were deduplicated. */
  cached: MdxBytes | null;
  /** The text of a file that is not plain text, read beforehand (extractors are asynchronous). */
  extracted?: Extracted | null;
  /** Why the file could not be read after all (gone or swapped since the listing): nothing to convert. */
  unreadable?: string;
}

/** A task with nothing to convert, handed back as it came so that results stay in file order. */
export interface Unreadable {
  unreadable: string;
}

/**
 * What ingest keeps of a document: its id, source and issues. The whole model
 * is the MDX file (metadata in its frontmatter, `modelOf`; text in its body);
 * sending it between threads and keeping ten thousand of them cost more than
 * anything ingest does with them.
 */
export type Ingested = Pick<DocumentModel, 'id' | 'source' | 'issues'>;

export interface Converted extends MdxBytes {
  /** The document published (see `renderOrFallBack`): what ingest keeps of it. */
  doc: Ingested;
  /** The model's metadata, from the thread that converted it, for a sidecar to correct; a worker leaves it out (see `Ingested`). */
  model?: DocumentMetadata;
  /** Parsed this time rather than taken from the cache. */
  parsed: boolean;
  /** The MDX of each further page of a text too long for one (parts.ts), by slug; never cached. */
  parts?: Array<{ slug: string; mdx: Uint8Array }>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let scratch = new Uint8Array(1 << 20);

/**
 * UTF-8 bytes of a string, in an array with a buffer of its own (so it can be
 * transferred). Encoding into one reused buffer and copying out costs 40 %
 * less than `TextEncoder.encode`, which allocates as it goes; our MDX is
 * mostly two-byte text, where encoding is a tenth of ingest.
 */
export function utf8(s: string): Uint8Array {
  if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3);
  return scratch.slice(0, encoder.encodeInto(s, scratch).written);
}

/** The metadata in the frontmatter of a converted file (the body holds the text). */
export function modelOf(head: Uint8Array): DocumentMetadata {
  return JSON.parse(decoder.decode(head).slice(FRONTMATTER_OPEN.length)) as DocumentMetadata;
}

const ingested = ({ id, source, issues }: DocumentMetadata): Ingested => ({ id, source, issues });

export function convertFile({ file, bytes, cached, extracted, unreadable }: ConvertTask): Converted | Unreadable {
  if (unreadable !== undefined) return { unreadable };
  if (cached) {
    const model = modelOf(cached.head);
    return { doc: ingested(model), model, ...cached, parsed: false };
  }
  const read = readSource(file, bytes, extracted);
  const pieces = splitText(read.text, PART_BYTES);
  const first = pieces.length > 1 ? { ...read, text: pieces[0]!.text } : read;
  const parsed = parseSource(first);
  // Before the document's own MDX: it lists the parts.
  const parts = pieces.length > 1 ? renderParts(pieces.slice(1), read, parsed) : undefined;
  const { mdx, doc } = renderOrFallBack(parsed, () => first.text);
  const end = frontmatterEnd(mdx);
  return { doc: ingested(doc), model: doc, head: utf8(mdx.slice(0, end)), body: utf8(mdx.slice(end)), parsed: true, ...(parts && { parts }) };
}

/**
 * A text's end is on its last page: the signer is read from there (the
 * metadata names who signed; the page shows the block where it stands), and
 * whether the text is complete is judged there, not on part 1, which always
 * stops mid-way.
 */
function endFromLastPart(doc: DocumentModel, last: string, read: SourceText): void {
  const end = parseSource({ ...read, text: last, notes: [] });
  const signed = (d: DocumentModel) => Boolean(d.signer.name || d.signer.title || d.signer.authority);
  if (!signed(doc) && signed(end)) doc.signer = end.signer;
  doc.issues = doc.issues.filter((i) => i.code !== 'incomplete');
  const incomplete = end.issues.find((i) => i.code === 'incomplete');
  if (incomplete) doc.issues.push(incomplete);
}

/**
 * The pages after the first of a text too long for one: each part plain
 * paragraphs (the structure is the first page's), rendered and checked like
 * any MDX, one at a time so that only one part's model is ever in memory.
 * The document lists them and says why in a note.
 */
function renderParts(pieces: ReturnType<typeof splitText>, read: SourceText, doc: DocumentModel): Array<{ slug: string; mdx: Uint8Array }> {
  endFromLastPart(doc, pieces[pieces.length - 1]!.text, read);
  doc.parts = [];
  const out = pieces.map((piece, k) => {
    const slug = partSlug(k + 2);
    const part = { ...plainDocument(piece.text, read.source, null), id: slug };
    const mdx = utf8(renderOrFallBack(part, () => piece.text).mdx);
    doc.parts!.push({ slug, line: piece.line, bytes: Buffer.byteLength(piece.text) });
    return { slug, mdx };
  });
  const mb = (n: number) => (n / 1e6).toLocaleString('vi', { maximumFractionDigits: 1 });
  doc.issues.push({
    level: 'warning',
    code: 'split',
    message: `Văn bản dài ${mb(Buffer.byteLength(read.text))} MB, quá giới hạn ${mb(PART_BYTES)} MB một trang: chia thành ${pieces.length + 1} phần, từ dòng ${[1, ...pieces.map((p) => p.line)].join(', ')}.`,
    line: pieces[0]!.line,
    action: 'Phần 1 ở trang này, phân tích đầy đủ; các phần sau mỗi phần một trang, dạng văn bản thuần; bản gốc đăng nguyên vẹn.',
  });
  return out;
}
