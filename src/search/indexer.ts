import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndex } from 'pagefind';
import type { DocumentModel } from '../lib/model.ts';
import { documentPage, instrumentRecord, type SearchPage, type SearchRecord } from './records.ts';
import { indexInstruments } from '../lib/corpus/instruments.ts';
import { ALL_PATH, newest, RECENT_PATH, recentFromEnv, type BundleManifest } from './bundle-plan.ts';

/**
 * Builds the Pagefind index from the document models (not from the site's
 * HTML): a synthetic page per document (records.ts) and a record per cited
 * instrument, so nothing depends on how a page happens to be marked up.
 * Two bundles (bundle-plan.ts), built at once, and a manifest the search page reads.
 */

async function indexBundle(outputPath: string, records: Array<SearchPage | SearchRecord>): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pages go through a scratch folder and one addDirectory call: Pagefind then reads
  // and indexes them in parallel, instead of one round trip per page (8× slower at 10,000).
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  try {
    for (const r of records) {
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
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await index.deleteIndex();
  }
}

export interface IndexSummary {
  records: number;
  manifest: BundleManifest;
}

/** One line for the build log. */
export const describeIndex = ({ records, manifest }: IndexSummary) =>
  `Pagefind: ${records} mục đã lập chỉ mục${manifest.recent ? `; ${manifest.recent.documents} văn bản mới nhất cũng có gói riêng` : ''}.`;

export async function indexSite(site: string, docs: DocumentModel[], recent = recentFromEnv()): Promise<IndexSummary> {
  const root = join(site, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  // Instruments are few and looked up by number: both bundles have them.
  const instruments = [...indexInstruments(docs).values()].map(instrumentRecord);
  const latest = recent > 0 && recent < docs.length ? newest(docs, recent) : null;
  const at = (path: string) => join(site, path);
  await Promise.all([
    indexBundle(at(ALL_PATH), [...docs.map(documentPage), ...instruments]),
    latest && indexBundle(at(RECENT_PATH), [...latest.map(documentPage), ...instruments]),
  ]);
  const manifest: BundleManifest = { recent: latest && { path: RECENT_PATH, documents: latest.length }, all: { path: ALL_PATH, documents: docs.length } };
  writeFileSync(join(root, 'bundles.json'), JSON.stringify(manifest));
  return { records: docs.length + instruments.length, manifest };
}
