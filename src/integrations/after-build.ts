import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/paths.ts';
import { readDocuments } from '../lib/mdx/frontmatter.ts';
import { describeIndex, indexSite } from '../search/indexer.ts';
import { writeOpenData } from './open-data.ts';

/**
 * What runs over the finished site, reading the documents once: each
 * document's open-data files, then the Pagefind index, so `dist/pagefind/` is
 * always in step with the pages. PAGEFIND=skip leaves the index out: the
 * benchmark runs it as a step of its own (scripts/index-search.ts) to measure it apart.
 */
export default function afterBuild(): AstroIntegration {
  return {
    name: 'bien-phong:after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const docs = await readDocuments(CONTENT_DIR);
        await writeOpenData(site, docs);
        logger.info(`Dữ liệu mở: ${docs.length} văn bản (.json, nguon.txt).`);
        if (process.env.PAGEFIND === 'skip') return;
        logger.info(describeIndex(await indexSite(site, docs)));
      },
    },
  };
}
