import { emptyDocument, type DocumentModel, type SourceInfo } from '../model.ts';
import { UNKNOWN_TYPE } from './doc-types.ts';
import { slugify } from '../text/slug.ts';

/**
 * The fallback when the parser fails on a file: every non-empty line published
 * as a paragraph, so no text is lost, with the error in the quality report.
 */
export function plainDocument(text: string, source: SourceInfo, error: unknown): DocumentModel {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...emptyDocument(`van-ban-${slugify(source.file.replace(/\.[^.]+$/, ''))}`, source, UNKNOWN_TYPE),
    preamble: text.split('\n').map((l) => l.trim()).filter(Boolean),
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
