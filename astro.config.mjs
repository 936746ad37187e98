// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import openData from './src/integrations/open-data.ts';
import { DIST_DIR } from './src/lib/paths.ts';

export default defineConfig({
  site: 'https://bienphong.vn',
  trailingSlash: 'ignore',
  outDir: DIST_DIR,
  integrations: [mdx(), sitemap(), openData(), pagefind()],
});
