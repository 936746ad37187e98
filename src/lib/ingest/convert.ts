import type { DocumentModel } from '../model.ts';
import { frontmatterEnd, frontmatterFor, parseSource, readSource, renderOrFallBack } from './document.ts';

/**
 * One seed file → its model and MDX bytes: the unit of work of an ingest
 * worker thread (or of the main thread, which also takes some).
 */

export interface ConvertTask {
  file: string;
  bytes: Uint8Array;
  /** What the cache holds for these bytes (see `Converted.json`); null to parse them. */
  cached: string | null;
  /** Return the result as JSON too, for the cache. */
  cache: boolean;
}

export interface Converted {
  doc: DocumentModel;
  /** The plain-text model published instead, when the document's MDX failed the safety check. */
  fallback: DocumentModel | null;
  /** The MDX file as UTF-8, up to the end of its frontmatter and from there on (see `frontmatterFor`). */
  head: Uint8Array;
  body: Uint8Array;
  /** Model, fallback and MDX body as JSON, when parsed this time and a cache wants them. */
  json: string | null;
  /** Parsed this time rather than taken from the cache. */
  parsed: boolean;
}

/** A cache entry: the body is kept too, so an unchanged file costs neither a parse nor a render. */
interface CacheEntry {
  doc: DocumentModel;
  fallback: DocumentModel | null;
  body: string;
}

const encoder = new TextEncoder();

export function convertFile({ file, bytes, cached, cache }: ConvertTask): Converted {
  const hit = cached === null ? null : fromJson(cached);
  if (hit) {
    // The frontmatter is written afresh from the model: it is what the renderer would write (tests/unit/ingest/).
    const head = encoder.encode(frontmatterFor(hit.doc, hit.fallback));
    return { doc: hit.doc, fallback: hit.fallback, head, body: encoder.encode(hit.body), json: null, parsed: false };
  }
  const { text, source, notes } = readSource(file, bytes);
  const doc = parseSource(text, source, notes);
  // Kept before ingest gives the document its final id: the cache holds what the parser made.
  const parsed = cache ? JSON.stringify(doc) : null;
  const { mdx, fallback } = renderOrFallBack(doc, () => text);
  const end = frontmatterEnd(mdx);
  const body = mdx.slice(end);
  const json = parsed === null ? null : `{"doc":${parsed},"fallback":${JSON.stringify(fallback)},"body":${JSON.stringify(body)}}`;
  // TextEncoder gives each array its own buffer, which can then be transferred.
  return { doc, fallback, head: encoder.encode(mdx.slice(0, end)), body: encoder.encode(body), json, parsed: true };
}

/** A cached entry; one that does not parse, or is not an entry, counts as none. */
function fromJson(json: string): CacheEntry | null {
  try {
    const entry = JSON.parse(json) as Partial<CacheEntry>;
    return entry && typeof entry.body === 'string' && entry.doc ? (entry as CacheEntry) : null;
  } catch {
    return null;
  }
}
