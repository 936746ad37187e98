import type { DocumentModel, SourceInfo } from '../model.ts';
import { UNKNOWN_TYPE } from './doc-types.ts';
import { slugify } from '../text/slug.ts';

/**
 * The fallback when the parser fails on a file: every non-empty line published
 * as a paragraph, so no text is lost, with the error in the quality report.
 */
export function plainDocument(text: string, source: SourceInfo, error: unknown): DocumentModel {
  const message = error instanceof Error ? error.message : String(error);
  return {
    id: `van-ban-${slugify(source.file.replace(/\.[^.]+$/, ''))}`,
    source,
    type: UNKNOWN_TYPE,
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
    preamble: text.split('\n').map((l) => l.trim()).filter(Boolean),
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
    issues: [
      {
        level: 'error',
        code: 'parse-failed',
        message: `Lỗi khi phân tích văn bản: ${message}`,
        line: null,
        action: 'Đăng toàn văn dạng văn bản thuần.',
      },
    ],
  };
}
