import type { DocumentModel } from '../model.ts';
import { frontmatterEnd, parseSource, readSource, renderOrFallBack } from './document.ts';

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
}

export interface Converted extends MdxBytes {
  /** The model published (see `renderOrFallBack`), as the frontmatter holds it. */
  doc: DocumentModel;
  /** Parsed this time rather than taken from the cache. */
  parsed: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function convertFile({ file, bytes, cached }: ConvertTask): Converted {
  if (cached) {
    const doc = JSON.parse(decoder.decode(cached.head).slice('---\n'.length)) as DocumentModel;
    return { doc, ...cached, parsed: false };
  }
  const { text, source, notes } = readSource(file, bytes);
  const { mdx, doc } = renderOrFallBack(parseSource(text, source, notes), () => text);
  const end = frontmatterEnd(mdx);
  // TextEncoder gives each array its own buffer, which can then be transferred.
  return { doc, head: encoder.encode(mdx.slice(0, end)), body: encoder.encode(mdx.slice(end)), parsed: true };
}
