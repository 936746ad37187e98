/** Builds the Pagefind index of an already built site (the benchmark's separate step). */
import { CONTENT_DIR, DIST_DIR } from '../src/lib/paths.ts';
import { indexSite, siteRecords } from '../src/search/indexer.ts';
import { readDocuments } from '../src/lib/mdx/frontmatter.ts';

const { records } = await indexSite(DIST_DIR, siteRecords(await readDocuments(CONTENT_DIR)));
console.log(`Pagefind: ${records} mục đã lập chỉ mục.`);
