import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/lib/ingest/document.ts';
import { hasOwnText } from '../../../src/utils/urls.ts';

/** A seed as exported (UTF-8, no byte-order mark), and the same text in the shapes that need reading. */
const FILE = '000_e549b405dcbfb8fc.txt';
const bytes = readFileSync(new URL(`../../../seeds/${FILE}`, import.meta.url));
const text = bytes.toString('utf8');
const read = (b: Uint8Array) => readSource(FILE, b, null).source;

describe('a text that is its own original', () => {
  it('UTF-8 as exported: read as is, published once, as the original', () => {
    const source = read(bytes);
    expect(source.readAsIs).toBe(true);
    expect(hasOwnText({ source })).toBe(false);
  });

  it('a byte-order mark, a legacy code page, UTF-16 or a control character: the text as read is published beside the original', () => {
    for (const b of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
      iconv.encode(text, 'windows-1258'),
      iconv.encode(`\ufeff${text}`, 'utf-16le'),
      Buffer.from(text.replace('Biên phòng', 'Biên\u0007phòng'), 'utf8'),
    ]) {
      const source = read(b);
      expect(source.readAsIs, source.encoding).toBe(false);
      expect(hasOwnText({ source })).toBe(true);
    }
  });

  it('the same text saved as Markdown: published beside it as .txt, which every browser shows (a .md file is often downloaded)', () => {
    const source = readSource('trang-luu.md', bytes, null).source;
    expect([source.encoding, source.readAsIs]).toEqual(['utf-8', false]);
    expect(hasOwnText({ source })).toBe(true);
  });

  it('a text in parts has no text file beside its pages either way', () => {
    expect(hasOwnText({ source: read(bytes), parts: [{ slug: 'phan-2', line: 40, bytes: 1000 }] })).toBe(false);
  });
});
