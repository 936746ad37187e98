/**
 * A crawler's or scraper's JSON record → the document's text. Records name the
 * text differently (`full_text`, `content`, `noi_dung`…): a known name wins,
 * else the longest string in the record, which is the document in every dump
 * seen. Other fields are the crawler's metadata, kept as notes, not as text.
 */

const TEXT_FIELDS = ['full_text', 'fulltext', 'noi_dung', 'noidung', 'content', 'text', 'body', 'toan_van'];

function strings(value: unknown, path: string, out: Array<{ path: string; value: string }>): void {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
}

export interface JsonText {
  text: string;
  /** Where in the record the text was: `full_text`, `data.content`… */
  field: string;
}

/** Null when the JSON holds no string at all (or is not JSON). */
export function jsonToText(json: string): JsonText | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const all: Array<{ path: string; value: string }> = [];
  strings(value, '', all);
  if (!all.length) return null;
  const named = all.filter((s) => TEXT_FIELDS.includes(s.path.split('.').pop()!.toLowerCase()) && s.value.trim());
  const pool = named.length ? named : all;
  const best = pool.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  return { text: best.value, field: best.path };
}
