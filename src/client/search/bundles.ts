import type { Pagefind } from './engine.ts';
import { BUNDLE_MANIFEST, type BundleManifest } from '../../search/bundle-plan.ts';
import { openCommonLists, type CommonLists } from './common.ts';
import { mergeShards } from './shards.ts';

/**
 * The search index as the browser opens it (see bundle-plan.ts): the page
 * table and the common words' lists (common.ts), fetched as the page opens
 * because the filter menus and any query of common words start from them;
 * and Pagefind's shards, searched as one (shards.ts), for the other words,
 * opened only when a query needs them.
 */

interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}

export interface Bundles {
  manifest: BundleManifest;
  /** Opened once, when a query first needs Pagefind. */
  pagefind: () => Promise<Pagefind>;
  /**
   * Opens Pagefind and runs its first search off the clock, when the query
   * being typed will need it (common.ts `needsPagefind`). Not as the page
   * opens: each shard's runtime and page index (about 120 KB at 10,000
   * documents) would be fetched for queries the common lists answer alone.
   */
  warm: () => void;
  /** See BundleManifest.dWords. */
  dWords: ReadonlySet<string>;
  /** Ids of the instruments' pages (BundleManifest.hubs): listed after the documents. */
  hubs: ReadonlySet<string>;
  common: CommonLists;
}

export async function openBundles(): Promise<Bundles> {
  const manifest = (await (await fetch(BUNDLE_MANIFEST)).json()) as BundleManifest;
  const common = openCommonLists(manifest.common);
  let pagefind: Promise<Pagefind> | undefined;
  const open = async () => {
    // Each shard's own pagefind.js, so each has a worker of its own: Pagefind's instances in one worker share
    // one WebAssembly memory, and a second instance loading it corrupts the first ("memory access out of bounds").
    const shards = await Promise.all(
      manifest.shards.map(async ({ path }) => ((await import(/* @vite-ignore */ `${path}pagefind.js`)) as PagefindModule).createInstance({ basePath: path })),
    );
    const instance = shards.length === 1 ? shards[0]! : mergeShards(shards, common);
    await instance.init();
    return instance;
  };
  let warmed: Promise<unknown> | undefined;
  return {
    manifest,
    pagefind: () => (pagefind ??= open()),
    // Pagefind's first search pays ~90 ms to get its WebAssembly going: paid on a word no page holds (its part of the index is small).
    warm: () => void (warmed ??= (pagefind ??= open()).then((pf) => pf.search('zzzz')).catch(() => undefined)),
    dWords: new Set(manifest.dWords),
    hubs: new Set(manifest.hubs),
    common,
  };
}
