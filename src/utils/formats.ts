import type { SourceFormat } from '../lib/model.ts';

/** Vietnamese names of the shapes a source file comes in, for pages. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  text: 'tệp văn bản',
  html: 'trang web',
  json: 'bản ghi JSON',
  docx: 'tệp Word',
  doc: 'tệp Word 97–2003',
  pdf: 'tệp PDF',
  image: 'ảnh quét',
};
