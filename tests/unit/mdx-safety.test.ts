import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/index.ts';
import { renderMdx } from '../../src/lib/ingest/index.ts';
import { findCode } from '../../src/lib/mdx/verify.ts';
import { parseMdx } from '../../src/lib/mdx/serialize.ts';
import { toString } from 'mdast-util-to-string';
import { words } from '../../src/lib/text/vietnamese.ts';

/** Source text that is code elsewhere must stay text in the MDX we write. */
const source = { file: 'hostile.txt', sha256: '0', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };

const HOSTILE = [
  'import fs from "node:fs"',
  'export const x = process.exit(1)',
  'Giá trị {process.env.HOME} và {1+1}',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '</Clause> <Clause id="x">',
  '`mã` và ``` rào ``` và $HOME và \\ gạch chéo',
  '[bấm vào](javascript:alert(1))',
  '1. import { a } from "b"',
  '- export default 1',
  '<!-- chú thích -->',
];

describe('generated MDX never carries code from the source', () => {
  for (const line of HOSTILE) {
    it(`keeps ${JSON.stringify(line)} as text`, () => {
      const text = `Số: 01/CT-UBND\n\nHuế, ngày 01 tháng 01 năm 2026\n\nCHỈ THỊ\n\nVề việc thử\n\n${line}\n\n1. Nội dung ${line}\n\nNơi nhận:\n- Lưu: VT.`;
      const mdx = renderMdx(parseDocument(text, source));
      expect(findCode(mdx)).toEqual([]);
      const body = toString(parseMdx(mdx));
      for (const w of words(line)) expect(body).toContain(w);
    });
  }
  it('detects code when it is there (the check itself can fail)', () => {
    expect(findCode('import x from "y"\n\nText {1+1}\n\n<Evil />')).toHaveLength(3);
  });
  it('takes our self-closing tags as text only with our attributes', () => {
    // An empty clause is written as a self-closing tag; the quick line check must not wave through a foreign attribute on one.
    expect(findCode('<Clause id="muc-i__khoan-2" label="2." kind="clause" />\n')).toEqual([]);
    expect(findCode('<Clause id="x" label="2." kind="clause" onclick="alert(1)" />\n')).toHaveLength(1);
    expect(findCode('<Clause id="x" label="{1+1}" />\n').length).toBeGreaterThan(0);
  });
});
