import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fragmentData, loadFragment, type Fragment } from '../../../../src/client/search/fragment.ts';
import { excerptSegments } from '../../../../src/client/search/excerpt.ts';

/** A page as Pagefind writes it, from the Huế directive's words (locations count words split at white space). */
const fragment: Fragment = {
  url: '/van-ban/chi-thi-20-ct-ubnd-2026-hue/',
  content:
    'Chỉ thị 20/CT-UBND : Về việc kết nghĩa với các đơn vị Bộ đội Biên phòng. 1. Các sở, ban, ngành <phối hợp> với Bộ đội Biên phòng. 2. UBND các xã khu vực biên giới.',
  meta: { title: 'Chỉ thị 20/CT-UBND' },
  anchors: [
    { element: 'h2', id: 'khoan-1', text: '1. Các sở, ban, ngành', location: 16 },
    { element: 'h2', id: 'khoan-2', text: '2. UBND các xã', location: 28 },
  ],
};
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('a result shown from its fragment', () => {
  const data = fragmentData(fragment, (w) => w === 'biên' || w === 'phòng');

  it('marks the words that matched, text escaped as Pagefind escapes it', () => {
    expect(marked(data.excerpt)).toEqual(['Biên', 'phòng.', 'Biên', 'phòng.', 'biên']);
    expect(data.excerpt).toContain('&lt;phối');
    // The search page reads the excerpt back against the text (excerpt.ts).
    expect(
      excerptSegments(data.excerpt, data.content)
        .map((s) => s.text)
        .join(''),
    ).toContain('<phối hợp>');
  });

  it('links each clause that holds a match, with its own excerpt, and none that does not', () => {
    expect(data.sub_results!.map((s) => [s.url, s.locations])).toEqual([
      ['/van-ban/chi-thi-20-ct-ubnd-2026-hue/', [14, 15]],
      ['/van-ban/chi-thi-20-ct-ubnd-2026-hue/#khoan-1', [26, 27]],
      ['/van-ban/chi-thi-20-ct-ubnd-2026-hue/#khoan-2', [34]],
    ]);
    expect(marked(data.sub_results![1]!.excerpt)).toEqual(['Biên', 'phòng.']);
    expect(data.sub_results![1]!.excerpt).not.toContain('UBND các xã');
    const phong = fragmentData(fragment, (w) => w === 'phòng');
    expect(phong.sub_results!.map((s) => s.url)).not.toContain('/van-ban/chi-thi-20-ct-ubnd-2026-hue/#khoan-2');
  });
});

describe('loading a fragment', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads Pagefind’s compressed file, signature and all', async () => {
    const body = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(fragment))]));
    const fetch = vi.fn(async () => new Response(body));
    vi.stubGlobal('fetch', fetch);
    expect(await loadFragment('/pagefind/phan-1/', 'vi_abc')).toEqual(fragment);
    expect(fetch).toHaveBeenCalledWith('/pagefind/phan-1/fragment/vi_abc.pf_fragment');
  });

  it('says which fragment could not be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadFragment('/pagefind/phan-1/', 'vi_abc')).rejects.toThrow(/vi_abc: HTTP 404/);
  });
});
