import type { DocumentModel } from '../lib/model.ts';
import { url } from './urls.ts';

/** A document as published in the open data: the model plus its page's path. */
export function documentRecord(doc: DocumentModel) {
  return { ...doc, url: url.document(doc.id) };
}
