import { fold } from '../text/vietnamese.ts';

/**
 * Instruments cited by name: "Luật Biên phòng Việt Nam", "Luật Thủy sản".
 * Vietnamese capitalises only the first word of a name, so where a name ends
 * cannot be read from letter case ("vi phạm Luật Thủy sản sẽ còn xảy ra"): the
 * names we know are taken whole (commas and "và" included), others run until a
 * word that cannot be part of a name, a punctuation mark or "năm 2018".
 */
export const KNOWN_NAMES: string[] = [
  'Luật Biên giới quốc gia',
  'Luật Biên phòng Việt Nam',
  'Luật Quốc phòng',
  'Luật An ninh quốc gia',
  'Luật An ninh mạng',
  'Luật Thủy sản',
  'Luật Biển Việt Nam',
  'Luật Dân quân tự vệ',
  'Luật Lực lượng dự bị động viên',
  'Luật Nghĩa vụ quân sự',
  'Luật Sĩ quan Quân đội nhân dân Việt Nam',
  'Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Luật Giáo dục quốc phòng và an ninh',
  'Luật Phòng thủ dân sự',
  'Luật Công an nhân dân',
  'Luật Cảnh sát biển Việt Nam',
  'Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  'Luật Phòng, chống ma túy',
  'Luật Phòng, chống mua bán người',
  'Luật Phòng, chống thiên tai',
  'Luật Xử lý vi phạm hành chính',
  'Luật Hải quan',
  'Luật Đất đai',
  'Luật Lâm nghiệp',
  'Luật Bảo vệ môi trường',
  'Luật Tín ngưỡng, tôn giáo',
  'Luật Thi đua, khen thưởng',
  'Luật Cán bộ, công chức',
  'Luật Ngân sách nhà nước',
  'Luật Đầu tư công',
  'Luật Tổ chức chính quyền địa phương',
  'Luật Tổ chức Chính phủ',
  'Luật Ban hành văn bản quy phạm pháp luật',
  'Luật Trật tự, an toàn giao thông đường bộ',
  'Luật Đường bộ',
  'Luật Giao thông đường bộ',
  'Bộ luật Hình sự',
  'Bộ luật Tố tụng hình sự',
  'Bộ luật Dân sự',
  'Bộ luật Lao động',
  'Bộ luật Hàng hải Việt Nam',
  'Pháp lệnh Bộ đội Biên phòng',
];

/** Words after which a name cannot go on (lowercase words only: a capital always continues). */
const NOT_IN_NAME = new Set(
  (
    'sẽ đã đang được bị và hoặc với của cho theo tại trong để là có không này đó các những thì mà nên vào từ đến ' +
    'về khi năm ngày số gây trên dưới sau trước nhằm mới hiện sửa nay cũng còn đều vẫn phải cần quy đề ban hướng ' +
    'thực triển tổ chỉ gắn qua như'
  ).split(' '),
);
const MAX_WORDS = 8;

export interface NameMatch {
  /** Canonical name: "Luật Thủy sản". */
  name: string;
  /** Length of the name as printed, and of the year after it when there is one. */
  length: number;
  year: string | null;
}

const TOKEN = /\s+([\p{L}\p{N}]+)/uy;
const YEAR = /\s+năm\s+(\d{4})(?![\p{L}\p{N}])/uy;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Known names, longest first, as patterns over folded text ("Thuỷ" = "Thủy", any letter case). */
const KNOWN = [...KNOWN_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((name) => ({ name, pattern: new RegExp(`^${escape(fold(name)).replace(/\s+/g, '\\s+')}(?![a-z0-9])`) }));

/** Known name starting at `from`. Folding keeps NFC text's length, so offsets carry over. */
function known(text: string, from: number): { name: string; length: number } | null {
  const tail = fold(text.slice(from, from + 120));
  for (const { name, pattern } of KNOWN) {
    const m = pattern.exec(tail);
    if (m) return { name, length: m[0].length };
  }
  return null;
}

/**
 * The name of a law, code or ordinance whose kind word (`Luật`) starts at
 * `from` and runs `kindLength` characters. Null when no capitalised word follows
 * ("luật sư", "pháp luật").
 */
/** The Constitution's full title after "Hiến pháp": part of the citation, not of its name. */
// "hoà" and "hòa": both placements of the tone are printed.
const NATION = /\s+nước\s+Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam/iuy;

export function readName(text: string, from: number, kindLength: number): NameMatch | null {
  if (text.slice(from, from + kindLength) === 'Hiến pháp') {
    NATION.lastIndex = from + kindLength;
    const end = NATION.test(text) ? NATION.lastIndex : from + kindLength;
    YEAR.lastIndex = end;
    const year = YEAR.exec(text);
    return { name: 'Hiến pháp', length: (year ? YEAR.lastIndex : end) - from, year: year?.[1] ?? null };
  }
  const hit = known(text, from);
  let end: number;
  let name: string;
  if (hit) {
    end = from + hit.length;
    name = hit.name;
  } else {
    end = from + kindLength;
    let count = 0;
    for (;;) {
      TOKEN.lastIndex = end;
      const m = TOKEN.exec(text);
      if (!m) break;
      const word = m[1]!;
      const capital = /^\p{Lu}/u.test(word);
      if (count === 0 && !capital) return null;
      if (!capital && (NOT_IN_NAME.has(word) || /^\d/.test(word))) break;
      end = TOKEN.lastIndex;
      if (++count >= MAX_WORDS) break;
    }
    if (count === 0) return null;
    name = text.slice(from, end).replace(/\s+/g, ' ');
  }
  YEAR.lastIndex = end;
  const year = YEAR.exec(text);
  return { name, length: (year ? YEAR.lastIndex : end) - from, year: year?.[1] ?? null };
}
