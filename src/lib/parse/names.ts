import { PROVINCES } from '../vocabulary/provinces.ts';

/**
 * Sentence case for names printed in capitals in headers: "TỈNH ỦY LÀO CAI" →
 * "Tỉnh ủy Lào Cai". Proper names come back from the province list and from the
 * names of bodies below, as they are written in running text.
 */
export const BODY_NAMES = [
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Thường trực',
  'Tỉnh ủy',
  'Thành ủy',
  'Đảng ủy',
  'Huyện ủy',
  'Thị ủy',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Bộ Chỉ huy',
  'Ban Chỉ huy',
  'Bộ đội Biên phòng',
  'Quân sự',
  'Công an',
  'Văn phòng',
  'Bộ Tư lệnh',
  'Quân khu',
  'Chính phủ',
  'Thủ tướng',
  'Bộ Quốc phòng',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Trung ương',
  'UBND',
  'HĐND',
  'MTTQ',
  'BĐBP',
  'Việt Nam',
  'Thương binh và Xã hội',
];

/** Every name to restore, with its lower case (computed once, not per call). */
const NAMES = [...BODY_NAMES, ...PROVINCES.flatMap((p) => [p.name, ...p.former])].map((name) => ({ name, lower: name.toLocaleLowerCase('vi') }));

/**
 * A body's own name after its kind takes a capital, as Vietnamese writes it: "Bộ Tài chính",
 * "Cục Thuế", "Sở Tư pháp", "Tổng cục Thống kê" ("Bộ đội" is one word, not a ministry).
 */
export const KIND_THEN_NAME = /^(Bộ|Cục|Sở|Tổng cục|Vụ|Viện|Học viện|Ngân hàng|Kho bạc|Thanh tra|Kiểm toán) (?!đội(?![\p{L}]))(\p{Ll})/u;

export function sentenceCase(upper: string): string {
  let s = upper.toLocaleLowerCase('vi');
  s = s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  // The lower case of `s`, kept in step with it.
  let lowered = s.toLocaleLowerCase('vi');
  for (const { name, lower } of NAMES) {
    let from = 0;
    for (let at = lowered.indexOf(lower, from); at >= 0; at = lowered.indexOf(lower, from)) {
      const before = s[at - 1];
      const after = s[at + lower.length];
      const whole = (!before || /[\s(,-]/u.test(before)) && (!after || /[\s),.-]/u.test(after));
      // Keep the sentence's first capital: "Tỉnh ủy" at the start stays as the body name says.
      if (whole) {
        s = s.slice(0, at) + (at === 0 ? name.charAt(0).toLocaleUpperCase('vi') + name.slice(1) : name) + s.slice(at + lower.length);
        lowered = s.toLocaleLowerCase('vi');
      }
      from = at + lower.length;
    }
  }
  return s.replace(KIND_THEN_NAME, (_, kind: string, first: string) => `${kind} ${first.toLocaleUpperCase('vi')}`);
}

/** Issuer codes in numbers, as the body is named in running text. */
export const ISSUER_CODES: Record<string, string> = {
  UBND: 'UBND',
  HĐND: 'HĐND',
  TU: 'Tỉnh ủy',
  ThU: 'Thành ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  BTV: 'Ban Thường vụ',
  BCH: 'Ban Chỉ huy',
  BĐBP: 'Bộ Tư lệnh Bộ đội Biên phòng',
};
