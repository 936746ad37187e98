import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.ts';

/**
 * Reading a built site as files: every page, the attributes of its tags, and
 * every internal link checked against the files a static server would send.
 * Shared by the end-to-end tests of the main site, the hostile corpus and the
 * real corpus.
 */

/** Every file under a folder, by its path there, with its bytes: two sites compared byte for byte. */
export function filesWithBytes(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const unescapeHtml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );

/**
 * A tiny HTML tokenizer, enough for built pages: start tags with their attributes
 * (quoted values may hold "<" and ">", as when a page's description quotes hostile
 * text), comments and the bodies of <script>/<style> skipped.
 */
const TAG = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function startTags(html: string): Array<{ name: string; attrs: Array<[string, string]> }> {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  return [...markup.matchAll(TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!.toLowerCase(), unescapeHtml(a[2] ?? a[3] ?? a[4] ?? '')] as [string, string]),
  }));
}

/** Values of the named attributes (lower case) in an HTML file, entities decoded. */
export function attributeValues(html: string, ...names: string[]): string[] {
  return startTags(html).flatMap((t) => t.attrs.filter(([n]) => names.includes(n)).map(([, v]) => v));
}

/** The file a static server would send for a path (same rules as scripts/lib/static-server.ts). */
function resolveTarget(dir: string, pathname: string): string | null {
  const p = decodeURIComponent(pathname);
  for (const candidate of [join(dir, p), join(dir, p, 'index.html'), join(dir, `${p}.html`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export interface Crawl {
  pages: number;
  links: number;
  broken: string[];
  external: string[];
}

/** Reads every HTML file of a built site and checks each internal href/src (path and #fragment). */
export function crawl(dir: string): Crawl {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(attributeValues(readFileSync(file, 'utf8'), 'id'));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  let links = 0;
  const pages = filesUnder(dir).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    // The page's own URL: dist/van-ban/x/index.html → /van-ban/x/, dist/404.html → /404.html.
    const pageUrl = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    for (const value of attributeValues(html, 'href', 'src')) {
      links++;
      if (/^\s*javascript:/i.test(value)) {
        broken.push(`${page}: javascript: URL "${value}"`);
        continue;
      }
      if (/^(mailto|tel|data):/i.test(value)) continue;
      const target = new URL(value, pageUrl);
      if (target.origin !== pageUrl.origin) {
        external.add(target.href);
        continue;
      }
      const file = resolveTarget(dir, target.pathname);
      if (!file) {
        broken.push(`${page}: ${value} (no file for ${target.pathname})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page}: ${value} (no id "${fragment}" in ${relative(dir, file)})`);
    }
  }
  return { pages: pages.length, links, broken, external: [...external].sort() };
}
