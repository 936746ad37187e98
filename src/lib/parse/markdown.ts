/**
 * Markdown remnants from Word and web exports: `**bold**`, `# headings`, `\*`
 * escapes, `|` pipes. The parser reads through them; nothing here drops a word.
 */

const ESCAPED = /\\([*_#\\`|>[\]()~+.-])/g;
const PLACEHOLDER_START = 0xe000;

/** Protects backslash-escaped characters so marker removal cannot touch them. */
function protect(s: string): { text: string; restore: (t: string) => string } {
  const saved: string[] = [];
  const text = s.replace(ESCAPED, (_, ch: string) => {
    saved.push(ch);
    return String.fromCharCode(PLACEHOLDER_START + saved.length - 1);
  });
  const restore = (t: string) =>
    t.replace(/[\uE000-\uF8FF]/g, (c) => saved[c.charCodeAt(0) - PLACEHOLDER_START] ?? c);
  return { text, restore };
}

const WORDISH = /[\p{L}\p{N})\].:;,”"'»]/u;
const OPENING = /[\p{L}\p{N}(\[“"'«]/u;

/**
 * Splits a line where emphasis spans were glued together by an export:
 * "**CHỈ THỊ****CỦA BAN THƯỜNG VỤ**" → ["CHỈ THỊ", "CỦA BAN THƯỜNG VỤ"],
 * "DANH SÁCH**Phân công…***(Ban hành…)*" → three parts. A marker with a space or an
 * opening bracket on one side is ordinary emphasis and is simply removed.
 */
export function splitGluedEmphasis(line: string): string[] {
  const { text, restore } = protect(line);
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\*+|_{2,}/g)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (before && after && WORDISH.test(before) && OPENING.test(after) && (m[0].length >= 2 || /\p{L}/u.test(before))) {
      parts.push(text.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  parts.push(text.slice(last));
  return parts
    .map((p) => restore(p.replace(/\*+|_{2,}/g, '')).replace(/[ \t]{2,}/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Removes emphasis markers and escapes, keeping every character that is text. */
export function stripInline(s: string): string {
  const { text, restore } = protect(s);
  return restore(text.replace(/\*+|_{2,}/g, '')).replace(/[ \t]{2,}/g, ' ').trim();
}

export interface LineMarkup {
  /** Markdown heading level (`## x` → 2), 0 when none. */
  heading: number;
  /** Text of a leading bold run (`**1. Title** rest` → "1. Title"), or null. */
  lead: string | null;
  /** The whole line is one bold span. */
  wholeBold: boolean;
  /** Line without heading hashes and table pipes, markers still in. */
  body: string;
}

/** Reads the block-level markup of one line. */
export function readMarkup(raw: string): LineMarkup {
  let body = raw.trim();
  let heading = 0;
  const h = /^(#{1,6})\s+/.exec(body);
  if (h) {
    heading = h[1]!.length;
    body = body.slice(h[0].length);
  }
  // A Markdown table row "| a | b |" is a tab-separated row in disguise.
  if (/^\|.*\|$/.test(body) && !/^\|[\s:|-]+\|$/.test(body)) {
    body = body.slice(1, -1).split('|').map((c) => c.trim()).join('\t');
  }
  const { text, restore } = protect(body);
  const lead = /^\*\*([^*]+?)\*\*/.exec(text);
  return {
    heading,
    lead: lead ? stripInline(restore(lead[1]!)) : null,
    wholeBold: /^\*\*[^*]+\*\*$/.test(text),
    body,
  };
}

/** A Markdown table separator row (`|---|---|`) carries no text. */
export function isTableRule(raw: string): boolean {
  return /^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$/.test(raw) && raw.includes('|');
}
