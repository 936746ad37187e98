// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import afterBuild from './src/integrations/search-and-open-data.ts';
import { ASTRO_CACHE_DIR, DIST_DIR } from './src/lib/paths.ts';
import { SITE } from './src/utils/site.ts';
import { buildPartFromEnv, documentPageAddresses, makesShared } from './src/utils/build-part.ts';

// A site built in parts (src/utils/build-part.ts): a shard has no sitemap; the shared part's lists every document's pages too.
const part = buildPartFromEnv();
const sitemaps = makesShared(part) ? [sitemap(part.kind === 'shared' ? { customPages: await documentPageAddresses() } : undefined)] : [];

export default defineConfig({
  // The public address (SITE_URL, else the default): canonical links, sitemap, print footer, open data.
  site: SITE,
  trailingSlash: 'ignore',
  outDir: DIST_DIR,
  cacheDir: ASTRO_CACHE_DIR,
  // A page whose route gives a cacheKey (utils/page-key.ts) and whose code is unchanged is copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // Such a page is then left where it is, not copied back: emptying the folder and copying 12,000 pages back took 50 s of a
  // 10,000-document rebuild. What the last build left and this one did not make is removed at its end (src/integrations/stale-output.ts).
  vite: { build: { emptyOutDir: false } },
  integrations: [mdx(), ...sitemaps, afterBuild()],
});
