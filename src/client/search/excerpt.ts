/**
 * Pagefind's excerpts are the page's text with `<` and `>` written as `&lt;`
 * and `&gt;` and the matches in `<mark>`; `&` and quotes are left as they are.
 * So `&lt;b&gt;` in an excerpt may be "<b>" or "&lt;b&gt;" in the document:
 * decoding it alone cannot tell. The record's own text (`content`, never
 * encoded) can: the excerpt is a stretch of it, found there and read back
 * character for character. Runs in the reader's browser; no DOM here.
 */

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const MARK = /(<mark>.*?<\/mark>)/;

/** What Pagefind does to text in an excerpt. */
const encode = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Undoing it where the content cannot say more: only what Pagefind encodes. */
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** A result's text, encoded once for its several excerpts (the page and each matched clause). */
let last: { content: string; encoded: string } = { content: '', encoded: '' };
function encodedContent(content: string): string {
  if (last.content !== content) last = { content, encoded: encode(content) };
  return last.encoded;
}

/** The excerpt as text segments, marked or not, exactly as the document writes them. */
export function excerptSegments(html: string, content: string): ExcerptSegment[] {
  const raw = html.split(MARK).flatMap((part) => {
    if (part === '') return [];
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    return [{ text: m ? m[1]! : part, marked: Boolean(m) }];
  });
  const encoded = raw.map((s) => s.text).join('');
  const at = encodedContent(content).indexOf(encoded);
  if (at < 0) return raw.map((s) => ({ ...s, text: decode(s.text) }));
  // Where the excerpt starts in the content: `at` counts four characters for each `<` or `>` before it.
  let c = 0;
  for (let e = 0; e < at; c++) e += content[c] === '<' || content[c] === '>' ? 4 : 1;
  return raw.map((segment) => {
    let text = '';
    for (let e = 0; e < segment.text.length && c < content.length; c++) {
      const ch = content[c]!;
      text += ch;
      e += ch === '<' || ch === '>' ? 4 : ch.length;
    }
    return { ...segment, text };
  });
}
