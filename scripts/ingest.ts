/**
 * npm run ingest: seeds/*.txt|md → content/<id>.mdx. Prints one line per
 * document and a summary of what the quality report holds.
 */
import { SEEDS_DIR, CONTENT_DIR } from '../src/lib/paths.ts';
import { ingest } from '../src/lib/ingest.ts';

const started = performance.now();
const { documents, written } = await ingest(SEEDS_DIR, CONTENT_DIR);
for (const doc of documents) {
  const errors = doc.issues.filter((i) => i.level === 'error').length;
  const warnings = doc.issues.filter((i) => i.level === 'warning').length;
  console.log(`${doc.source.file} → content/${doc.id}.mdx${errors ? `  ${errors} lỗi` : ''}${warnings ? `  ${warnings} cảnh báo` : ''}`);
}
const ms = Math.round(performance.now() - started);
console.log(`${documents.length} văn bản, ${written.length} tệp MDX ghi mới, ${ms} ms.`);
