/**
 * npm run merge -- --into dist <part> <part>…: joins the parts of a site built
 * apart (`npm run build -- --part shared`, `--part 1`, `--part 2`…, each on a
 * machine of its own with the same seeds; src/utils/build-part.ts) into one
 * site, then writes the search index's page table and manifest from the
 * shards' bundles (src/search/indexer.ts `finishIndex`). A file two parts both
 * hold must be the same bytes in both, or the merge stops and names it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeIndex, finishIndex } from '../src/search/indexer.ts';
import { filesUnder } from './lib/files.ts';

const { values, positionals } = parseArgs({ options: { into: { type: 'string' } }, allowPositionals: true });
if (!values.into || positionals.length === 0) {
  console.error('Cách dùng: npm run merge -- --into <thư mục trang> <phần> <phần>…');
  process.exit(2);
}
const into = resolve(values.into);
rmSync(into, { recursive: true, force: true });
const from = new Map<string, string>();
for (const part of positionals.map((p) => resolve(p))) {
  if (!existsSync(part)) throw new Error(`${part}: không có thư mục này.`);
  for (const file of filesUnder(part)) {
    const target = join(into, file);
    const earlier = from.get(file);
    if (earlier) {
      if (!readFileSync(join(part, file)).equals(readFileSync(target)))
        throw new Error(`${file}: khác nhau giữa ${earlier} và ${part}; các phần phải dựng từ cùng dữ liệu và cùng mã nguồn.`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(part, file), target);
    from.set(file, part);
  }
}
console.log(`Đã ghép ${positionals.length} phần: ${from.size} tệp vào ${into}.`);
console.log(describeIndex(finishIndex(into)));
