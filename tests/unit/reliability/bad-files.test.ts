import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, renderMdx } from '../../../src/lib/ingest/index.ts';
import { findCode } from '../../../src/lib/mdx/verify.ts';
import { readDocument } from '../../../src/lib/mdx/read.ts';
import type { Clause, DocumentModel } from '../../../src/lib/model.ts';
import { binaryBytes, DIRECTIVE } from '../../fixtures/encodings.ts';
import { missingWords } from '../../fixtures/model-text.ts';
import { scratchIngest } from '../../helpers/scratch.ts';

/**
 * Issue "bad inputs never break the site", part 2: empty files, binary files,
 * text with no structure and a very large directive are each published (one
 * MDX file each) with what is wrong in the quality report; none throws.
 */

const ingestBytes = scratchIngest('bp-bad-files-');

const issue = (doc: DocumentModel, code: string) => doc.issues.find((i) => i.code === code);

/** The MDX a document becomes: must exist, hold no code and carry the model back in its frontmatter. */
function expectPublishable(doc: DocumentModel): string {
  const mdx = renderMdx(doc);
  expect(findCode(mdx)).toEqual([]);
  expect(readDocument(mdx, `${doc.id}.mdx`)).toEqual(JSON.parse(JSON.stringify(doc)));
  return mdx;
}

describe('files that are not documents are still published, with an error', () => {
  it('an empty file (0 bytes)', async () => {
    const doc = await ingestBytes('rong.txt', '');
    expect(doc.source).toMatchObject({ file: 'rong.txt', bytes: 0, encoding: 'utf-8' });
    expect(issue(doc, 'empty')).toMatchObject({ level: 'error' });
    expect(doc.id).toMatch(/^[a-z0-9-]+$/);
    expectPublishable(doc);
  });

  it('a file of only blank lines, spaces, NBSP and zero-width characters counts as empty', async () => {
    const doc = await ingestBytes('trang.txt', ' \n\r\n\t\u00A0\u200B\u3000\n\n');
    expect(issue(doc, 'empty')).toMatchObject({ level: 'error' });
    expectPublishable(doc);
  });

  it('a binary file (PNG bytes): flagged binary, no garbage text in the model', async () => {
    const doc = await ingestBytes('anh.txt', binaryBytes());
    expect(doc.source.encoding).toBe('binary');
    expect(issue(doc, 'binary')).toMatchObject({ level: 'error' });
    expect(doc.clauses).toEqual([]);
    expect(doc.preamble).toEqual([]);
    expectPublishable(doc);
  });

  it('a text with a few stray NUL bytes is still text (not an empty "binary" page)', async () => {
    // A full directive with two NULs (one mid-line, one at the end, as some exports leave them).
    const text = `${DIRECTIVE.replace('Bộ Chỉ huy', 'Bộ Chỉ\u0000 huy')}\u0000`;
    const doc = await ingestBytes('nul.txt', text);
    expect(doc.source.encoding).toBe('utf-8');
    expect(issue(doc, 'binary')).toBeUndefined();
    expect(missingWords(text, doc)).toEqual([]);
    expectPublishable(doc);
  });

  it('text with no recognisable structure is published as plain paragraphs, flagged, no word lost', async () => {
    const text = 'ghi chú gửi kèm theo đường bưu điện\nkhông có số, không có ngày, không có tiêu đề\n\nchỉ là vài dòng chữ rời rạc để kiểm tra';
    const doc = await ingestBytes('ghi-chu.txt', text);
    expect(issue(doc, 'no-structure')).toBeDefined();
    expect(doc.clauses).toEqual([]);
    expect(doc.header).toEqual([]);
    expect(missingWords(text, doc)).toEqual([]);
    expectPublishable(doc);
  });

  it('ingest() writes one MDX file per bad file and does not stop on them', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'bp-bad-seeds-'));
    const content = mkdtempSync(join(tmpdir(), 'bp-bad-content-'));
    try {
      writeFileSync(join(seeds, 'a-rong.txt'), '');
      writeFileSync(join(seeds, 'b-nhi-phan.txt'), binaryBytes());
      writeFileSync(join(seeds, 'c-chu.md'), 'chỉ một dòng chữ');
      writeFileSync(join(seeds, 'd-hong.pdf'), binaryBytes()); // a PDF that is not one: published with an error
      writeFileSync(join(seeds, 'e-bo-qua.exe'), binaryBytes()); // not a source extension: ignored
      const result = await ingest(seeds, content, { extractCacheDir: join(content, '.extract') });
      expect(result.documents.map((d) => d.source.file)).toEqual(['a-rong.txt', 'b-nhi-phan.txt', 'c-chu.md', 'd-hong.pdf']);
      expect(result.documents[3]!.issues).toContainEqual(expect.objectContaining({ level: 'error', code: 'unreadable-file' }));
      rmSync(join(content, '.extract'), { recursive: true, force: true });
      // Beside the MDX files, the list of entries skipped (none here).
      expect(readdirSync(content).sort()).toEqual([...result.documents.map((d) => `${d.id}.mdx`), 'skipped.json'].sort());
      expect(readFileSync(join(content, 'skipped.json'), 'utf8').trim()).toBe('[]');
      for (const f of readdirSync(content).filter((f) => f.endsWith('.mdx'))) expect(findCode(readFileSync(join(content, f), 'utf8'))).toEqual([]);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('a directive of several megabytes with thousands of clauses', () => {
  const ARTICLES = 300;
  const PER_ARTICLE = 10; // 3,000 numbered clauses in all
  // Each clause is ~1.4 KB of ordinary administrative prose with a marker naming it.
  const filler =
    'Ủy ban nhân dân các xã biên giới phối hợp với Đồn Biên phòng tổ chức tuyên truyền, vận động Nhân dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia; ';
  const clauseText = (a: number, k: number) => `Nhiệm vụ mã${a}x${k} giao cho đơn vị thứ ${k}: ${filler.repeat(6)}báo cáo kết quả trước ngày 15 hằng tháng.`;
  const header = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LẠNG SƠN',
    '',
    'Số: 88/KH-UBND',
    '',
    'Lạng Sơn, ngày 01 tháng 7 năm 2026',
    '',
    'KẾ HOẠCH',
    '',
    'Triển khai nhiệm vụ biên phòng năm 2026',
    '',
  ];
  const footer = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn Bình'];
  const body = Array.from({ length: ARTICLES }, (_, i) => {
    const a = i + 1;
    const clauses = Array.from({ length: PER_ARTICLE }, (_, j) => [`${j + 1}. ${clauseText(a, j + 1)}`, '']).flat();
    // Some clauses carry points, as real plans do.
    if (a % 50 === 1) clauses.splice(2, 0, 'a) Điểm thứ nhất của khoản.', '', 'b) Điểm thứ hai của khoản.', '');
    return [`Điều ${a}. Nhiệm vụ nhóm ${a}`, '', ...clauses];
  }).flat();
  const text = [...header, ...body, ...footer].join('\n');
  const all = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...all(c.children)]);

  it('is ingested with every clause in place, its text intact, and MDX produced (time printed, not asserted)', async () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(3_000_000);
    const started = performance.now();
    const doc = await ingestBytes('ke-hoach-lon.txt', text);
    const parsed = performance.now();
    const mdx = expectPublishable(doc);
    const rendered = performance.now();
    console.log(
      `large document: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${ARTICLES * PER_ARTICLE} clauses; ` +
        `ingestFile ${Math.round(parsed - started)} ms, renderMdx + findCode + frontmatter check ${Math.round(rendered - parsed)} ms, MDX ${(mdx.length / 1e6).toFixed(1)} MB`,
    );

    expect(doc.clauses.map((c) => c.label)).toEqual(Array.from({ length: ARTICLES }, (_, i) => `Điều ${i + 1}`));
    doc.clauses.forEach((article, i) => {
      expect(article.children.map((c) => c.label)).toEqual(Array.from({ length: PER_ARTICLE }, (_, j) => `${j + 1}.`));
      article.children.forEach((c, j) => expect(c.text).toBe(clauseText(i + 1, j + 1)));
    });
    expect(doc.clauses[0]!.children[0]!.children.map((c) => c.label)).toEqual(['a)', 'b)']);
    const ids = all(doc.clauses).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.signer.name).toBe('Trần Văn Bình');
    expect(missingWords(text, doc)).toEqual([]);
    // Every article and clause has its own element in the MDX.
    expect(mdx.match(/<Clause id="[^"]*khoan-\d+" /g)).toHaveLength(ARTICLES * PER_ARTICLE);
  }, 120_000);

  /*
   * Was a limit (src/lib/parse/numbering.ts, the `clause` rule /^(\d{1,3}[.)])/): a flat list
   * numbered past 999 stopped being clauses at "1000.". Four digits and more are now a
   * clause when they continue the previous clause's number (readLongClause).
   */
  const flat = [...header, ...Array.from({ length: 1005 }, (_, i) => [`${i + 1}. Nhiệm vụ số hiệu mã${i + 1}.`, '']).flat(), ...footer].join('\n');
  it('a flat list of more than 999 clauses keeps each as a clause', async () => {
    const doc = await ingestBytes('danh-sach-phang.txt', flat);
    expect(doc.clauses.map((c) => c.label)).toEqual(Array.from({ length: 1005 }, (_, i) => `${i + 1}.`));
  });
  it('a flat list of more than 999 clauses loses no word', async () => {
    const doc = await ingestBytes('danh-sach-phang.txt', flat);
    expect(missingWords(flat, doc)).toEqual([]);
    expectPublishable(doc);
  });
});
