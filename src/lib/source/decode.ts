import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

/**
 * Turns the bytes of a seed file into text, recording which encoding they were in.
 * Order matters: a BOM is proof; UTF-16 without a BOM shows in its zero bytes;
 * valid UTF-8 is near-proof; anything else is one of the legacy Vietnamese
 * single-byte encodings, chosen by how Vietnamese the text reads in each
 * (LEGACY_ENCODINGS below), Windows-1258 when nothing tells them apart.
 */

export interface Decoded {
  text: string;
  encoding: string;
  sha256: string;
  bytes: number;
  /** Set when the bytes do not look like text at all. */
  binary: boolean;
}

/** Byte-order marks; UTF-32 LE before UTF-16 LE, whose mark is its prefix. */
const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Legacy encodings Vietnamese offices used before Unicode, as data: the name
 * recorded in `source.encoding` and the iconv-lite codec that reads it. On a
 * tie (text with no accented word, say) the first wins.
 *
 * - Windows-1258: Vietnamese Windows code page; tone marks are combining bytes.
 * - TCVN3 (ABC, the ".VnTime" fonts): read with iconv-lite's `tcvn` table
 *   (TCVN 5712:1993 VN1, a superset of VN3). Text typed in the capital-only
 *   fonts (".VnTimeH") is stored as lower-case bytes and comes out lower case.
 * - VISCII: RFC 1456.
 */
export const LEGACY_ENCODINGS: ReadonlyArray<{ name: string; codec: string }> = [
  { name: 'windows-1258', codec: 'windows-1258' },
  { name: 'tcvn3', codec: 'tcvn' },
  { name: 'viscii', codec: 'viscii' },
];

/**
 * Accented words so frequent in administrative Vietnamese that almost any
 * document has several; a wrong code page garbles every one of them.
 */
const COMMON_WORDS = new Set(
  (
    'của được các và những trong người thực hiện tỉnh biên phòng ngày tháng năm về việc chỉ thị đồng ' +
    'quốc an ninh ủy nhân dân xã huyện công tác quản lý bảo vệ chủ tịch sở đơn vị cơ quan đạo lãnh kế ' +
    'hoạch triển tăng cường phối hợp đảm báo cáo có không để đến với này tổ chức nhiệm vụ địa phương ' +
    'số nơi nhận gửi lưu đội bộ đảng ủy ban thường xuyên giới tình hình tuyên truyền hiệu quả ở'
  ).split(' '),
);

/** Tone marks (the vowel-quality marks ˆ ˘ ' stay: they make â ă ê ô ơ ư). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel groups that end a syllable ("hai", "khuya", "người" without its tone). */
const OPEN_RHYMES = 'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iêu oa oai oao oay oe oeo oi ôi ơi ua uây uê ui uôi uơ uy uya uyu ưa ưi ươi ươu ưu yêu';
/** Vowel groups that take a final consonant ("biên", "thuyết", "xoong"). */
const CLOSED_RHYMES = 'a ă â e ê i o ô ơ u ư y iê yê oa oă oe uâ uê uô uy ươ uyê oo';
const alternatives = (list: string) =>
  list
    .split(' ')
    .sort((a, b) => b.length - a.length)
    .join('|');
/** One Vietnamese syllable without its tone: onset, then an open rhyme or a vowel group and its final consonant. */
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${alternatives(OPEN_RHYMES)})|(?:${alternatives(CLOSED_RHYMES)})(?:ch|ng|nh|[cmnpt]))$`, 'u');

/**
 * How much a decoding reads like Vietnamese: common accented words score 3,
 * other well-formed accented syllables 1, accented "words" no syllable could be
 * (letters from another alphabet, two tones, a capital inside the word, a vowel
 * group Vietnamese does not have) lose 2. Plain ASCII words read the same in
 * every candidate, and lone letters say too little: neither counts.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const raw of text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(raw)) continue;
    const word = raw.toLocaleLowerCase('vi');
    if (COMMON_WORDS.has(word)) {
      score += 3;
      continue;
    }
    if ([...word].length === 1) continue;
    // lower, Capitalised or CAPITALS; mojibake puts capitals inside words.
    const casing = raw === word || raw === raw.toLocaleUpperCase('vi') || raw.slice(1) === word.slice(1);
    const nfd = word.normalize('NFD');
    const tones = nfd.match(TONES)?.length ?? 0;
    score += casing && tones <= 1 && SYLLABLE.test(nfd.replace(TONES, '').normalize('NFC')) ? 1 : -2;
  }
  return score;
}

function startsWith(buf: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => buf[i] === b);
}

/**
 * Control bytes other than tab, LF, CR, FF: a text file has (almost) none. A few
 * stray NULs (some exports leave one) do not make a text binary: that would
 * publish an empty page and lose the whole text; binary data has them by the
 * hundred, and many other control bytes besides.
 */
function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  let nul = 0;
  // An index loop: the array iterator cost six times as much on every file.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nul++;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  // A floor as well as a share: one NUL in a short text is 2 % of it, and still a text.
  return (nul >= 8 && nul / sample.length > 0.01) || (control >= 8 && control / sample.length > 0.05);
}

/**
 * UTF-16 saved without a BOM: Latin and Vietnamese letters (U+0000–U+01FF,
 * U+1Exx) put a zero or a small byte in every other position, and the other
 * positions almost never hold zero. Checked before the binary test, which
 * would otherwise take the zero bytes for binary data and lose the text.
 */
function bomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const encoding = oddZero / pairs > 0.3 && evenZero / pairs < 0.02 ? 'utf-16le' : evenZero / pairs > 0.3 && oddZero / pairs < 0.02 ? 'utf-16be' : null;
  if (!encoding) return null;
  // The text must then read as text: no control characters beyond line breaks and tabs, no lone surrogates.
  const text = iconv.decode(Buffer.from(buf.subarray(0, n)), encoding);
  const bad = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)?.length ?? 0;
  return bad / text.length < 0.01 ? encoding : null;
}

/** Picks the legacy encoding whose reading of (the start of) the bytes is the most Vietnamese. */
function detectLegacy(buf: Uint8Array): { name: string; codec: string } {
  const sample = Buffer.from(buf.subarray(0, 65536));
  let best = LEGACY_ENCODINGS[0]!;
  let bestScore = -Infinity;
  for (const candidate of LEGACY_ENCODINGS) {
    const score = vietnameseScore(iconv.decode(sample, candidate.codec));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function decode(buf: Uint8Array): Decoded {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const base = { sha256, bytes: buf.length };
  for (const [bom, encoding] of BOMS) {
    if (startsWith(buf, bom)) {
      return { ...base, encoding: `${encoding} (BOM)`, binary: false, text: iconv.decode(Buffer.from(buf.subarray(bom.length)), encoding) };
    }
  }
  const utf16 = bomlessUtf16(buf);
  if (utf16) {
    return { ...base, encoding: utf16, binary: false, text: iconv.decode(Buffer.from(buf), utf16) };
  }
  if (looksBinary(buf)) {
    return { ...base, encoding: 'binary', binary: true, text: '' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ...base, encoding: 'utf-8', binary: false, text };
  } catch {
    const legacy = detectLegacy(buf);
    // Windows-1258 writes tones as combining marks: composing them here is the
    // encoding's business, not a sign of decomposed (NFD) text in the source.
    return { ...base, encoding: legacy.name, binary: false, text: iconv.decode(Buffer.from(buf), legacy.codec).normalize('NFC') };
  }
}
