import { createHash } from 'node:crypto';
import type { DocumentModel } from '../lib/model.ts';

/** The digest of each document's MDX file, recorded as the build reads it (documents.ts). */
const mdxDigests = new WeakMap<object, string>();

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function recordMdx(doc: DocumentModel, mdx: string): DocumentModel {
  mdxDigests.set(doc, sha256(mdx));
  return doc;
}

/**
 * A page's `cacheKey` for Astro's incremental build (astro.config.mjs): the
 * digest of every input the page renders from, so an unchanged key lets Astro
 * copy last build's HTML. A keyed page therefore renders from its props alone,
 * never from the collection, and its props are these inputs. A document among
 * them counts by its MDX file's digest plus the fields the collection rewrites
 * after reading (instruments, citations and relations, unified across
 * documents: lib/corpus/instruments.ts), not by its whole text again.
 */
export function pageKey(...inputs: unknown[]): string {
  return sha256(
    JSON.stringify(inputs, (_key, value: unknown) => {
      // JSON writes a Map or a Set as {}: a key blind to it would keep a stale page.
      if (value instanceof Map || value instanceof Set)
        throw new TypeError(`pageKey: a ${value.constructor.name} at "${_key}" cannot be keyed; pass an array or an object.`);
      return typeof value === 'object' && value !== null && mdxDigests.has(value) ? documentDigest(value as DocumentModel) : value;
    }),
  );
}

/**
 * A document's digest, once per build: an instrument's page has every citing document among its inputs.
 * Taken at the first key, when the pages list their routes, after the collection has unified the citations.
 */
const documentDigests = new WeakMap<DocumentModel, string>();
function documentDigest(doc: DocumentModel): string {
  let digest = documentDigests.get(doc);
  if (digest === undefined) {
    digest = sha256(JSON.stringify([mdxDigests.get(doc), doc.instruments, doc.citations, doc.relations]));
    documentDigests.set(doc, digest);
  }
  return digest;
}
