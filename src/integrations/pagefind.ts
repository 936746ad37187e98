import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/paths.ts';
import { indexSite, siteRecords } from '../search/indexer.ts';
import { readDocuments } from '../lib/mdx/frontmatter.ts';

/**
 * Indexes the site at the end of every build, so `dist/pagefind/` is always in
 * step with the pages. PAGEFIND=skip leaves it out: the benchmark runs the
 * indexer as a step of its own (scripts/index-search.ts) to measure it apart.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'bien-phong:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND === 'skip') return;
        const { records } = await indexSite(fileURLToPath(dir), siteRecords(await readDocuments(CONTENT_DIR)));
        logger.info(`Pagefind: ${records} mục đã lập chỉ mục.`);
      },
    },
  };
}
