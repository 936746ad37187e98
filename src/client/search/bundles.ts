import type { Pagefind } from './engine.ts';
import { BUNDLE_MANIFEST, type BundleManifest } from '../../search/bundle-plan.ts';

/**
 * The search index as the browser opens it (see bundle-plan.ts): the bundle of
 * the newest documents, for first results at once, and the whole collection's,
 * for the complete ranking and counts, opened when first needed.
 */

interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}

export interface Bundles {
  manifest: BundleManifest;
  /** The newest documents; null when the whole index answers at once. */
  recent: Pagefind | null;
  all: () => Promise<Pagefind>;
  /** See BundleManifest.dWords. */
  dWords: ReadonlySet<string>;
  /** Ids of the instruments' pages in each bundle (BundleManifest.hubs): listed after the documents. */
  hubs: { recent: ReadonlySet<string>; all: ReadonlySet<string> };
}

export async function openBundles(): Promise<Bundles> {
  const manifest = (await (await fetch(BUNDLE_MANIFEST)).json()) as BundleManifest;
  const first = manifest.recent ?? manifest.all;
  const pagefind = (await import(/* @vite-ignore */ `${first.path}pagefind.js`)) as PagefindModule;
  const open = async (path: string) => {
    const instance = pagefind.createInstance({ basePath: path });
    await instance.init();
    return instance;
  };
  const opened = await open(first.path);
  // A first search pays ~90 ms to get Pagefind's WebAssembly going: pay it while the reader types.
  void opened.search('văn bản').catch(() => undefined);
  let all: Promise<Pagefind> | undefined = manifest.recent ? undefined : Promise.resolve(opened);
  return {
    manifest,
    recent: manifest.recent ? opened : null,
    all: () => (all ??= open(manifest.all.path)),
    dWords: new Set(manifest.dWords),
    hubs: { recent: new Set(manifest.recent ? manifest.hubs?.[manifest.recent.path] : []), all: new Set(manifest.hubs?.[manifest.all.path]) },
  };
}
