import { describe, expect, it } from 'vitest';
import { pageKey, recordMdx } from '../../../src/utils/page-key.ts';
import { emptyDocument } from '../../helpers/model.ts';

/** A document as the build reads it: its model, with its MDX file's text recorded. */
const read = (id: string, mdx: string, citation = '33-NQ/TW') =>
  recordMdx(emptyDocument({ id, citations: [{ instrument: citation, text: `Nghị quyết số ${citation}`, clause: null, line: 3 }] as never }), mdx);

describe('pageKey', () => {
  it('is the same for the same inputs, read again', () => {
    expect(pageKey(read('a', '---\nid: a\n---\nĐiều 1.'), { more: '/dan-chieu/33-nq-tw/' })).toBe(
      pageKey(read('a', '---\nid: a\n---\nĐiều 1.'), { more: '/dan-chieu/33-nq-tw/' }),
    );
  });

  it('changes when a document’s file, the citations the collection unified, or any other input changes', () => {
    const base = pageKey(read('a', 'x'), { n: 1 });
    expect(pageKey(read('a', 'y'), { n: 1 })).not.toBe(base);
    expect(pageKey(read('a', 'x', '33/NQ-TW'), { n: 1 })).not.toBe(base);
    expect(pageKey(read('a', 'x'), { n: 2 })).not.toBe(base);
  });

  it('counts a document by its file’s digest, not by hashing its model again', () => {
    const shown = read('a', 'x');
    const other = read('a', 'x');
    other.preamble = ['một đoạn mà tệp không có'];
    expect(pageKey(other)).toBe(pageKey(shown));
  });

  it('refuses a Map or a Set, which JSON would write as {} and so miss a change', () => {
    expect(() => pageKey({ related: new Map([['dieu-1', []]]) })).toThrow(/Map at "related"/);
    expect(() => pageKey([new Set([1])])).toThrow(/Set/);
  });
});
