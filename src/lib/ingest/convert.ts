import type { DocumentModel } from '../model.ts';
import { frontmatterEnd, parseSource, readSource, renderOrFallBack } from './document.ts';

/**
 * One seed file → its model and MDX bytes: the unit of work of an ingest
 * worker thread (or of the main thread, which also takes some).
 */

export interface ConvertTask {
  file: string;
  bytes: Uint8Array;
  /** The model cached for these bytes, as JSON; null to parse them. */
  cached: string | null;
  /** Return the model as JSON too, for the cache. */
  cache: boolean;
}

export interface Converted {
  doc: DocumentModel;
  /** The plain-text model published instead, when the document's MDX failed the safety check. */
  fallback: DocumentModel | null;
  /** The MDX file as UTF-8, up to the end of its frontmatter and from there on (see `frontmatterFor`). */
  head: Uint8Array;
  body: Uint8Array;
  /** The model as JSON when it was parsed this time and a cache wants it. */
  json: string | null;
  /** Parsed this time rather than taken from the cache. */
  parsed: boolean;
}

const encoder = new TextEncoder();

export function convertFile({ file, bytes, cached, cache }: ConvertTask): Converted {
  let decoded: ReturnType<typeof readSource> | null = null;
  const read = () => (decoded ??= readSource(file, bytes));
  let doc = cached === null ? null : fromJson(cached);
  const parsed = doc === null;
  let json: string | null = null;
  if (!doc) {
    const { text, source, notes } = read();
    doc = parseSource(text, source, notes);
    if (cache) json = JSON.stringify(doc);
  }
  const { mdx, fallback } = renderOrFallBack(doc, () => read().text);
  const end = frontmatterEnd(mdx);
  // TextEncoder gives each array its own buffer, which can then be transferred.
  return { doc, fallback, head: encoder.encode(mdx.slice(0, end)), body: encoder.encode(mdx.slice(end)), json, parsed };
}

/** A cached model; an entry that does not parse counts as none. */
function fromJson(json: string): DocumentModel | null {
  try {
    return JSON.parse(json) as DocumentModel;
  } catch {
    return null;
  }
}
