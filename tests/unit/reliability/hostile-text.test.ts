import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toString } from 'mdast-util-to-string';
import { ingest, ingestFile, renderMdx } from '../../../src/lib/ingest/index.ts';
import { findCode } from '../../../src/lib/mdx/verify.ts';
import { parseMdx } from '../../../src/lib/mdx/serialize.ts';
import { readDocument } from '../../../src/lib/mdx/read.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { missingWords, modelStrings } from '../../fixtures/model-text.ts';
import { LITERAL, UNDERSCORED } from '../../fixtures/hostile-tokens.ts';

/**
 * Issue "bad inputs never run code", part 3: a realistic directive whose text is
 * code elsewhere (JSX expressions, HTML, our own component tags, ESM lines,
 * Markdown code and links, `$`, `\`, `javascript:`). The MDX written for it must
 * hold none of it as code, and the model must keep every token literally, so
 * the page (rendered from the model) shows it as text.
 */

const HOSTILE_DIR = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const FILE = 'chi-thi-ma-doc.txt';

let source: string;
let doc: DocumentModel;
let mdx: string;
beforeAll(async () => {
  source = readFileSync(join(HOSTILE_DIR, FILE), 'utf8');
  doc = await ingestFile(HOSTILE_DIR, FILE);
  mdx = renderMdx(doc);
});

describe('a directive full of code-like text', () => {
  it('is parsed as the directive it is (not thrown back to plain text)', () => {
    expect(doc.number?.symbol).toBe('99/CT-UBND');
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(doc.issues.filter((i) => i.level === 'error')).toEqual([]);
    for (const t of [...LITERAL, ...UNDERSCORED]) expect(source).toContain(t);
  });

  it('MDX written for it contains no code (ESM, expressions, HTML, foreign JSX, unsafe links)', () => {
    expect(findCode(mdx)).toEqual([]);
  });

  it('the MDX frontmatter gives back the exact model', () => {
    expect(readDocument(mdx, FILE)).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('keeps every hostile token literally in the model (what pages render)', () => {
    const text = modelStrings(doc).join('\n').replace(/\n/g, ' ');
    expect(LITERAL.filter((t) => !text.includes(t))).toEqual([]);
    expect(missingWords(source, doc)).toEqual([]);
  });

  it('an MDX reader sees every hostile token as text', () => {
    const body = toString(parseMdx(mdx.slice(mdx.indexOf('\n---\n') + 5)));
    expect(LITERAL.filter((t) => !body.includes(t.replace(/\n/g, '')))).toEqual([]);
  });

  /*
   * Was a bug (src/lib/parse/markdown.ts, splitGluedEmphasis/stripInline): a run of two
   * or more underscores inside a word was taken for Markdown emphasis glued between two
   * spans, so "window.__pwned=1" was cut into "window." and "pwned=1" and the "__"
   * dropped. An unpaired run is now text.
   */
  it('keeps "__" inside words ("window.__pwned") literally', () => {
    const text = modelStrings(doc).join(' ');
    expect(UNDERSCORED.filter((t) => !text.includes(t))).toEqual([]);
  });

  it('ingest() writes exactly that MDX, with no fallback to plain text', async () => {
    const content = mkdtempSync(join(tmpdir(), 'bp-hostile-content-'));
    try {
      const { documents } = await ingest(HOSTILE_DIR, content);
      // (Its twin ban-sao-chi-thi.txt sorts first, so this one's id gets a suffix: compare with its own model.)
      const { id } = documents.find((d) => d.source.file === FILE)!;
      const mdx = readFileSync(join(content, `${id}.mdx`), 'utf8');
      const written = readDocument(mdx, id);
      expect(written.clauses).toHaveLength(5);
      expect(written.issues.map((i) => i.code)).not.toContain('parse-failed');
      expect(mdx).toBe(renderMdx(written));
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('hostile lines one by one, in every place of a document', () => {
  // Each line in the subject, the preamble, a clause, a point, a recipient and the trailer.
  const place = (line: string) =>
    [
      'Số: 01/CT-UBND',
      '',
      'Huế, ngày 01 tháng 01 năm 2026',
      '',
      'CHỈ THỊ',
      '',
      `Về việc ${line}`,
      '',
      line,
      '',
      `1. ${line}`,
      '',
      `a) ${line}`,
      '',
      line,
      '',
      'Nơi nhận:',
      `- ${line}`,
      '- Lưu: VT.',
      '',
      'CHỦ TỊCH',
      '',
      'Lê Văn Tâm',
      '',
      line,
    ].join('\n');

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-hostile-lines-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const LINES = [
    ...LITERAL,
    '---',
    '***',
    '<Clause id="khoan-1" label="1." kind="clause">',
    '  import x from "y"',
    '\timport x from "y"',
    'export{a}',
    '{/* chú thích */}',
    '<>{x}</>',
    '&lt;script&gt; &#123;',
    '![ảnh](javascript:alert(1))',
    '<https://example.com>',
    'https://example.com/?a=1&b={2}',
  ];
  for (const line of LINES) {
    it(`${JSON.stringify(line)} stays text`, async () => {
      const text = place(line);
      writeFileSync(join(dir, 'x.txt'), text);
      const d = await ingestFile(dir, 'x.txt');
      const out = renderMdx(d);
      expect(findCode(out)).toEqual([]);
      expect(missingWords(text, d)).toEqual([]);
    });
  }
});
