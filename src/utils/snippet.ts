/** The words around a mention, cut at word boundaries: what a reader needs to see a citation in its context. */
export function around(text: string, needle: string, radius = 110): { before: string; match: string; after: string } | null {
  const at = text.indexOf(needle);
  if (at < 0) return null;
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + needle.length + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at + needle.length ? text.lastIndexOf(' ', end) : end;
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
    match: needle,
    after: `${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`,
  };
}
