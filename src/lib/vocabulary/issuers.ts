import { fold } from '../text/vietnamese.ts';
import { provinceInName } from './provinces.ts';
import { typeFromTitle } from './doc-types.ts';

/**
 * Issuing bodies as data: which names are central (national: no province is
 * ever inferred for their documents) and how a name printed over two lines
 * is put back together. Patterns are matched on the folded name (no marks,
 * lower case), so "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" and "Bộ Lao động -
 * Thương binh và Xã hội" are one.
 */

/** Central bodies of the State, the Party, the Front, mass organisations and the armed forces. */
export const CENTRAL_BODIES: RegExp[] = [
  // Quốc hội and its bodies; the President
  /^quoc hoi$/,
  /^uy ban thuong vu quoc hoi$/,
  /^van phong quoc hoi$/,
  /^hoi dong dan toc$/,
  /^uy ban .* cua quoc hoi$/,
  /^chu tich nuoc( .*)?$/,
  // Government
  /^chinh phu$/,
  /^thu tuong( chinh phu)?$/,
  /^van phong chinh phu$/,
  /^hoi dong bo truong$/,
  /^hoi dong nha nuoc$/,
  /^hoi dong chinh phu$/,
  /^bo( [a-z-]+)+$/,
  /^ngan hang nha nuoc( viet nam)?$/,
  /^thanh tra chinh phu$/,
  /^uy ban dan toc$/,
  /^kiem toan nha nuoc$/,
  /^bao hiem xa hoi viet nam$/,
  /^tong cuc .+$/,
  /^cuc .+$/,
  /^uy ban quoc gia .+$/,
  /^hoi dong quoc gia .+$/,
  // Courts and procuracy
  /^toa an nhan dan toi cao$/,
  /^hoi dong tham phan( toa an nhan dan toi cao)?$/,
  /^vien kiem sat nhan dan toi cao$/,
  // Party
  /^ban chap hanh trung uong( dang)?$/,
  /^bo chinh tri$/,
  /^ban bi thu( trung uong dang)?$/,
  /^ban .+ trung uong$/,
  /^van phong trung uong dang$/,
  /^uy ban kiem tra trung uong$/,
  /^quan uy trung uong$/,
  /^dang uy .+ trung uong$/,
  /^dang uy cong an trung uong$/,
  // Front and mass organisations
  /^uy ban trung uong mat tran to quoc viet nam$/,
  /^tong lien doan lao dong viet nam$/,
  /^trung uong doan .+$/,
  /^hoi .+ viet nam$/,
  // Armed forces
  /^bo tu lenh bo doi bien phong$/,
  /^bo tong tham muu( quan doi nhan dan viet nam)?$/,
  /^tong cuc chinh tri( quan doi nhan dan viet nam)?$/,
  /^bo tu lenh (quan khu|hai quan|canh sat bien) .*$/,
];

const folded = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A central body, by its printed name; a name that holds a province ("Cục Thuế tỉnh X") is local. */
export function isCentralBody(name: string): boolean {
  const f = folded(name);
  return CENTRAL_BODIES.some((re) => re.test(f)) && !provinceInName(name);
}

/**
 * Lines that cannot stand alone as a body's name: the first half of a wrapped
 * name ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN", "BỘ LAO ĐỘNG - THƯƠNG BINH" /
 * "VÀ XÃ HỘI", "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM").
 */
const INCOMPLETE =
  /^(chu tich(?: uy ban(?: nhan dan)?| ubnd| nhan dan)?|thu tuong|van phong|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|ban chap hanh|ban chi huy|bo chi huy|bo tu lenh|dang uy|dang bo|cong an|uy ban thuong vu|ngan hang nha nuoc|uy ban|hoi dong|ban thuong vu|so|bo|toa an nhan dan|vien kiem sat nhan dan)$/;
/** Lines that go on a name from the line above. */
const COMPLEMENT =
  /^(chinh phu|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu|trung uong|quoc hoi|bo doi bien phong|quan su|quan khu|viet nam|toi cao|nhan dan|va|&)( |$)/;

/** The second line continues the first: one name printed over two lines, not a body under its parent. */
export function continuesName(first: string, second: string): boolean {
  const a = folded(first);
  const b = folded(second);
  if (!a || !b) return false;
  if (/[-–,&]\s*$|\s(va|cua)$/u.test(first.trim().toLowerCase()) || /^\s*[-–&(]/u.test(second)) return true;
  if (/^va /.test(b)) return true;
  // One syllable cannot be a body's name: it is half of one ("THỦ" / "TƯỚNG CHÍNH PHỦ", "VĂN PHÒNG CHÍNH" / "PHỦ").
  if ((!a.includes(' ') || !b.includes(' ')) && !typeFromTitle(first)) return true;
  return INCOMPLETE.test(a) && COMPLEMENT.test(b);
}
