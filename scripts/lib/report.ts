import { relative } from 'node:path';
import type { IngestResult } from '../../src/lib/ingest/index.ts';
import { printable } from '../../src/lib/text/controls.ts';

/**
 * What ingest found, as `file:line: level: message` lines an editor can jump to.
 * Errors are always listed; warnings too unless there are very many (the data-quality
 * page and dist/api/quality.json have them all).
 */
const LEVEL = { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' } as const;
const MAX_WARNINGS = 50;

export function reportIngest(result: IngestResult, seedsDir: string, ms: number): { errors: number; warnings: number } {
  const rel = relative(process.cwd(), seedsDir) || '.';
  const lines = (level: 'error' | 'warning') =>
    result.documents.flatMap((doc) =>
      doc.issues
        .filter((i) => i.level === level)
        // One line per note, whatever a file name holds (a line break, a bidi control): printable().
        .map((i) => printable(`${i.file ?? `${rel}/${doc.source.file}`}:${i.line ?? 1}: ${LEVEL[level]}: ${i.message} → ${i.action}`)),
    );
  // Entries of the folder that were not read at all (source/folder.ts): a link out, a FIFO, a folder named x.txt…
  // Always printed: nothing else tells the editor these were never read.
  const skipped = result.skipped.map((s) => printable(`${rel}/${s.file}: ${LEVEL.warning}: ${s.reason} → Bỏ qua.`));
  const errors = lines('error');
  const warnings = lines('warning');
  for (const line of errors) console.error(line);
  for (const line of skipped) console.warn(line);
  if (warnings.length <= MAX_WARNINGS) for (const line of warnings) console.warn(line);
  console.log(
    `${result.documents.length} văn bản${result.skipped.length ? ` (${result.skipped.length} mục bỏ qua)` : ''}: ${result.parsed} phân tích lại, ${result.written.length} tệp MDX ghi mới; ` +
      `${errors.length} lỗi, ${warnings.length + skipped.length} cảnh báo (xem trang /chat-luong/); ${Math.round(ms)} ms.`,
  );
  return { errors: errors.length, warnings: warnings.length + skipped.length };
}
