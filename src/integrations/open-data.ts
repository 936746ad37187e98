import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../lib/model.ts';
import { SEEDS_DIR } from '../lib/paths.ts';
import { decode } from '../lib/source/decode.ts';
import { documentRecord } from '../utils/open-data.ts';
import { url } from '../utils/urls.ts';

/**
 * Each document's open-data files, written straight into the built site:
 * `/van-ban/<id>.json` (the model) and `/van-ban/<id>/nguon.txt` (the source
 * as received, decoded to UTF-8). Plain file writes: as Astro routes they cost
 * two page renders per document, a third of the build at 10,000 documents.
 */
export function writeOpenData(site: string, docs: DocumentModel[]): void {
  for (const doc of docs) {
    writeFileSync(join(site, url.json(doc.id)), JSON.stringify(documentRecord(doc)));
    mkdirSync(join(site, url.document(doc.id)), { recursive: true });
    writeFileSync(join(site, url.source(doc.id)), decode(readFileSync(join(SEEDS_DIR, doc.source.file))).text);
  }
}
