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

/** A line holding the motto, whatever else it holds (a flattened header, Markdown markers). */
export const MOTTO_LINE = new RegExp(MOTTO.map((re) => re.source).join('|'), 'iu');
