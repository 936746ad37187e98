/**
 * Splits a paragraph into plain text and marked spans (citation links,
 * abbreviations) without ever producing HTML: components render each segment,
 * so source text is always escaped by Astro.
 */

export interface Mark {
  /** The words to find, exactly as printed. */
  text: string;
  /** Where a citation leads; absent for an abbreviation. */
  href?: string;
  /** Tooltip: the instrument's full reference, or an abbreviation's meaning. */
  title: string;
}

export interface Segment {
  text: string;
  mark?: Mark;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a splitter for one document's marks; the longest mark wins where two overlap. */
export function annotator(marks: Mark[]): (text: string) => Segment[] {
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
      out.push({ text: match[0], mark: byText.get(match[0])! });
      last = match.index + match[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  };
}
