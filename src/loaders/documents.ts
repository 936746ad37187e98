import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readFrontmatter } from '../lib/mdx/frontmatter.ts';

/**
 * Loads the generated MDX files of `content/` as structured documents. Pages
 * render the model with Astro components instead of compiling each MDX file:
 * every MDX file would be its own Vite module, which at 10,000 documents costs
 * minutes and gigabytes (see bench/RESULTS.md). Unchanged files keep their
 * stored entry (same digest), so a rebuild re-reads only what ingest rewrote.
 */
export function documentsLoader(dir: string): Loader {
  return {
    name: 'bien-phong:documents',
    load: async ({ store, generateDigest, logger }) => {
      const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      let changed = 0;
      for (const file of files) {
        const id = file.slice(0, -'.mdx'.length);
        seen.add(id);
        const mdx = await readFile(join(dir, file), 'utf8');
        const digest = generateDigest(mdx);
        if (store.get(id)?.digest === digest) continue;
        const data = readFrontmatter(mdx, join(dir, file));
        store.set({ id, data: data as unknown as Record<string, unknown>, digest, filePath: relative(process.cwd(), join(dir, file)) });
        changed++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${files.length} văn bản, ${changed} đọc lại.`);
    },
  };
}
