import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createIndex } from 'pagefind';
import type { DocumentModel } from '../lib/model.ts';
import { readFrontmatter } from '../lib/mdx/frontmatter.ts';
import { documentRecords, instrumentRecord, type SearchRecord } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';

/**
 * Builds the Pagefind index from the document models (not from the HTML):
 * one record per clause, with filters and metadata given directly, so nothing
 * depends on how a page happens to be marked up, and the site's HTML is never
 * parsed again. Language forced to Vietnamese for every record.
 */

export async function readDocuments(contentDir: string): Promise<DocumentModel[]> {
  const files = (await readdir(contentDir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(files.map(async (f) => readFrontmatter(await readFile(join(contentDir, f), 'utf8'), join(contentDir, f))));
}

export async function indexSite(site: string, records: Iterable<SearchRecord>): Promise<{ records: number }> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  for (const r of records) {
    const added = await index.addCustomRecord({ ...r, language: 'vi' });
    if (added.errors.length) throw new Error(`Pagefind (${r.url}): ${added.errors.join('; ')}`);
    count++;
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return { records: count };
}

export function* siteRecords(docs: DocumentModel[]): Generator<SearchRecord> {
  for (const doc of docs) yield* documentRecords(doc);
  for (const entry of indexInstruments(docs).values()) yield instrumentRecord(entry);
}
