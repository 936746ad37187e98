import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';

/**
 * Builds the Pagefind index over the finished site at the end of every build,
 * through Pagefind's Node API (as Starlight does), so `dist/pagefind/` is always
 * in step with the pages.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'bien-phong:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await index.deleteIndex();
        logger.info(`Pagefind: ${added.page_count} trang đã lập chỉ mục.`);
      },
    },
  };
}
