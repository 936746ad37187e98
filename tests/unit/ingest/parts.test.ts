import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { words } from '../../../src/lib/text/vietnamese.ts';

/**
 * Issue 22, item 6: a text above the page limit is published whole, across
 * pages cut at its top-level sections, with a note. The limit is set small here
 * (PART_BYTES, read when the module loads) so the texts stay small.
 */
process.env.PART_BYTES = '20000';
const { splitText } = await import('../../../src/lib/ingest/parts.ts');
const { ingest } = await import('../../../src/lib/ingest/index.ts');
const { readDocument } = await import('../../../src/lib/mdx/read.ts');

const rejoin = (parts: Array<{ text: string; continues: boolean }>) => parts.map((p, i) => (i && !p.continues ? `\n${p.text}` : p.text)).join('');
const bytes = (s: string) => Buffer.byteLength(s);
const filler = 'Ủy ban nhân dân các xã biên giới phối hợp với Đồn Biên phòng tuyên truyền, vận động Nhân dân bảo vệ chủ quyền lãnh thổ.';

/** A long plan: chapters of articles of clauses, as Nghị định 30 lays them out. */
function longPlan(chapters: number): string {
  const out = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LẠNG SƠN',
    'Số: 88/KH-UBND',
    'Lạng Sơn, ngày 01 tháng 7 năm 2026',
    'KẾ HOẠCH',
    'Triển khai nhiệm vụ biên phòng năm 2026',
    '',
  ];
  const end = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn Bình'];
  for (let c = 1; c <= chapters; c++) {
    out.push(`Chương ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][c - 1]}`, `NHIỆM VỤ NHÓM ${c}`, '');
    for (let a = 1; a <= 6; a++) {
      out.push(`Điều ${(c - 1) * 6 + a}. Nhiệm vụ mã c${c}a${a}`);
      for (let k = 1; k <= 6; k++) out.push(`${k}. Việc c${c}a${a}k${k}: ${filler}`);
      out.push('');
    }
  }
  return [...out, ...end].join('\n');
}

describe('splitText', () => {
  it('keeps a text that fits in one part', () => {
    expect(splitText('một dòng\nhai dòng', 100)).toEqual([{ text: 'một dòng\nhai dòng', line: 1, continues: false }]);
  });

  it('cuts a long text into parts within the limit, at chapter or article starts, losing nothing', () => {
    const text = longPlan(8);
    const parts = splitText(text, 20000);
    expect(parts.length).toBeGreaterThan(2);
    expect(rejoin(parts)).toBe(text);
    for (const p of parts) expect(bytes(p.text)).toBeLessThanOrEqual(20000);
    for (const p of parts.slice(1)) expect(p.text).toMatch(/^(Chương|Điều) /);
    const lines = text.split('\n');
    for (const p of parts) expect(lines[p.line - 1]).toBe(p.text.split('\n')[0]);
  });

  it('cuts a line longer than a part at spaces, never inside a word', () => {
    const line = Array.from({ length: 3000 }, (_, i) => `từ${i}`).join(' ');
    const parts = splitText(`đầu\n${line}\ncuối`, 4000);
    expect(rejoin(parts)).toBe(`đầu\n${line}\ncuối`);
    for (const p of parts) expect(bytes(p.text)).toBeLessThanOrEqual(4000);
    expect(parts.flatMap((p) => p.text.split(/\s+/)).filter((w) => w.startsWith('từ'))).toHaveLength(3000);
  });
});

describe('ingest of a text above the limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes part 1 as the document with its metadata and a note, and each further part as its own MDX', async () => {
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    mkdirSync(seeds);
    const text = longPlan(8);
    writeFileSync(join(seeds, 'ke-hoach-dai.txt'), text);
    const result = await ingest(seeds, content);
    const [entry] = result.documents;
    const doc = readDocument(readFileSync(join(content, `${entry!.id}.mdx`), 'utf8'), 'x');
    expect(doc.number?.symbol).toBe('88/KH-UBND');
    expect(doc.subject).toMatch(/nhiệm vụ biên phòng/i);
    expect(doc.parts!.length).toBeGreaterThan(1);
    expect(doc.issues.find((i) => i.code === 'split')).toMatchObject({ level: 'warning', line: doc.parts![0]!.line });
    // The end is on the last page: signed there, so not "incomplete".
    expect(doc.signer.name).toBe('Trần Văn Bình');
    expect(doc.issues.map((i) => i.code)).not.toContain('incomplete');
    expect(readdirSync(join(content, entry!.id)).sort()).toEqual(doc.parts!.map((p) => `${p.slug}.mdx`).sort());
    // Every word of the source is on one of the pages.
    const parts = doc.parts!.map((p) => readDocument(readFileSync(join(content, entry!.id, `${p.slug}.mdx`), 'utf8'), p.slug));
    const shown = JSON.stringify([doc, ...parts]);
    const missing = [...new Set(words(text))].filter((w) => !shown.includes(w));
    expect(missing).toEqual([]);
    // Once the text fits again, the folder of parts goes.
    writeFileSync(join(seeds, 'ke-hoach-dai.txt'), longPlan(1));
    await ingest(seeds, content);
    expect(existsSync(join(content, entry!.id))).toBe(false);
  });
});
