import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/**
 * A PDF's text layer → lines of text, laid out as printed. pdf.js gives runs of
 * text with their position; runs on one baseline make a line, read left to right.
 * A wide gap inside a line separates two columns (the header's issuer | motto,
 * the signature's Nơi nhận | signer, a table's cells) and becomes a tab, the
 * same cell separator as a text export's tables. A wider gap between lines than
 * the line spacing is a paragraph break (a blank line); each page ends with one.
 */

export interface PdfText {
  pages: string[];
  /** Letters on each page: a scan has none, or a scanner's OCR layer. */
  letters: number[];
}

interface Run {
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

/** A gap this many times the font size between runs on a line is a column gap, not a space. */
const COLUMN_GAP = 2;
/** A vertical step this many times the font size leaves a blank line (a new paragraph). */
const PARAGRAPH_STEP = 1.9;

function runOf(item: TextItem): Run | null {
  if (!item.str) return null;
  const [a, b, , d, x, y] = item.transform as number[];
  const size = Math.hypot(b!, d!) || Math.abs(a!) || item.height || 10;
  return { x: x!, y: y!, end: x! + item.width, size, text: item.str };
}

/** Runs of one page → its lines, top to bottom. */
export function layoutLines(runs: Run[]): string[] {
  const visible = runs.filter((r) => r.text.trim());
  visible.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Run[][] = [];
  for (const run of visible) {
    const line = lines.find((l) => Math.abs(l[0]!.y - run.y) <= Math.min(l[0]!.size, run.size) * 0.45);
    if (line) line.push(run);
    else lines.push([run]);
  }
  lines.sort((p, q) => q[0]!.y - p[0]!.y);
  const out: string[] = [];
  let previous: Run[] | null = null;
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    const size = Math.max(...line.map((r) => r.size));
    if (previous && previous[0]!.y - line[0]!.y > size * PARAGRAPH_STEP) out.push('');
    let text = '';
    let end: number | null = null;
    for (const run of line) {
      if (end !== null) {
        const gap = run.x - end;
        if (gap > size * COLUMN_GAP) text = `${text.trimEnd()}\t`;
        else if (gap > size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
      }
      text += run.text;
      end = Math.max(end ?? run.end, run.end);
    }
    out.push(text.replace(/ {2,}/g, ' ').trim());
    previous = line;
  }
  return out;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes the array over and refuses a Buffer: give it a plain copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    const letters: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => ('str' in item ? (runOf(item) ?? []) : []));
      const text = layoutLines(runs).join('\n');
      pages.push(text);
      letters.push(text.match(/\p{L}/gu)?.length ?? 0);
      page.cleanup();
    }
    return { pages, letters };
  } finally {
    await doc.destroy();
  }
}
