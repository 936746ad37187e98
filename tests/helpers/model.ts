import { emptyDocument as empty, type DocumentModel } from '../../src/lib/model.ts';

/** A document model with every field empty, for tests that build one by hand. */
export function emptyDocument(parts: Partial<DocumentModel> = {}): DocumentModel {
  return {
    ...empty('test', { file: 'test.txt', sha256: '', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false }, { code: 'CT', name: 'Chỉ thị' }),
    ...parts,
  };
}
