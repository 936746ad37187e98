import type { Pagefind } from './engine.ts';
import { BUNDLE_MANIFEST, type BundleManifest } from '../../search/bundle-plan.ts';
import { openCommonLists, type CommonLists } from './common.ts';
import { mergeShards } from './shards.ts';

/**
 * The search index as the browser opens it (see bundle-plan.ts): the page
 * table and the common words' lists (common.ts), fetched as the page opens
 * because the filter menus and any query of common words start from them;
 * and Pagefind's shards, searched as one (shards.ts), for the other words.
 */

interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}

export interface Bundles {
  manifest: BundleManifest;
  /** Opened once, when a query first needs Pagefind. */
  pagefind: () => Promise<Pagefind>;
  /**
   * Opens Pagefind and runs its first search off the clock: once the page
   * table is in, or, for a reader saving data (`savingData`), only when the
   * query being typed needs it (common.ts `needsPagefind`).
   */
  warm: () => void;
  /** See BundleManifest.dWords. */
  dWords: ReadonlySet<string>;
  /** Ids of the instruments' pages (BundleManifest.hubs): listed after the documents. */
  hubs: ReadonlySet<string>;
  common: CommonLists;
}

/** The Network Information API, where the browser has it (Chromium). */
type Connection = { saveData?: boolean; effectiveType?: string };

/**
 * Does the reader save data: Save-Data on, or a line slower than 4G? Then
 * Pagefind waits for a query that needs it: opened as the page opens, each
 * shard's runtime and page index (about 240 KB at 10,000 documents) would be
 * fetched for the many queries the common lists answer alone. On a fast line
 * it is opened at once: opened only at Enter, a pasted rare word waited
 * 150–270 ms more for it in the benchmark (bench/RESULTS.md).
 */
export function savingData(connection = (navigator as Navigator & { connection?: Connection }).connection): boolean {
  return Boolean(connection?.saveData) || /^(slow-2g|2g|3g)$/.test(connection?.effectiveType ?? '');
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
  // Pagefind's first search pays ~90 ms to get its WebAssembly going: paid on a word no page holds (its part of the index is small).
  const warm = () => void (warmed ??= (pagefind ??= open()).then((pf) => pf.search('zzzz')).catch(() => undefined));
  if (!savingData()) void common.table().then(warm, () => undefined);
  return {
    manifest,
    pagefind: () => (pagefind ??= open()),
    warm,
    dWords: new Set(manifest.dWords),
    hubs: new Set(manifest.hubs),
    common,
  };
}
