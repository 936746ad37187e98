// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import afterBuild from './src/integrations/search-and-open-data.ts';
import { DIST_DIR } from './src/lib/paths.ts';
import { SITE } from './src/utils/site.ts';

export default defineConfig({
  // The public address (SITE_URL, else the default): canonical links, sitemap, print footer, open data.
  site: SITE,
  trailingSlash: 'ignore',
  outDir: DIST_DIR,
  integrations: [mdx(), sitemap(), afterBuild()],
});
