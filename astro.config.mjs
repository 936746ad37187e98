// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import afterBuild from './src/integrations/after-build.ts';
import { DIST_DIR } from './src/lib/paths.ts';

export default defineConfig({
  site: 'https://bienphong.vn',
  trailingSlash: 'ignore',
  outDir: DIST_DIR,
  integrations: [mdx(), sitemap(), afterBuild()],
});
