import { readLabel } from '../parse/numbering.ts';

/**
 * A text too long for one page (a 30 MB export would make a 30 MB page and
 * take the browser and the build with it) is published whole across several:
 * the first part parsed as the document, with its header and metadata, and
 * each other part as plain paragraphs on a page of its own. Parts are cut
 * where a top-level section starts (Phần, Chương, Mục I., Điều), else at a
 * blank line, else at a line's end, else at a space: never inside a word.
 */

/** Bytes of UTF-8 text one page holds; `PART_BYTES` in the environment changes it. */
export const PART_BYTES = Number(process.env.PART_BYTES) > 0 ? Number(process.env.PART_BYTES) : 2_000_000;

export interface TextPart {
  text: string;
  /** 1-based line of the source where the part starts. */
  line: number;
  /** The part goes on with the line the previous part ended in (a line longer than a page, cut at a space). */
  continues: boolean;
}

/** How good a place to cut before this line is: lower is better. */
function cutRank(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 4;
  const label = readLabel(trimmed);
  // Part 0, chapter 1, section 2, article 3: a new top-level section.
  return label && label.rule.level <= 3 ? label.rule.level : 5;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/** A line longer than a page, in pieces of at most `limit` bytes cut at spaces (or anywhere, in a text without one). */
function splitLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (byteLength(rest) > limit) {
    // Characters are at most 3 bytes in the BMP (4 for a pair): a third of the limit in characters is always within it.
    let end = Math.floor(limit / 3);
    const space = rest.lastIndexOf(' ', end);
    if (space > end / 2) end = space + 1;
    else if (/[\uD800-\uDBFF]/.test(rest[end - 1] ?? '')) end--; // not between the halves of a pair
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/** The text in parts of at most `limit` bytes each (one part when it fits); joined with "\n" (none before a part that `continues`) they are the text again. */
export function splitText(text: string, limit = PART_BYTES): TextPart[] {
  if (byteLength(text) <= limit) return [{ text, line: 1, continues: false }];
  const lines = text.split('\n');
  const parts: TextPart[] = [];
  let start = 0; // first line of the part being filled
  let size = 0;
  let best: { at: number; rank: number } | null = null; // the best cut seen in the second half of the part
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bytes = byteLength(line) + 1;
    if (bytes > limit) {
      // A line longer than a page: the part so far ends here, the line is cut in fixed pieces.
      if (i > start) parts.push({ text: lines.slice(start, i).join('\n'), line: start + 1, continues: false });
      splitLine(line, limit).forEach((piece, k) => parts.push({ text: piece, line: i + 1, continues: k > 0 }));
      start = i + 1;
      size = 0;
      best = null;
      continue;
    }
    if (size + bytes > limit && i > start) {
      const at = best && best.at > start ? best.at : i;
      parts.push({ text: lines.slice(start, at).join('\n'), line: start + 1, continues: false });
      start = at;
      size = lines.slice(start, i).reduce((n, l) => n + byteLength(l) + 1, 0);
      best = null;
    }
    if (i > start && size >= limit / 2) {
      const rank = cutRank(line);
      if (!best || rank <= best.rank) best = { at: i, rank };
    }
    size += bytes;
  }
  if (start < lines.length) parts.push({ text: lines.slice(start).join('\n'), line: start + 1, continues: false });
  return parts;
}

/** The page slug of part `n` (1-based; part 1 is the document's own page). */
export const partSlug = (n: number) => `phan-${n}`;
