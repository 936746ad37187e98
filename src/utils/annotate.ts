/**
 * Splits a paragraph into plain text and marked spans (citation links,
 * abbreviations, likely OCR slips) without ever producing HTML: components
 * render each segment, so source text is always escaped by Astro.
 */

import type { OcrVariant } from '../lib/model.ts';

export interface Mark {
  /** The words to find, exactly as printed. */
  text: string;
  /** Where a citation leads; absent for an abbreviation. */
  href?: string;
  /** Tooltip: the instrument's full reference, an abbreviation's meaning, or the likely word. */
  title: string;
  /** A word the source likely misprints ("Nhon Hưng" for "Nhơn Hưng"): shown as printed, flagged. */
  ocr?: boolean;
}

/** The marks of a document's likely OCR slips: the word stays as printed, the page flags it. */
export function ocrMarks(variants: OcrVariant[]): Mark[] {
  return variants.map((v) => ({ text: v.found, title: `Có thể là lỗi nhận dạng chữ của “${v.likely}” (giữ nguyên như bản gốc)`, ocr: true }));
}

export interface Segment {
  text: string;
  mark?: Mark;
  /** A longer mark's text split again for the OCR slips inside it ("BDBP" within a cited plan's number). */
  inner?: Segment[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A splitter for one set of marks; the longest mark wins where two overlap. */
function splitter(marks: Mark[], inner: (text: string) => Segment[] | null): (text: string) => Segment[] {
  const byText = new Map<string, Mark>();
  for (const m of marks) if (m.text.trim() && !byText.has(m.text)) byText.set(m.text, m);
  if (byText.size === 0) return (text) => [{ text }];
  const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Whole words only: "BĐBP" must not light up inside "BĐBPT".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const out: Segment[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > last) out.push({ text: text.slice(last, match.index) });
      const mark = byText.get(match[0])!;
      const within = mark.ocr ? null : inner(match[0]);
      out.push(within ? { text: match[0], mark, inner: within } : { text: match[0], mark });
      last = match.index + match[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  };
}

/**
 * Builds a splitter for one document's marks. An OCR slip is flagged wherever
 * it stands, inside a citation link or an abbreviation too: a word the page
 * calls misprinted must be marked where a reader meets it.
 */
export function annotator(marks: Mark[]): (text: string) => Segment[] {
  const slips = splitter(
    marks.filter((m) => m.ocr),
    () => null,
  );
  return splitter(marks, (text) => {
    const parts = slips(text);
    return parts.some((p) => p.mark) ? parts : null;
  });
}
