/** FNV-1a (32 bits) over a string's UTF-16 code units from `from`: a stable, fast spread of keys over buckets, the same in Node and the browser. */
export function fnv1a(text: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
