import type { Clause, DocumentModel } from '../../../src/lib/model.ts';
import { extractCitations } from '../../../src/lib/citations/index.ts';
import { emptyDocument } from '../../helpers/model.ts';

/** A minimal document model around test sentences: a Thanh Hóa Chỉ thị unless told otherwise. */
export function makeDoc(parts: Partial<DocumentModel> = {}): DocumentModel {
  return emptyDocument({
    authority: { name: 'UBND tỉnh Thanh Hóa', parent: null, source: 'number' },
    province: { name: 'Thanh Hóa', slug: 'thanh-hoa', source: 'place', evidence: 'Thanh Hóa' },
    ...parts,
  });
}

export function clause(text: string, id = 'khoan-1', line = 20, title: string | null = null): Clause {
  return { id, kind: 'clause', label: '1.', title, text, line, children: [] };
}

/** Citations of sentences put in one clause each of a test document. */
export const inClauses = (sentences: string[], parts: Partial<DocumentModel> = {}) =>
  extractCitations(makeDoc({ ...parts, clauses: sentences.map((s, i) => clause(s, `khoan-${i + 1}`, 20 + 2 * i)) }));

/** Citations of sentences as preamble paragraphs. */
export const inPreamble = (sentences: string[], parts: Partial<DocumentModel> = {}) => extractCitations(makeDoc({ ...parts, preamble: sentences }));
