/**
 * In-page code (a string, so the test runner leaves the import alone) that
 * opens the site's Pagefind as the search page does: the first shard, with
 * the others merged into it (bundle-plan.ts), as `pf`.
 */
export const OPEN_PAGEFIND = `
    const manifest = await (await fetch('/pagefind/bundles.json')).json();
    const pf = await import(manifest.shards[0].path + 'pagefind.js');
    for (const shard of manifest.shards.slice(1)) await pf.mergeIndex(shard.path);`;
