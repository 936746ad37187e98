import type { DocumentModel } from '../lib/model.ts';
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
