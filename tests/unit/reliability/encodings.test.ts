import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, LEGACY_ENCODINGS, vietnameseScore } from '../../../src/lib/source/decode.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { DIRECTIVE, encodeLegacy, encodeWindows1258, utf16be, utf16le, utf8bom } from '../../fixtures/encodings.ts';
import { missingWords } from '../../fixtures/model-text.ts';
import { scratchIngest } from '../../helpers/scratch.ts';

/**
 * Issue "bad inputs never lose text", part 1: whatever encoding, line endings or
 * invisible characters a seed file arrives with, the text and the document model
 * must come out exactly as from a clean UTF-8 file. Binary fixtures are generated
 * here (tests/fixtures/encodings.ts), never committed.
 */

const ingestBytes = scratchIngest('bp-encodings-');

/** The model minus what legitimately differs between two copies of one text (file info, notes about the file). */
function comparable(doc: DocumentModel): Omit<DocumentModel, 'source' | 'issues'> {
  const { source: _source, issues: _issues, ...rest } = doc;
  return rest;
}

const codes = (doc: DocumentModel) => doc.issues.map((i) => i.code);

let reference: DocumentModel;
beforeAll(async () => {
  reference = await ingestBytes('reference.txt', DIRECTIVE);
});

describe('the reference directive (clean UTF-8) parses as expected', () => {
  // Guards the other tests: if the parser stopped reading this text, "same model as the reference" would prove nothing.
  it('has its number, date, province, clauses and signer, and loses no word', () => {
    expect(reference.source.encoding).toBe('utf-8');
    expect(reference.number?.symbol).toBe('07/CT-UBND');
    expect(reference.date).toBe('2026-03-12');
    expect(reference.province?.slug).toBe('quang-tri');
    expect(reference.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.']);
    expect(reference.clauses[1]!.children.map((c) => c.label)).toEqual(['a)', 'b)']);
    expect(reference.signer.name).toBe('Nguyễn Văn Hùng');
    expect(missingWords(DIRECTIVE, reference)).toEqual([]);
    expect(codes(reference)).not.toContain('legacy-encoding');
  });
});

describe('encodings: decode() finds the encoding and ingest gives the same model', () => {
  const cases: Array<[string, () => Buffer, string]> = [
    ['UTF-8 without BOM', () => Buffer.from(DIRECTIVE, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', () => utf8bom(DIRECTIVE), 'utf-8 (BOM)'],
    ['UTF-16 LE with BOM', () => utf16le(DIRECTIVE), 'utf-16le (BOM)'],
    ['UTF-16 BE with BOM', () => utf16be(DIRECTIVE), 'utf-16be (BOM)'],
    // Without a BOM the zero bytes used to make the file "binary": an empty page, the text lost.
    ['UTF-16 LE without BOM', () => utf16le(DIRECTIVE, false), 'utf-16le'],
    ['UTF-16 BE without BOM', () => utf16be(DIRECTIVE, false), 'utf-16be'],
    ['UTF-32 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(DIRECTIVE, 'utf-32le')]), 'utf-32le (BOM)'],
    ['UTF-32 BE with BOM', () => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(DIRECTIVE, 'utf-32be')]), 'utf-32be (BOM)'],
    ['Windows-1258 (tones as combining bytes)', () => encodeWindows1258(DIRECTIVE), 'windows-1258'],
    ['TCVN3 / TCVN 5712 (.VnTime fonts)', () => encodeLegacy(DIRECTIVE, 'tcvn'), 'tcvn3'],
    ['VISCII', () => encodeLegacy(DIRECTIVE, 'viscii'), 'viscii'],
  ];

  for (const [name, bytes, encoding] of cases) {
    it(name, async () => {
      const buf = bytes();
      const decoded = decode(buf);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.binary).toBe(false);
      expect(decoded.bytes).toBe(buf.length);
      // The BOM is not text: it must not stick to the first header line.
      expect(normalizeText(decoded.text).text).toBe(DIRECTIVE);

      const doc = await ingestBytes(`${encoding.replace(/\W+/g, '-')}.txt`, buf);
      expect(doc.source.encoding).toBe(encoding);
      expect(comparable(doc)).toEqual(comparable(reference));
      const legacy = !encoding.startsWith('utf-');
      expect(codes(doc).includes('legacy-encoding')).toBe(legacy);
      if (legacy) expect(doc.issues.find((i) => i.code === 'legacy-encoding')!.message).toContain(encoding);
      // Combining tone bytes of Windows-1258 are the code page's doing, not decomposed (NFD) text.
      expect(codes(doc)).not.toContain('nfd');
    });
  }

  it('the legacy encodings exist in iconv-lite (so detection cannot silently fall back)', () => {
    for (const { codec } of LEGACY_ENCODINGS) expect(iconv.encodingExists(codec)).toBe(true);
  });

  it('bytes that are not UTF-8 and carry no accented word default to Windows-1258', () => {
    // 0xA0 is a no-break space in Windows-1258 and TCVN3, a lone "Õ" in VISCII: nothing tells them apart.
    const d = decode(Buffer.from([0x41, 0x42, 0x20, 0xa0, 0x32, 0x30, 0x32, 0x36]));
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toBe('AB \u00A02026');
  });
});

describe('legacy detection heuristics (data: LEGACY_ENCODINGS, common words, syllable shape)', () => {
  // Short, capital-only and punctuation-heavy samples are the hard ones: few words to judge by.
  const samples = [
    'Chỉ thị',
    // Two words can be truly ambiguous ("Hà Nội" in VISCII bytes reads "HỔ Nài" in TCVN3); three are enough here.
    'tại Hà Nội',
    'CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG',
    'Nguyễn Thị Hường, Đồn Biên phòng cửa khẩu quốc tế Lào Cai.',
    'Ủy ban nhân dân tỉnh; Sở Tài chính; Bộ đội Biên phòng (BĐBP) - năm 2026.',
  ];
  const writers: Record<string, (s: string) => Buffer> = {
    'windows-1258': encodeWindows1258,
    tcvn3: (s) => encodeLegacy(s, 'tcvn'),
    viscii: (s) => encodeLegacy(s, 'viscii'),
  };
  for (const sample of samples) {
    for (const { name, codec } of LEGACY_ENCODINGS) {
      it(`"${sample}" written in ${name} reads best in ${name}`, () => {
        const bytes = writers[name]!(sample);
        const scores = LEGACY_ENCODINGS.map((e) => vietnameseScore(iconv.decode(bytes, e.codec)));
        const own = vietnameseScore(iconv.decode(bytes, codec));
        expect(Math.max(...scores)).toBe(own);
        // Strictly best (a tie would go to the first candidate, which may be wrong).
        expect(scores.filter((s) => s === own)).toHaveLength(1);
        const decoded = decode(bytes);
        expect(decoded.encoding).toBe(name);
        expect(decoded.text).toBe(sample);
      });
    }
  }

  it('scores real Vietnamese above mojibake and foreign letters', () => {
    expect(vietnameseScore('của các được')).toBeGreaterThan(0);
    expect(vietnameseScore('cña c¸c ®−îc')).toBeLessThan(0);
    expect(vietnameseScore('Straße Ärger')).toBeLessThan(0);
    // Lone letters say nothing either way ("Õ" is one VISCII byte that is a space elsewhere).
    expect(vietnameseScore('Õ')).toBe(0);
  });
});

describe('normalisation: Unicode forms, line endings, invisible and odd spaces', () => {
  it('mixed NFC/NFD lines give the NFC text and the same model, with a note', async () => {
    const lines = DIRECTIVE.split('\n');
    const mixed = lines.map((l, i) => (i % 2 ? l.normalize('NFD') : l)).join('\n');
    expect(mixed).not.toBe(DIRECTIVE);
    const n = normalizeText(mixed);
    expect(n.text).toBe(DIRECTIVE);
    expect(n.wasDecomposed).toBe(true);
    const doc = await ingestBytes('mixed-nfd.txt', mixed);
    expect(comparable(doc)).toEqual(comparable(reference));
    expect(codes(doc)).toContain('nfd');
  });

  it.each([
    ['CRLF', '\r\n', 'crlf'],
    ['CR (old Mac)', '\r', 'cr'],
  ] as const)('%s line endings give the same text, lines and model', async (_name, eol, kind) => {
    const text = DIRECTIVE.replace(/\n/g, eol);
    const n = normalizeText(text);
    expect(n.lineEndings).toBe(kind);
    expect(n.text).toBe(DIRECTIVE);
    const doc = await ingestBytes(`eol-${kind}.txt`, text);
    // Same model includes the same 1-based source line of every clause.
    expect(comparable(doc)).toEqual(comparable(reference));
  });

  it('mixed line endings are reported as mixed and still normalised', () => {
    const n = normalizeText('a\r\nb\rc\nd');
    expect(n.lineEndings).toBe('mixed');
    expect(n.text).toBe('a\nb\nc\nd');
  });

  it('NBSP, odd spaces, zero-width characters, soft hyphens and stray BOMs do not change the model', async () => {
    const dirty = DIRECTIVE.replace('Số: 07', 'Số:\u00A007')
      .replace('Quảng Trị, ngày', 'Quảng\u202FTrị,\u2009ngày')
      .replace('CHỈ THỊ', '\u200BCHỈ\u00A0THỊ\u200D')
      .replace('Bộ Chỉ huy', 'Bộ\u00A0Chỉ\u2060 huy')
      .replace('Sở Tài chính', '\uFEFFSở Tài chí\u00ADnh')
      .replace('1. Bộ', '1.\u00A0Bộ');
    const n = normalizeText(dirty);
    expect(n.invisibleRemoved).toBe(5);
    expect(n.text).toBe(DIRECTIVE);
    const doc = await ingestBytes('invisible.txt', dirty);
    expect(comparable(doc)).toEqual(comparable(reference));
  });
});
