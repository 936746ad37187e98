import { fold } from '../text/vietnamese.ts';
import { slugify } from '../text/slug.ts';

/**
 * The 34 provinces and centrally-run cities since 12/6/2025 (Nghị quyết
 * 202/2025/QH15), with the names of the provinces merged into each: older texts
 * still use them. `tile` places each on a rough north-to-south grid [column, row].
 */
export interface ProvinceInfo {
  name: string;
  slug: string;
  city: boolean;
  former: string[];
  tile: [number, number];
}

const RAW: Array<[name: string, city: boolean, former: string[], tile: [number, number]]> = [
  ['Lai Châu', false, [], [1, 0]],
  ['Lào Cai', false, ['Yên Bái'], [2, 0]],
  ['Tuyên Quang', false, ['Hà Giang'], [3, 0]],
  ['Cao Bằng', false, [], [4, 0]],
  ['Điện Biên', false, [], [0, 1]],
  ['Sơn La', false, [], [1, 1]],
  ['Phú Thọ', false, ['Vĩnh Phúc', 'Hòa Bình'], [2, 1]],
  ['Thái Nguyên', false, ['Bắc Kạn'], [3, 1]],
  ['Lạng Sơn', false, [], [4, 1]],
  ['Hà Nội', true, [], [2, 2]],
  ['Bắc Ninh', false, ['Bắc Giang'], [3, 2]],
  ['Quảng Ninh', false, [], [4, 2]],
  ['Ninh Bình', false, ['Hà Nam', 'Nam Định'], [2, 3]],
  ['Hưng Yên', false, ['Thái Bình'], [3, 3]],
  ['Hải Phòng', true, ['Hải Dương'], [4, 3]],
  ['Thanh Hóa', false, [], [2, 4]],
  ['Nghệ An', false, [], [2, 5]],
  ['Hà Tĩnh', false, [], [3, 5]],
  ['Quảng Trị', false, ['Quảng Bình'], [3, 6]],
  ['Huế', true, ['Thừa Thiên Huế', 'Thừa Thiên - Huế'], [4, 7]],
  ['Đà Nẵng', true, ['Quảng Nam'], [4, 8]],
  ['Quảng Ngãi', false, ['Kon Tum'], [4, 9]],
  ['Gia Lai', false, ['Bình Định'], [4, 10]],
  ['Đắk Lắk', false, ['Phú Yên'], [4, 11]],
  ['Khánh Hòa', false, ['Ninh Thuận'], [5, 12]],
  ['Lâm Đồng', false, ['Đắk Nông', 'Bình Thuận'], [4, 12]],
  ['Đồng Nai', false, ['Bình Phước'], [3, 13]],
  ['Tây Ninh', false, ['Long An'], [2, 13]],
  ['Thành phố Hồ Chí Minh', true, ['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu'], [4, 13]],
  ['Đồng Tháp', false, ['Tiền Giang'], [2, 14]],
  ['Vĩnh Long', false, ['Bến Tre', 'Trà Vinh'], [3, 14]],
  ['An Giang', false, ['Kiên Giang'], [1, 14]],
  ['Cần Thơ', true, ['Sóc Trăng', 'Hậu Giang'], [2, 15]],
  ['Cà Mau', false, ['Bạc Liêu'], [1, 15]],
];

export const PROVINCES: ProvinceInfo[] = RAW.map(([name, city, former, tile]) => ({
  name,
  slug: slugify(name === 'Thành phố Hồ Chí Minh' ? 'Hồ Chí Minh' : name),
  city,
  former,
  tile,
}));

/** Every name a province goes by, folded, longest first so "Thừa Thiên Huế" beats "Huế". */
const NAMES: Array<{ folded: string; province: ProvinceInfo; former: boolean }> = PROVINCES.flatMap((p) => [
  { folded: fold(p.name), province: p, former: false },
  ...(p.name === 'Thành phố Hồ Chí Minh' ? [{ folded: fold('Hồ Chí Minh'), province: p, former: false }] : []),
  ...p.former.map((f) => ({ folded: fold(f), province: p, former: true })),
]).sort((a, b) => b.folded.length - a.folded.length);

/** The province a place name is, or was part of: "Thừa Thiên Huế" → Huế. */
export function provinceByName(name: string): ProvinceInfo | null {
  const f = fold(name).replace(/\s+/g, ' ').trim();
  return NAMES.find((n) => n.folded === f)?.province ?? null;
}

/**
 * Provinces named after a level word in running text: "tỉnh Nghệ An",
 * "UBND tỉnh An Giang", "thành phố Huế". Returns each with the words that named it.
 */
export function provincesInText(text: string): Array<{ province: ProvinceInfo; evidence: string }> {
  const found: Array<{ province: ProvinceInfo; evidence: string }> = [];
  const re = /(tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ|TP\.?)\s+((?:[\p{Lu}Đ][\p{L}]*[\s–-]*){1,4})/gu;
  for (const m of text.matchAll(re)) {
    const candidate = m[2]!.trim().replace(/[\s–-]+$/u, '');
    // Try the longest run of capitalised syllables first: "Thanh Hóa Của" → "Thanh Hóa".
    const syllables = candidate.split(/\s+/);
    for (let n = syllables.length; n > 0; n--) {
      const province = provinceByName(syllables.slice(0, n).join(' '));
      if (province) {
        found.push({ province, evidence: `${m[1]} ${syllables.slice(0, n).join(' ')}` });
        break;
      }
    }
  }
  return found;
}

/** Each name as whole words: " thua thien hue " (made once, not per call). */
const WORDS = NAMES.map((n) => ({ words: ` ${n.folded.replace(/[^a-z0-9]+/g, ' ')} `, province: n.province }));

/** First province whose name (current or former) appears as whole words in `s`. */
export function provinceInName(s: string): ProvinceInfo | null {
  const f = ` ${fold(s).replace(/[^a-z0-9]+/g, ' ')} `;
  return WORDS.find((n) => f.includes(n.words))?.province ?? null;
}
