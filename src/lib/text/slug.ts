import { fold } from './vietnamese.ts';

/**
 * URL-safe slug from Vietnamese text: "Thanh Hóa" → "thanh-hoa", "Đỡ đầu" → "do-dau",
 * "20/CT-UBND" → "20-ct-ubnd". Only [a-z0-9-] survive, so a slug is always safe in a URL.
 */
export function slugify(s: string, maxWords = Infinity): string {
  const parts = fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return parts.slice(0, maxWords).join('-');
}
