import { BODY_KEYS, type DocumentModel } from '../lib/model.ts';
import { url } from './urls.ts';
import { absoluteUrl } from './site.ts';

/**
 * A document as published in the open data: the model, its page's path on this
 * site (`url`) and its full public address (`canonical`, from SITE_URL), so a
 * record copied elsewhere still says where it lives.
 */
export function documentRecord(doc: DocumentModel) {
  return { ...doc, url: url.document(doc.id), canonical: absoluteUrl(url.document(doc.id)) };
}

const BODY: ReadonlySet<string> = new Set(BODY_KEYS);

/**
 * What `/api/documents.json` lists of a document: its record without the
 * text (the body's fields), and `json`, the address of the whole record. The
 * list stays a size a reader can fetch (the bodies made it 179 MB at 10,000
 * documents, and it grows with the collection).
 */
export function documentSummary(record: ReturnType<typeof documentRecord>) {
  return { ...Object.fromEntries(Object.entries(record).filter(([key]) => !BODY.has(key))), json: url.json(record.id) };
}
