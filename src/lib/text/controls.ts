/**
 * Characters that are not text but instructions to whatever shows it: C0 and
 * C1 controls (a NUL from a broken export glues two words together in a search
 * index) and the bidi controls that reorder what follows them (U+202E turns
 * "txt.exe" into "exe.txt" on screen). Neither may reach a page, the index or
 * the open data as the character itself.
 */

/** C0 and C1 controls and DEL, but tab, line feed, carriage return and form feed (a page break), which are text layout. */
export const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
export const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
/** Either kind, for a one-pass test of a whole text. */
const ANY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** How a bidi control is shown in a document's body: visible and inert, "⟨U+202E⟩". */
export const shownBidi = (c: string): string => `⟨${codePoint(c)}⟩`;
/** A bidi control as `shownBidi` writes it. */
const SHOWN_BIDI = /⟨U\+(?:202[A-E]|206[6-9])⟩/g;

export interface ControlReport {
  text: string;
  /** 1-based lines that held a C0/C1 control (each now a space: it separated words). */
  controlLines: number[];
  /** 1-based lines that held a bidi control (each now shown as `⟨U+202E⟩`). */
  bidiLines: number[];
  /** The distinct characters of each kind, as U+XXXX, for the quality notes. */
  controlChars: string[];
  bidiChars: string[];
}

/** Lines (1-based) of the matches of `re` in `text`. */
function linesOf(text: string, re: RegExp): number[] {
  const lines = new Set<number>();
  let line = 1;
  let from = 0;
  for (const m of text.matchAll(re)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    lines.add(line);
  }
  return [...lines];
}

/** Controls become spaces, bidi controls their visible form; lines are kept as they were. */
export function neutralizeControls(input: string): ControlReport {
  if (!ANY.test(input)) return { text: input, controlLines: [], bidiLines: [], controlChars: [], bidiChars: [] };
  const distinct = (re: RegExp) => [...new Set(input.match(re) ?? [])].map(codePoint).sort();
  const text = input.replace(CONTROL, ' ').replace(BIDI, shownBidi);
  return { text, controlLines: linesOf(input, CONTROL), bidiLines: linesOf(input, BIDI), controlChars: distinct(CONTROL), bidiChars: distinct(BIDI) };
}

/** A title or other metadata without bidi controls, raw or shown (they belong to the body's display only). */
export function withoutBidi(s: string): string {
  return s.replace(BIDI, '').replace(SHOWN_BIDI, '').replace(/ {2,}/g, ' ').trim();
}

/** A name (a file name from the input folder) safe on one log line: controls, line breaks and bidi controls escaped. */
export function printable(s: string): string {
  return s
    .replace(/[\n\r\t\f]/g, (c) => JSON.stringify(c).slice(1, -1))
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
