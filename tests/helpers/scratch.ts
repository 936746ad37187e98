import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ingestFile } from '../../src/lib/ingest/index.ts';
import type { DocumentModel } from '../../src/lib/model.ts';

/**
 * A scratch seeds folder for one test file (removed after it): the returned
 * function writes bytes as a seed file and ingests it exactly as the build does.
 */
export function scratchIngest(prefix: string): (name: string, bytes: Buffer | string) => Promise<DocumentModel> {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return async (name, bytes) => {
    writeFileSync(join(dir, name), bytes);
    return ingestFile(dir, name);
  };
}
