/** Builds the Pagefind index of an already built site (the benchmark's separate step). */
import { CONTENT_DIR, DIST_DIR } from '../src/lib/paths.ts';
import { describeIndex, indexSite } from '../src/search/indexer.ts';
import { readDocuments } from '../src/lib/mdx/frontmatter.ts';

console.log(describeIndex(await indexSite(DIST_DIR, await readDocuments(CONTENT_DIR))));
