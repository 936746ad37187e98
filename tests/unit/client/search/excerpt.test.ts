import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../../../src/client/search/excerpt.ts';

/** Issue 22, item 7: the search page decodes only what Pagefind encodes, and shows the document's own characters. */
describe('excerptSegments', () => {
  // As Pagefind 1.6 returned them for tests/fixtures/untrusted-folder.ts (ky-hieu-html.txt).
  const content = `1. Từ khóa zqxdanhdau với &lt;b&gt; và &amp; và "ngoặc kép" và 'đơn' và <b>đậm</b>. Phần cuối.`;
  const html = `Từ khóa <mark>zqxdanhdau</mark> với &lt;b&gt; và &amp; và "ngoặc kép" và 'đơn' và &lt;b&gt;đậm&lt;/b&gt;.`;

  it('reads "&lt;b&gt;" back as the document writes it: an entity where it wrote one, a tag where it wrote one', () => {
    expect(excerptSegments(html, content)).toEqual([
      { text: 'Từ khóa ', marked: false },
      { text: 'zqxdanhdau', marked: true },
      { text: ` với &lt;b&gt; và &amp; và "ngoặc kép" và 'đơn' và <b>đậm</b>.`, marked: false },
    ]);
  });

  it('without the content to read from, decodes only what Pagefind encodes', () => {
    expect(excerptSegments('a &lt;b&gt; &amp;lt; &quot; <mark>x</mark>', 'nothing alike').map((s) => s.text)).toEqual(['a <b> &amp;lt; &quot; ', 'x']);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(excerptSegments('𝔸 <mark>b</mark> &lt;', '𝔸 b <').map((s) => s.text)).toEqual(['𝔸 ', 'b', ' <']);
  });
});
