import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource, readSource } from '../../../src/lib/ingest/document.ts';
import { extractText } from '../../../src/lib/source/extract/index.ts';
import { ocrMissing } from '../../../src/lib/source/extract/ocr.ts';
import { detectFormat } from '../../../src/lib/source/extract/formats.ts';
import { FIELDS, fieldRight } from '../../../scripts/eval/score.ts';
import { readHandLabels } from '../../../scripts/eval/labels.ts';

/**
 * One real document (Quyết định 2641/QĐ-UBND of Đà Nẵng, corpus web-md) in
 * every shape an office keeps it: a web page, Word (.docx and .doc), a PDF
 * with a text layer and a scan (tests/fixtures/formats/make.ts made them with
 * LibreOffice). Each must give the document its hand label says.
 */
const BASE = new URL('../../fixtures/formats/quyet-dinh-2641-qd-ubnd-da-nang', import.meta.url).pathname;
const label = readHandLabels().find((l) => l.file === 'web-md/web-md_7599f6525eb44d2e.md')!;

async function parse(ext: string) {
  const file = `${BASE}.${ext}`;
  const bytes = readFileSync(file);
  const extracted = await extractText(file, bytes);
  return { extracted, doc: parseSource(readSource(file, bytes, extracted)) };
}

describe('formats an office keeps', () => {
  for (const [ext, format] of [
    ['html', 'html'],
    ['docx', 'docx'],
    ['doc', 'doc'],
    ['pdf', 'pdf'],
  ] as const) {
    it(`.${ext}: every labelled field right`, async () => {
      const { doc } = await parse(ext);
      expect(doc.source.format).toBe(format);
      expect(FIELDS.filter((f) => !fieldRight(f, doc, label))).toEqual([]);
    });
  }

  it('a scan is read by OCR where Tesseract is installed, else published as needing it', async () => {
    const { doc } = await parse('scan.png');
    expect(doc.source.format).toBe('image');
    if (await ocrMissing()) {
      expect(doc.issues).toContainEqual(expect.objectContaining({ level: 'error', code: 'needs-ocr' }));
    } else {
      // The scan is the first page only: its header is there, its signature is not.
      expect(doc.issues).toContainEqual(expect.objectContaining({ code: 'ocr' }));
      for (const f of ['type', 'number', 'date', 'province'] as const) expect(fieldRight(f, doc, label), f).toBe(true);
    }
  }, 60_000);

  it('the magic bytes win over a binary extension, never over a text one', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    expect(detectFormat('thu.doc', pdf)).toBe('pdf');
    expect(detectFormat('thu.txt', pdf)).toBe('text');
    expect(detectFormat('trang.HTM', pdf)).toBe('html');
    expect(detectFormat('anh.jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
  });

  it('a broken file of a binary format is published with an error naming it, not thrown', async () => {
    const extracted = await extractText('hong.docx', new TextEncoder().encode('PK\u0003\u0004 not a zip'));
    expect(extracted).toMatchObject({ format: 'docx', text: '', plain: true });
    expect(extracted!.notes[0]).toMatchObject({ level: 'error', code: 'unreadable-file' });
    expect(extracted!.notes[0]!.message).toContain('hong.docx');
  });
});
