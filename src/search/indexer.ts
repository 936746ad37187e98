import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndex } from 'pagefind';
import type { DocumentModel } from '../lib/model.ts';
import { documentPage, instrumentRecord, type SearchPage, type SearchRecord } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';

/**
 * Builds the Pagefind index from the document models (not from the site's
 * HTML): a synthetic page per document (records.ts) and a record per cited
 * instrument, so nothing depends on how a page happens to be marked up.
 * Language forced to Vietnamese.
 */

export async function indexSite(site: string, records: Iterable<SearchPage | SearchRecord>): Promise<{ records: number }> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pages go through a scratch folder and one addDirectory call: Pagefind then reads
  // and indexes them in parallel, instead of one round trip per page (8× slower at 10,000).
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  let count = 0;
  try {
    for (const r of records) {
      count++;
      if ('html' in r) {
        const folder = join(scratch, r.url);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'index.html'), r.html);
        continue;
      }
      const added = await index.addCustomRecord({ ...r, language: 'vi' });
      if (added.errors.length) throw new Error(`Pagefind (${r.url}): ${added.errors.join('; ')}`);
    }
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return { records: count };
}

export function* siteRecords(docs: DocumentModel[]): Generator<SearchPage | SearchRecord> {
  for (const doc of docs) yield documentPage(doc);
  for (const entry of indexInstruments(docs).values()) yield instrumentRecord(entry);
}
