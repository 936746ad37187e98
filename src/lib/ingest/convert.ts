import type { DocumentModel } from '../model.ts';
import type { Extracted } from '../source/extract/index.ts';
import { frontmatterEnd, parseSource, readSource, renderOrFallBack } from './document.ts';
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
}

/**
 * What ingest keeps of a document: its id, source and issues. The whole model
 * is the MDX's frontmatter (`modelOf`); sending it between threads and keeping
 * ten thousand of them cost more than anything ingest does with them.
 */
export type Ingested = Pick<DocumentModel, 'id' | 'source' | 'issues'>;

export interface Converted extends MdxBytes {
  /** The model published (see `renderOrFallBack`), as the frontmatter holds it. */
  doc: Ingested;
  /** The whole model, from the thread that converted it, for a sidecar to correct; a worker leaves it out (see `Ingested`). */
  model?: DocumentModel;
  /** Parsed this time rather than taken from the cache. */
  parsed: boolean;
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

/** The model in the frontmatter of a converted file. */
export function modelOf(head: Uint8Array): DocumentModel {
  return JSON.parse(decoder.decode(head).slice(FRONTMATTER_OPEN.length)) as DocumentModel;
}

const ingested = ({ id, source, issues }: DocumentModel): Ingested => ({ id, source, issues });

export function convertFile({ file, bytes, cached, extracted }: ConvertTask): Converted {
  if (cached) {
    const model = modelOf(cached.head);
    return { doc: ingested(model), model, ...cached, parsed: false };
  }
  const read = readSource(file, bytes, extracted);
  const { mdx, doc } = renderOrFallBack(parseSource(read), () => read.text);
  const end = frontmatterEnd(mdx);
  return { doc: ingested(doc), model: doc, head: utf8(mdx.slice(0, end)), body: utf8(mdx.slice(end)), parsed: true };
}
