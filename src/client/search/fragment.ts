import type { PagefindData, PagefindSubResult } from './engine.ts';
import { wordsAt } from '../../search/words.ts';

/**
 * A result of the common words' answer (common.ts) shown as Pagefind shows
 * its own: the page's fragment, which Pagefind wrote (its text, meta and
 * clause anchors), with an excerpt around the words that matched and one
 * sub-result per clause that holds them. Word positions are Pagefind's: the
 * fragment's text split at white space, where its anchors' locations point.
 */

/** What Pagefind writes per page (fragment/<id>.pf_fragment: gzip of "pagefind_dcd" and this JSON). */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors?: Array<{ element: string; id: string; text?: string; location: number }>;
}

/** Pagefind's excerpt length, in words. */
const EXCERPT_WORDS = 30;
const SIGNATURE = 'pagefind_dcd';

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A fragment of a Pagefind bundle (`base` is the bundle's path). */
export async function loadFragment(base: string, id: string): Promise<Fragment> {
  const response = await fetch(`${base}fragment/${id}.pf_fragment`);
  if (!response.ok) throw new Error(`Pagefind fragment ${id}: HTTP ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  // Served compressed as written, or already decompressed by the server's encoding.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await gunzip(bytes);
  const text = new TextDecoder().decode(bytes);
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Fragment;
}

/** As Pagefind writes text in an excerpt (excerpt.ts reads it back). */
const encode = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The window of EXCERPT_WORDS words within [from, to) holding the most matches, as excerpt HTML. */
function excerptOf(words: string[], hits: number[], from: number, to: number): string {
  let best = from;
  let most = -1;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (hits[j]! < hits[i]! - EXCERPT_WORDS + 1) j++;
    if (i - j + 1 > most) {
      most = i - j + 1;
      best = hits[j]!;
    }
  }
  // A few words before the first match, so the match reads in its sentence.
  const start = Math.max(from, Math.min(best - 3, to - EXCERPT_WORDS));
  const marked = new Set(hits);
  return words
    .slice(start, Math.min(to, start + EXCERPT_WORDS))
    .map((w, k) => (marked.has(start + k) ? `<mark>${encode(w)}</mark>` : encode(w)))
    .join(' ');
}

/** The fragment as the search page shows a result: excerpt and matched clauses, marks where `matches` says a word matched. */
export function fragmentData(fragment: Fragment, matches: (word: string) => boolean): PagefindData {
  const words = fragment.content.split(/\s+/).filter(Boolean);
  const hits: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (wordsAt(words[i]!).some(matches)) hits.push(i);
  }
  const anchors = (fragment.anchors ?? []).filter((a) => /^h\d$/i.test(a.element) && a.id && a.text?.trim()).sort((a, b) => a.location - b.location);
  const sections: PagefindSubResult[] = [];
  const bounds = [
    { title: fragment.meta.title ?? '', url: fragment.url, location: 0 },
    ...anchors.map((a) => ({ title: a.text!, url: `${fragment.url}#${a.id}`, location: a.location })),
  ];
  bounds.forEach((b, k) => {
    const end = bounds[k + 1]?.location ?? words.length;
    const inside = hits.filter((h) => h >= b.location && h < end);
    if (inside.length) sections.push({ title: b.title, url: b.url, excerpt: excerptOf(words, inside, b.location, end), locations: inside });
  });
  return { url: fragment.url, content: fragment.content, meta: fragment.meta, excerpt: excerptOf(words, hits, 0, words.length), sub_results: sections };
}

/** A result's `data()`: its fragment, shown with the marks `matches` says. */
export const fragmentLoader = (base: string, id: string, matches: (word: string) => boolean) => async (): Promise<PagefindData> =>
  fragmentData(await loadFragment(base, id), matches);
