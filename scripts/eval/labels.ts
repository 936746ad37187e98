import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hand labels of corpus documents (tests/fixtures/corpus-labels/, see its
 * README) and the corpus manifest's own, unverified labels.
 */

export interface HandLabel {
  file: string;
  type: string | null;
  number: string | null;
  date: string | null;
  authority: string | null;
  authorities?: string[];
  province: string | null;
  signer: string | null;
  clauses: number | null;
  citations?: string[];
  note?: string;
}

export interface ManifestRow {
  file: string;
  format: string;
  label_number: string;
  label_type: string;
  label_date_or_year: string;
  label_authority: string;
}

export const LABELS_DIR = new URL('../../tests/fixtures/corpus-labels/', import.meta.url);

export function readHandLabels(dir: URL = LABELS_DIR): HandLabel[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as HandLabel[]);
}

export function readManifest(corpusDir: string): ManifestRow[] {
  const [head, ...rows] = readFileSync(join(corpusDir, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  const names = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i], v])) as unknown as ManifestRow);
}
