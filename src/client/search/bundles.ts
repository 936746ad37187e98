import type { Pagefind } from './engine.ts';
import { BUNDLE_MANIFEST, type BundleManifest } from '../../search/bundle-plan.ts';
import { openCommonLists, type CommonLists } from './common.ts';

/**
 * The search index as the browser opens it (see bundle-plan.ts): the page
 * table and the common words' lists (common.ts), fetched as the page opens
 * because the filter menus and any query of common words start from them;
 * and the Pagefind bundle of the whole collection, for the other words.
 */

interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}

export interface Bundles {
  manifest: BundleManifest;
  /** Opened once, when a query first needs Pagefind. */
  pagefind: () => Promise<Pagefind>;
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
    const module = (await import(/* @vite-ignore */ `${manifest.all.path}pagefind.js`)) as PagefindModule;
    const instance = module.createInstance({ basePath: manifest.all.path });
    await instance.init();
    return instance;
  };
  // Pagefind's first search pays ~90 ms to get its WebAssembly going: paid while the reader types, after the table,
  // on a word no page holds (its part of the index is small).
  void common
    .table()
    .then(async () => (await (pagefind ??= open())).search('zzzz'))
    .catch(() => undefined);
  return {
    manifest,
    pagefind: () => (pagefind ??= open()),
    dWords: new Set(manifest.dWords),
    hubs: new Set(manifest.hubs?.[manifest.all.path]),
    common,
  };
}
