import { isBlank } from './blank.ts';

/**
 * The words of a signature block (Nghị định 30, Phụ lục I; Hướng dẫn 36-HD/VPTW),
 * as pattern sources shared by the cleaning rules that put a flattened block back
 * on its lines and by the parser that reads it.
 */

/** The signing authority's prefix: "KT.", "TM.", "TL.", "Q.", "TUQ.", the Party's "T/M", "K/T", "T/L". */
export const SIGN_PREFIX = String.raw`(?:KT|TM|T\/M|K\/T|TL|T\/L|Q|TUQ|Q\/)\.?`;

/** A line that opens with the signing authority: "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ". */
export const SIGN_AUTHORITY = new RegExp(String.raw`^${SIGN_PREFIX}\s+\p{Lu}`, 'u');

/** "(Đã ký)": where a copy had the signature. */
export const SIGNED_MARK = String.raw`\((?:Đã|đã) ký\)`;

/** The rank an officer signs with before the name: "Đại tướng", "Trung tá". */
export const RANK = String.raw`(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)`;

/**
 * The line where the name goes, left blank in a draft ("……………", "__________"):
 * the block goes on, with no name, and the line is no leftover text after it.
 */
export const isBlankName = (text: string): boolean => text.trim() !== '' && isBlank(text);
