/**
 * The national name and motto, and the Party's, as headers print them. PDF
 * extraction may garble or drop a letter ("CỘNG HỒ XÃ HỘI…" in Nghị định
 * 106/2021/NĐ-CP, "ỘNG HÒA…" in gazette texts, "CỔNG HÓA…" from OCR); title case is seen too
 * ("Độc Lập - Tự Do - Hạnh Phúc"), and exports glue it to the next words.
 */
export const MOTTO = [
  // Vowels may carry any mark: OCR reads "CỔNG HÓA XÃ HỘI" for the printed "CỘNG HÒA".
  /C?\p{L}NG\s+H\p{L}{1,3}\s+X\p{L}\s+H\p{L}I\s+CH\p{L}\s+NGH\p{L}A\s+VI\p{L}T\s+NAM/iu,
  /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu,
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu,
];

const MOTTO_WORDS = /NGH\p{L}A\s+VI\p{L}T\s+NAM|S\p{L}N\s+VI\p{L}T\s+NAM|ph[uú]c/iu;
const ANY_MOTTO = new RegExp(MOTTO.map((re) => re.source).join('|'), 'giu');

/**
 * The motto where a line prints it as a header does: each word capitalised
 * ("CỘNG HÒA…", "Độc lập - Tự do - Hạnh phúc" keeps its small letters after the
 * first). The same words in a sentence ("Hiến pháp nước Cộng hòa xã hội chủ
 * nghĩa Việt Nam năm 1992") are no header.
 */
export function mottoIn(text: string): RegExpExecArray | null {
  // The whole pattern is costly to try, and most lines hold no end of a motto: "NGHĨA VIỆT NAM",
  // "SẢN VIỆT NAM" or "phúc" (also without its marks, as OCR reads it).
  if (!MOTTO_WORDS.test(text)) return null;
  for (const m of text.matchAll(ANY_MOTTO)) {
    const national = /^C?\p{L}NG\s/iu.test(m[0]) || /^ĐẢNG/iu.test(m[0]);
    if (!national || !/(?:^|\s)\p{Ll}/u.test(m[0])) return m as RegExpExecArray;
  }
  return null;
}

/** A line holding the motto, whatever else it holds (a flattened header, Markdown markers). */
export const hasMotto = (text: string): boolean => mottoIn(text) !== null;
