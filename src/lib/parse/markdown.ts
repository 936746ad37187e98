/**
 * Markdown remnants from Word and web exports: `**bold**`, `# headings`, `\*`
 * escapes, `|` pipes. The parser reads through them; nothing here drops a word.
 */

import { charAt, charBefore } from '../text/chars.ts';
import { execAll } from '../text/exec-all.ts';

const unchanged = (t: string) => t;
const ESCAPED = /\\([*_#\\`|>[\]()~+.-])/g;
const PLACEHOLDER_START = 0xe000;

/** Protects backslash-escaped characters so marker removal cannot touch them. */
function protect(s: string): { text: string; restore: (t: string) => string } {
  // Most lines have no backslash: nothing to protect, nothing to restore.
  if (!s.includes('\\')) return { text: s, restore: unchanged };
  const saved: string[] = [];
  const text = s.replace(ESCAPED, (_, ch: string) => {
    saved.push(ch);
    return String.fromCharCode(PLACEHOLDER_START + saved.length - 1);
  });
  const restore = (t: string) => t.replace(/[\uE000-\uF8FF]/g, (c) => saved[c.charCodeAt(0) - PLACEHOLDER_START] ?? c);
  return { text, restore };
}

const WORDISH = /[\p{L}\p{N}\p{M})\].:;,”"'»]/u;
const OPENING = /[\p{L}\p{N}\p{M}(\[“"'«]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
/**
 * Delimiter runs: any run of `*`, and a run of exactly two `_`. No exporter in the corpus writes
 * `_x_`, and three or more underscores are a form's blanks or a rule ("ngày____ tháng___ năm____",
 * congbao-text Thông tư 02/2024/TT-BKHĐT; "_________" under a header, seed 103): text.
 */
const MARKERS = /\*+|(?<!_)__(?!_)/g;
/** CommonMark's punctuation (Unicode P and S); an escaped character (a placeholder of `protect`) is one too. */
const PUNCT = /[\p{P}\p{S}\uE000-\uF8FF]/u;

const isSpace = (c: string) => c === '' || /\s/u.test(c);
/** Punctuation alone in italics, closed before a space or the end: "KSTTHC*.*" (not "sinh*: …; Giới tính*:"). */
const ITALIC_PUNCTUATION = /^\p{P}+\*(?!\S)/u;

/**
 * CommonMark's flanking rule: a run can open emphasis only if left-flanking, close it only if
 * right-flanking. In "[*a,*a]" the second `*` follows "," and precedes a letter: it cannot close.
 */
function flanking(before: string, after: string): { left: boolean; right: boolean } {
  return {
    left: !isSpace(after) && (!PUNCT.test(after) || isSpace(before) || PUNCT.test(before)),
    right: !isSpace(before) && (!PUNCT.test(before) || isSpace(after) || PUNCT.test(after)),
  };
}

/**
 * Sure signs that a text is Markdown, where `__x__` and `*x*` may be emphasis; in other text they
 * are text ("__pwned__", "*a* b"). Bold touching a word is written by every Markdown exporter in
 * the corpus (web-md, web-page, pandoc-md, seeds 000–003: "**Điều 1.**", "**CHỈ THỊ****CỦA…**");
 * headings (seed 003 "## **2. Đảng ủy…**"); the escapes pandoc writes ("\-\-\-", "1\.", "\*", only
 * in pandoc-md, and seed 003); italics around a phrase of several words (seed 004: "“*Quần chúng tham gia tự quản đường biên…*”").
 */
const MARKDOWN_SIGNS = [/\*\*[^\s*]|[^\s*]\*\*/u, /^\s*#{1,6}\s+\S/u, /\\[-.*]/u, /(?<![*\p{L}\p{N}])\*[^\s*][^*]*\s[^*]*[^\s*]\*(?![*\p{L}\p{N}])/u];

export function looksMarkdown(lines: string[]): boolean {
  return lines.some((l) => MARKDOWN_SIGNS.some((re) => re.test(l)));
}

/** A run of emphasis markers (`*`, `**`, `__`…) in one line, positions in its escape-protected text. */
export interface MarkerRun {
  start: number;
  end: number;
  /** It opens or closes a span with a matching run later or earlier: emphasis, not text. */
  paired: boolean;
  /** Text on both sides ("**CHỈ THỊ****CỦA…**"): two spans an export glued, the line splits there. */
  glued: boolean;
}

/**
 * Marker runs of consecutive lines (one paragraph: Markdown emphasis may span its
 * lines), paired as Markdown pairs them: an opening run (left-flanking) with a later
 * closing run of the same character (right-flanking). A run left without a partner is
 * text, as in "5*3", "mã__số", "window.__pwned=1", "[*a,*a]". Underscores inside a word
 * never pair (Markdown's rule for `_`); a lone `*` between a digit and a word neither.
 * Only `**` is read in any text: `__` and a single `*` only where `markdown` (the text
 * shows sure signs of Markdown, `looksMarkdown`; by default judged from these lines).
 * A run glued between two spans ("…tỉnh***(Ban hành…)*", seed 000) may close and open.
 */
export function pairMarkers(lines: string[], markdown = looksMarkdown(lines)): MarkerRun[][] {
  const open: Array<{ run: MarkerRun; ch: string; left: number }> = [];
  return lines.map((line) => {
    const { text } = protect(line);
    const runs: MarkerRun[] = [];
    for (const m of execAll(MARKERS, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const ch = m[0][0]!;
      const before = charBefore(text, start);
      const after = charAt(text, end);
      const glued = WORDISH.test(before) && OPENING.test(after) && (m[0].length >= 2 || /\p{L}/u.test(before));
      const run: MarkerRun = { start, end, paired: false, glued };
      runs.push(run);
      if (!markdown && (ch === '_' || m[0].length === 1)) continue;
      const inWord = WORD.test(before) && WORD.test(after);
      if (inWord && (ch === '_' || !glued)) continue;
      const f = flanking(before, after);
      // `_` also needs punctuation on the far side when it flanks both ways (CommonMark). A single
      // `*` follows the flanking rule, but may also open glued to the word before it ("Khu công
      // nghiệp*(đối với…).*") or around punctuation alone ("KSTTHC*.*", "chỉ đạo*);*", web-page);
      // a run of two or more opens before text and closes after it, whatever is on the other
      // side: Word exports toggle bold anywhere ("ch**i** tiết", "vào**,** ra", "**…………**1", web-md).
      const bold = ch === '*' && m[0].length >= 2;
      const italic = f.left || glued || (WORD.test(before) && ITALIC_PUNCTUATION.test(text.slice(end)));
      const canOpen = ch === '_' ? f.left && (!f.right || PUNCT.test(before)) : bold ? !isSpace(after) : italic;
      const canClose = ch === '_' ? f.right && (!f.left || PUNCT.test(after)) : bold ? !isSpace(before) : f.right;
      let left = m[0].length;
      if (canClose) {
        const k = open.findLastIndex((o) => o.ch === ch);
        if (k >= 0) {
          const opener = open[k]!;
          opener.run.paired = run.paired = true;
          const n = Math.min(opener.left, left);
          opener.left -= n;
          left -= n;
          // Openers between the two were never closed: they stay text.
          open.length = opener.left > 0 ? k + 1 : k;
        }
      }
      if (left > 0 && canOpen) open.push({ run, ch, left });
    }
    return runs;
  });
}

/**
 * `text` without its paired runs: glued ones become `glue` (a split when empty), the
 * others go; unpaired runs stay. A run whose removal would join two words counts as glued.
 */
function dropPaired(text: string, runs: MarkerRun[], glue: string): string[] {
  const parts: string[] = [];
  let piece = '';
  let last = 0;
  for (const run of runs) {
    if (!run.paired) continue;
    piece += text.slice(last, run.start);
    last = run.end;
    if (run.glued || (WORD.test(charBefore(piece, piece.length)) && WORD.test(charAt(text, run.end)))) {
      if (glue) piece += glue;
      else {
        parts.push(piece);
        piece = '';
      }
    }
  }
  parts.push(piece + text.slice(last));
  return parts;
}

const tidyInline = (s: string) => s.replace(/[ \t]{2,}/g, ' ').trim();

/**
 * Splits a line where emphasis spans were glued together by an export:
 * "**CHỈ THỊ****CỦA BAN THƯỜNG VỤ**" → ["CHỈ THỊ", "CỦA BAN THƯỜNG VỤ"],
 * "DANH SÁCH**Phân công…***(Ban hành…)*" → three parts. Other paired markers are
 * removed; unpaired ones are text and stay. `runs` come from `pairMarkers` over the
 * line's paragraph; by default the line is paired on its own.
 */
export function splitGluedEmphasis(line: string, runs: MarkerRun[] = pairMarkers([line])[0]!): string[] {
  const { text, restore } = protect(line);
  return dropPaired(text, runs, '')
    .map((p) => tidyInline(restore(p)))
    .filter((p) => p.length > 0);
}

/**
 * Removes paired emphasis markers and escapes (a glued pair becomes a space), keeping every
 * character that is text. `markdown`: see `pairMarkers`.
 */
export function stripInline(s: string, markdown?: boolean): string {
  const { text, restore } = protect(s);
  return tidyInline(restore(dropPaired(text, pairMarkers([s], markdown)[0]!, ' ')[0]!));
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

/** Reads the block-level markup of one line (`markdown`: see `pairMarkers`). */
export function readMarkup(raw: string, markdown?: boolean): LineMarkup {
  let body = raw.trim();
  let heading = 0;
  const h = /^(#{1,6})\s+/.exec(body);
  if (h) {
    heading = h[1]!.length;
    body = body.slice(h[0].length);
  }
  // A Markdown table row "| a | b |" is a tab-separated row in disguise.
  if (/^\|.*\|$/.test(body) && !/^\|[\s:|-]+\|$/.test(body)) {
    body = body
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .join('\t');
  }
  const { text, restore } = protect(body);
  // Bold as Markdown reads it: no space just inside the markers ("** a **" is text).
  const lead = /^\*\*(?=\S)([^*]+?)(?<=\S)\*\*/.exec(text);
  return {
    heading,
    lead: lead ? stripInline(restore(lead[1]!), markdown) : null,
    wholeBold: /^\*\*(?=\S)[^*]+(?<=\S)\*\*$/.test(text),
    body,
  };
}

/** A Markdown table separator row (`|---|---|`) carries no text. */
export function isTableRule(raw: string): boolean {
  return /^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$/.test(raw) && raw.includes('|');
}
