import type { Instrument } from '../model.ts';
import { COMMON_ABBREVIATIONS } from '../vocabulary/abbreviations.ts';
import { fold } from '../text/vietnamese.ts';

/**
 * Who issued a cited instrument, and whether its number is unique nationwide
 * (central) or only with its issuer's locality (local): `12/CT-UBND` exists in
 * every province, `01/CT-TTg` once.
 */
export type Scope = Instrument['scope'];

/** Issuer codes of symbols, exactly as printed. */
export const ISSUER_SCOPES: Record<string, Scope> = {
  // Party, central
  TW: 'central',
  QUTW: 'central',
  BCT: 'central',
  BBT: 'central',
  BTCTW: 'central',
  VPTW: 'central',
  BTGTW: 'central',
  BTGDVTW: 'central',
  BDVTW: 'central',
  BNCTW: 'central',
  UBKTTW: 'central',
  ĐUQSTW: 'central',
  ĐUCA: 'central',
  ĐUBP: 'central',
  TWMTTQ: 'central',
  MTTW: 'central',
  // State, central
  TTg: 'central',
  CP: 'central',
  VPCP: 'central',
  QH: 'central',
  UBTVQH: 'central',
  CTN: 'central',
  HĐBT: 'central',
  BQP: 'central',
  BCA: 'central',
  BĐBP: 'central',
  BTL: 'central',
  BTTM: 'central',
  TCCT: 'central',
  BTC: 'central',
  BNV: 'central',
  BNG: 'central',
  BTP: 'central',
  BYT: 'central',
  BGDĐT: 'central',
  BKHĐT: 'central',
  BKHCN: 'central',
  BTTTT: 'central',
  BNNPTNT: 'central',
  BNNMT: 'central',
  BLĐTBXH: 'central',
  BXD: 'central',
  BGTVT: 'central',
  BTNMT: 'central',
  BVHTTDL: 'central',
  BDTTG: 'central',
  UBDT: 'central',
  NHNN: 'central',
  TTCP: 'central',
  KTNN: 'central',
  TANDTC: 'central',
  VKSNDTC: 'central',
  TCHQ: 'central',
  // Local
  UBND: 'local',
  UB: 'local',
  HĐND: 'local',
  TU: 'local',
  ThU: 'local',
  HU: 'local',
  QU: 'local',
  ĐU: 'local',
  ĐUQS: 'local',
  BCH: 'local',
  BCHQS: 'local',
  BCHBĐBP: 'local',
  BCĐ: 'local',
  UBMTTQ: 'local',
  MTTQ: 'local',
  BTV: 'local',
  CAT: 'local',
  VP: 'local',
  VPUB: 'local',
};

/** Families of codes: Party bodies of the centre end in TW, of a province in TU/HU…; departments start with S. */
export const ISSUER_SUFFIXES: Array<[suffix: string, scope: Scope]> = [
  ['TW', 'central'],
  ['TU', 'local'],
  ['ThU', 'local'],
  ['HU', 'local'],
  ['QU', 'local'],
];
export const ISSUER_PREFIXES: Array<[prefix: string, scope: Scope]> = [
  ['UBTVQH', 'central'],
  ['QH', 'central'],
  ['UB', 'local'],
  ['S', 'local'],
];

/** Scope of a symbol's issuer code; null when we do not know the code. */
export function scopeOfCode(code: string): Scope | null {
  if (!code) return null;
  // OCR drops the bar of Đ ("BDBP"): try the code as printed, then with D for Đ.
  // A title set in capitals prints "01/CT-TTG": compare in capitals then.
  const upper = code === code.toLocaleUpperCase('vi');
  const exact =
    ISSUER_SCOPES[code] ?? Object.entries(ISSUER_SCOPES).find(([k]) => k.replace(/Đ/g, 'D') === code || (upper && k.toLocaleUpperCase('vi') === code))?.[1];
  if (exact) return exact;
  for (const [suffix, scope] of ISSUER_SUFFIXES) if (code.length > suffix.length && code.endsWith(suffix)) return scope;
  for (const [prefix, scope] of ISSUER_PREFIXES) if (code.startsWith(prefix) && code.length > prefix.length) return scope;
  return null;
}

/** Words that put an issuer below the centre: its locality or a local body. */
const LOCAL_MARKERS = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'UBND',
  'HĐND',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Thị ủy',
  'Quận ủy',
  'Sở',
];
/** Bodies of the centre, as running text names them. */
const CENTRAL_BODIES = [
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Trung ương',
  'Quân ủy Trung ương',
  'Thủ tướng',
  'Chính phủ',
  'Hội đồng Bộ trưởng',
  'Hội đồng Nhà nước',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Chủ tịch nước',
  'Văn phòng Chính phủ',
  'Văn phòng Trung ương',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ban Dân vận Trung ương',
  'Ban Nội chính Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Bộ Tư lệnh Bộ đội Biên phòng',
  'Bộ Tư lệnh BĐBP',
  'Bộ Tổng Tham mưu',
  'Tổng cục Chính trị',
  'Đảng ủy Bộ đội Biên phòng',
  'Bộ trưởng',
  'Bộ',
  'Tổng cục',
  'Ngân hàng Nhà nước',
  'Thanh tra Chính phủ',
  'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
];

/** Whole words, letter case kept: level words are lowercase ("UBND xã"), "Xã hội" of a ministry is not one. */
const words = (s: string): string => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Scope of an issuer named in words ("Hội đồng Bộ trưởng"); null when the words do not say. */
export function scopeOfIssuer(issuer: string | null): Scope | null {
  if (!issuer) return null;
  const w = words(issuer);
  if (LOCAL_MARKERS.some((m) => w.includes(words(m)))) return 'local';
  if (CENTRAL_BODIES.some((b) => w.startsWith(words(b)))) return 'central';
  return null;
}

/** Codes whose letter case is their own ("TTg", "ThU"), by their capitals. */
const MIXED_CASE_CODES = new Map(
  Object.keys(ISSUER_SCOPES)
    .filter((k) => k !== k.toLocaleUpperCase('vi'))
    .map((k) => [k.toLocaleUpperCase('vi'), k]),
);

/**
 * A symbol printed in capitals, as a title set in capitals prints it ("01/CT-TTG"),
 * with each code spelt as its issuer spells it ("01/CT-TTg"); other symbols as printed.
 */
export function casedSymbol(symbol: string): string {
  if (symbol !== symbol.toLocaleUpperCase('vi')) return symbol;
  return symbol.replace(/\p{L}+/gu, (code) => MIXED_CASE_CODES.get(code) ?? code);
}

const letters = (s: string): string => fold(s).replace(/[^a-z]/g, '');

/**
 * The issuer named in words is the one a symbol's code stands for: its initials
 * ("Hội đồng Bộ trưởng" → HĐBT) or the glossary's reading of the code ("TTg" →
 * "Thủ tướng Chính phủ").
 */
export function signsWith(issuer: string, code: string): boolean {
  const initials = (issuer.match(/\p{L}+/gu) ?? []).map((w) => letters(w)[0] ?? '').join('');
  const spelt = COMMON_ABBREVIATIONS[code];
  return initials === letters(code) || (spelt !== undefined && letters(spelt) === letters(issuer));
}
