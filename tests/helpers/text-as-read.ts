import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../../src/lib/model.ts';
import { hasOwnText, url } from '../../src/utils/urls.ts';

/** A published document as `api/documents.json` lists it: enough to find its text. */
export type Listed = Pick<DocumentModel, 'id' | 'parts' | 'source'>;

/** Where a built site keeps a document's text as read: its `nguon.txt`, or the original when that is the text; null for a text in parts (its pages are the text). */
export const textAsReadPath = (doc: Listed): string | null => (doc.parts ? null : hasOwnText(doc) ? url.source(doc.id) : url.original(doc.id, doc.source.file));

/** A document's text as read, from a built site (null for a text in parts). */
export function textAsRead(dist: string, doc: Listed): string | null {
  const path = textAsReadPath(doc);
  return path === null ? null : readFileSync(join(dist, path), 'utf8');
}
