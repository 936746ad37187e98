/**
 * The yardstick: a plain static site of the same raw texts, as a team without
 * this project would publish them. Hugo (Debian's `hugo`) makes one page per
 * text, Pagefind indexes the HTML, and a search page asks Pagefind and shows
 * the first results, with the same markup as ours so scripts/bench/search.ts
 * measures both alike.
 *
 *   node scripts/bench/plain-site.ts index <site>   Pagefind over <site>'s HTML (the benchmark's step)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Is Debian's hugo on this machine? */
export function hasHugo(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>`;

/** The search page: Pagefind's own API, the first eight results' fragments at once, in order. */
const SEARCH = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body>
<form data-search-form><input id="q" name="q"><button>Tìm</button></form>
<p data-search-status></p><ol data-search-results aria-busy="false"></ol>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
const form = document.querySelector('[data-search-form]');
const list = document.querySelector('[data-search-results]');
const status = document.querySelector('[data-search-status]');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  const { results } = await pagefind.search(document.querySelector('#q').value);
  status.textContent = results.length ? results.length + ' kết quả' : 'Không tìm thấy kết quả nào';
  for (const data of results.slice(0, 8).map((r) => r.data())) {
    const { url, meta, excerpt } = await data;
    const li = document.createElement('li');
    const a = Object.assign(document.createElement('a'), { href: url, textContent: meta.title });
    const p = document.createElement('p');
    p.innerHTML = excerpt;
    li.append(a, p);
    list.append(li);
  }
  list.setAttribute('aria-busy', 'false');
});
</script></body></html>`;

/** Writes the Hugo project for the raw texts in `seeds` under `dir`: its title is a text's first line, its body the text. */
export function writePlainProject(seeds: string, dir: string): void {
  for (const d of ['content', 'layouts/_default', 'static/tim-kiem']) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), 'baseURL = "/"\nlanguageCode = "vi"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  writeFileSync(join(dir, 'layouts/_default/single.html'), PAGE);
  writeFileSync(join(dir, 'layouts/_default/list.html'), PAGE);
  writeFileSync(join(dir, 'static/tim-kiem/index.html'), SEARCH);
  for (const file of readdirSync(seeds)) {
    const text = readFileSync(join(seeds, file), 'utf8');
    const title = text.split('\n').find((l) => l.trim())?.trim() ?? file;
    // JSON front matter: any title is safe in it.
    writeFileSync(join(dir, 'content', `${file.replace(/\.\w+$/, '')}.md`), `${JSON.stringify({ title })}\n\n${text}`);
  }
}

/** Pagefind over the site's HTML, as its CLI would run. */
async function indexSite(site: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await close();
  const failed = [...added.errors, ...written.errors];
  if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
  console.log(`Pagefind: ${added.page_count} pages.`);
}

if (import.meta.main && process.argv[2] === 'index') await indexSite(process.argv[3]!);
