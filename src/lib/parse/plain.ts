import { emptyDocument, type DocumentModel, type SourceInfo } from '../model.ts';
import { UNKNOWN_TYPE } from '../vocabulary/doc-types.ts';
import { slugify } from '../text/slug.ts';

/**
 * The fallback when the parser fails on a file (`error`), or when its text is
 * not to be trusted with a structure (`null`: a scan nobody could read): every
 * non-empty line published as a paragraph, so no text is lost, with the error
 * in the quality report.
 */
export function plainDocument(text: string, source: SourceInfo, error: unknown): DocumentModel {
  const plain = {
    ...emptyDocument(`van-ban-${slugify(source.file.replace(/\.[^.]+$/, ''))}`, source, UNKNOWN_TYPE),
    preamble: text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
  if (error === null) return plain;
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...plain,
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
