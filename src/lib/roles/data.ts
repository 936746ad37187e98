import type { Role } from '../model.ts';

/**
 * Bodies that provincial directives give tasks to, as roles shared across
 * provinces: Huế's "Ban Chỉ huy Bộ đội Biên phòng thành phố" and Thanh Hóa's
 * "Ban Chỉ huy Bộ đội Biên phòng" are both `bch-bdbp`.
 *
 * `patterns` are regular-expression sources matched on folded text (see
 * `fold`: no accents, đ → d, lowercase), so "BĐBP" and the OCR slip "BDBP"
 * read alike. Where two patterns overlap the longest match wins, which is how
 * "Đảng ủy Ban Chỉ huy BĐBP tỉnh" stays the party committee and not the command.
 *
 * `name` is written as running text writes it ("các sở, ban, ngành", "Ủy ban
 * nhân dân tỉnh"), so that pages can set it inside a sentence: "Nhiệm vụ của
 * các sở, ban, ngành", never a capitalised "Các" mid-sentence.
 */
export interface RoleRule extends Role {
  patterns: string[];
}

/** "tỉnh" or "thành phố" (centrally-run cities word their bodies this way). */
const LEVEL = '(?:tinh|thanh pho|tp)';
/** "Tỉnh ủy" or "Thành ủy". */
const PARTY_COMMITTEE = '(?:tinh uy|thanh uy)';
const BDBP = '(?:bo doi bien phong|bdbp)';
const UBND = '(?:ubnd|uy ban nhan dan)';
const MTTQ = '(?:uy ban )?(?:mat tran to quoc(?: viet nam)?|mttq(?:vn)?)|ubmttq(?:vn)?';
/** "xã, phường", "các xã, phường, thị trấn", "xã". */
const COMMUNES = '(?:cac )?(?:xa|phuong|thi tran)(?:\\s*,\\s*(?:xa|phuong|thi tran))*';
/** "biên giới", "khu vực biên giới", "thuộc khu vực biên giới" (not "không thuộc": that never reaches here). */
const BORDER = '(?:thuoc )?(?:khu vuc )?bien gioi';
const POLITICAL_SOCIAL = 'chinh tri\\s*[-–,]?\\s*xa hoi';

export const ROLES: RoleRule[] = [
  // Departments (sở) after the 2025 reorganisation, with their former names where merged.
  { id: 'so-tai-chinh', name: 'Sở Tài chính', patterns: ['so tai chinh'] },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', patterns: ['so noi vu', 'so lao dong,? thuong binh va xa hoi'] },
  { id: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', patterns: ['so giao duc(?: va dao tao)?', 'so gd ?(?:&|va) ?dt'] },
  { id: 'so-y-te', name: 'Sở Y tế', patterns: ['so y te'] },
  {
    id: 'so-van-hoa-the-thao-du-lich',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    patterns: ['so van hoa(?:,? the thao)?(?: va du lich)?', 'so vh,? ?tt(?: ?(?:&|va) ?dl)?'],
  },
  {
    id: 'so-nong-nghiep-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường',
    patterns: ['so nong nghiep(?: va (?:moi truong|phat trien nong thon|ptnt))?', 'so tai nguyen va moi truong'],
  },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', patterns: ['so xay dung', 'so giao thong van tai'] },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', patterns: ['so cong thuong'] },
  { id: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo', patterns: ['so dan toc(?: va ton giao)?', `ban dan toc(?: ${LEVEL})?`] },
  { id: 'so-khoa-hoc-cong-nghe', name: 'Sở Khoa học và Công nghệ', patterns: ['so khoa hoc(?: va cong nghe)?', 'so thong tin va truyen thong'] },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', patterns: ['so ngoai vu'] },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', patterns: ['so tu phap'] },
  {
    id: 'cac-so-nganh',
    name: 'các sở, ban, ngành',
    patterns: ['(?:cac )?so\\s*,\\s*(?:ban\\s*,\\s*)?nganh', 'cac (?:co quan|ban)\\s*,?\\s*(?:ban\\s*,\\s*)?nganh'],
  },

  // Armed forces.
  {
    id: 'bch-quan-su',
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    patterns: [`bo chi huy (?:quan su|qs)(?: ${LEVEL})?`, `ban chi huy (?:quan su|qs) ${LEVEL}`, `bchqs ${LEVEL}`],
  },
  // "Ban Chỉ huy" (older, and still in Huế's and Thanh Hóa's texts) = "Bộ Chỉ huy": one command.
  { id: 'bch-bdbp', name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', patterns: [`(?:(?:bo|ban) chi huy |bch ?)${BDBP}(?: ${LEVEL})?`] },
  // Posts and the border-gate commands under it; "Đoàn Biên phòng" is how the Nhơn Hưng report spells its post.
  { id: 'don-bien-phong', name: 'Đồn Biên phòng', patterns: ['(?:don|doan) bien phong', 'ban chi huy bien phong cua khau'] },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', patterns: [`cong an ${LEVEL}`] },

  // Party bodies.
  { id: 'dang-uy-quan-su', name: 'Đảng ủy Quân sự tỉnh', patterns: [`dang uy quan su(?: ${LEVEL})?`] },
  {
    id: 'dang-uy-bdbp-tinh',
    name: 'Đảng ủy Bộ đội Biên phòng tỉnh',
    patterns: [`dang uy (?:(?:bo|ban) chi huy |bch ?)?${BDBP} ${LEVEL}`, `dang uy (?:bo|ban) chi huy ${BDBP}`],
  },
  // The whole force's party committee (central), as in "Quy chế phối hợp giữa Tỉnh ủy với Đảng ủy Bộ đội Biên phòng".
  { id: 'dang-uy-bdbp', name: 'Đảng ủy Bộ đội Biên phòng', patterns: [`dang uy ${BDBP}`] },
  { id: 'dang-uy-cong-an', name: 'Đảng ủy Công an tỉnh', patterns: [`dang uy cong an ${LEVEL}`] },
  { id: 'dang-uy-ubnd', name: 'Đảng ủy Ủy ban nhân dân tỉnh', patterns: [`dang uy ${UBND} ${LEVEL}`] },
  { id: 'dang-uy-mttq', name: 'Đảng ủy Ủy ban Mặt trận Tổ quốc tỉnh', patterns: [`dang uy (?:${MTTQ})(?: ${LEVEL})?`] },
  { id: 'dang-uy-co-quan-dang', name: 'Đảng ủy các cơ quan Đảng tỉnh', patterns: [`dang uy (?:cac )?co quan dang(?: ${LEVEL})?`] },
  { id: 'dang-uy-truc-thuoc', name: 'các đảng ủy trực thuộc Tỉnh ủy', patterns: [`(?:cac )?dang uy truc thuoc ${PARTY_COMMITTEE}`] },
  {
    id: 'co-quan-tham-muu-tinh-uy',
    name: 'các cơ quan tham mưu, giúp việc Tỉnh ủy',
    patterns: [`(?:cac )?co quan (?:chuyen trach )?tham muu\\s*,?\\s*giup viec ${PARTY_COMMITTEE}`],
  },
  {
    id: 'ban-tuyen-giao-dan-van',
    name: 'Ban Tuyên giáo và Dân vận',
    patterns: [`ban tuyen giao(?: va dan van)?(?: ${PARTY_COMMITTEE})?`, `ban dan van(?: ${PARTY_COMMITTEE})?`],
  },
  { id: 'ban-to-chuc', name: 'Ban Tổ chức Tỉnh ủy', patterns: [`ban to chuc ${PARTY_COMMITTEE}`] },
  { id: 'ban-noi-chinh', name: 'Ban Nội chính Tỉnh ủy', patterns: [`ban noi chinh ${PARTY_COMMITTEE}`] },
  { id: 'van-phong-tinh-uy', name: 'Văn phòng Tỉnh ủy', patterns: [`van phong ${PARTY_COMMITTEE}`] },
  { id: 'dang-uy-xa-bien-gioi', name: 'Đảng ủy các xã, phường biên giới', patterns: [`(?:dang uy|cap uy) ${COMMUNES} ${BORDER}`] },
  { id: 'dang-uy-xa', name: 'Đảng ủy các xã, phường', patterns: [`(?:dang uy|cap uy) ${COMMUNES}`] },

  // Front and mass organisations (its members since 2025).
  { id: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', patterns: [`(?:${MTTQ})(?: ${LEVEL})?`] },
  {
    id: 'to-chuc-chinh-tri-xa-hoi',
    name: 'các tổ chức chính trị - xã hội',
    patterns: [
      `(?:cac )?(?:to chuc|doan the) ${POLITICAL_SOCIAL}`,
      `(?:cac )?doan the(?: cap tinh| ${LEVEL})?`,
      'hoi (?:lien hiep )?phu nu',
      'doan thanh nien',
      'hoi nong dan',
      'hoi cuu chien binh',
      'lien doan lao dong',
    ],
  },

  // State bodies of the province and the communes.
  { id: 'van-phong-ubnd', name: 'Văn phòng Ủy ban nhân dân tỉnh', patterns: [`van phong ${UBND} ${LEVEL}`] },
  { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', patterns: [`${UBND} ${LEVEL}`] },
  { id: 'ubnd-xa-bien-gioi', name: 'Ủy ban nhân dân các xã, phường biên giới', patterns: [`(?:${UBND}|chinh quyen) ${COMMUNES} ${BORDER}`] },
  { id: 'ubnd-xa', name: 'Ủy ban nhân dân các xã, phường', patterns: [`(?:${UBND}|chinh quyen) ${COMMUNES}`] },
  {
    id: 'co-quan-bao-chi',
    name: 'các cơ quan báo chí',
    patterns: ['(?:cac )?co quan (?:thong tan )?bao chi', 'bao va phat thanh\\s*,?\\s*truyen hinh', 'dai phat thanh(?: va)? truyen hinh'],
  },
  { id: 'doanh-nghiep', name: 'các công ty, doanh nghiệp', patterns: ['(?<!hiep hoi )(?:cac )?(?:cong ty\\s*,\\s*)?doanh nghiep'] },
];

/**
 * Column headings of an assignment table that name a kind of body rather than
 * one: Thanh Hóa's pairing of border posts with departments and communes heads
 * its last column "Các xã, phường", and each cell lists communes by name
 * ("Xã Triệu Lộc; xã Đông Thành"), whose people's committees are tasked.
 * Matched on the whole folded heading.
 */
export const COLUMN_ROLES: Array<{ role: string; pattern: string }> = [
  { role: 'ubnd-xa-bien-gioi', pattern: `${COMMUNES} ${BORDER}` },
  { role: 'ubnd-xa', pattern: `${COMMUNES}(?: (?:ket nghia|duoc do dau))?` },
];
