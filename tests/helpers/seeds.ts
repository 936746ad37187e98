import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile, SOURCE_PATTERN } from '../../src/lib/ingest/index.ts';
import type { Clause, DocumentModel } from '../../src/lib/model.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => SOURCE_PATTERN.test(f))
    .sort();

/** The model of one seed, parsed exactly as ingest parses it. */
export const parseSeed = (file: string): Promise<DocumentModel> => ingestFile(SEEDS_DIR, file);

/** Every clause of a tree, depth first. */
export function allClauses(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...allClauses(c.children)]);
}
