import type { DocumentModel } from '../../src/lib/model.ts';

/** A document model with every field empty, for tests that build one by hand. */
export function emptyDocument(parts: Partial<DocumentModel> = {}): DocumentModel {
  return {
    id: 'test',
    source: { file: 'test.txt', sha256: '', encoding: 'utf-8', bytes: 0 },
    type: { code: 'CT', name: 'Chỉ thị' },
    number: null,
    draft: false,
    date: null,
    year: null,
    place: null,
    authority: null,
    province: null,
    subject: null,
    signer: { name: null, title: null, authority: null },
    header: [],
    addressees: [],
    preamble: [],
    preambleTables: [],
    clauses: [],
    closing: [],
    recipients: [],
    recipientsLabel: null,
    trailer: [],
    annexes: [],
    abbreviations: [],
    ocrVariants: [],
    instruments: [],
    citations: [],
    relations: [],
    overrides: [],
    issues: [],
    ...parts,
  };
}
