import { neutralizeControls, type ControlReport } from './controls.ts';

/**
 * Text normalisation at the door: every string that enters the pipeline goes
 * through here first, so the rest of the code can assume NFC, "\n" line endings
 * and plain spaces.
 */

/** Characters that carry no text: zero-width spaces and joiners, soft hyphen, BOM. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Space-like characters that Word and PDF exports leave behind. */
const ODD_SPACES = /[\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A\u3000]/g;

export interface NormalizeReport {
  text: string;
  /** The input was not in NFC (decomposed accents from some keyboards and PDFs). */
  wasDecomposed: boolean;
  invisibleRemoved: number;
  lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed';
  /** Control and bidi characters met (see controls.ts), by line. */
  controls: Omit<ControlReport, 'text'>;
}

export function detectLineEndings(text: string): NormalizeReport['lineEndings'] {
  if (!text.includes('\r')) return 'lf';
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds > 1) return 'mixed';
  if (crlf) return 'crlf';
  if (cr) return 'cr';
  return 'lf';
}

export function normalizeText(input: string): NormalizeReport {
  const lineEndings = detectLineEndings(input);
  const invisibleRemoved = (input.match(INVISIBLE) ?? []).length;
  const nfc = input.normalize('NFC');
  // Most files have neither CR nor invisible characters: no pass over the text for them.
  let text = nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc;
  if (invisibleRemoved) text = text.replace(INVISIBLE, '');
  const { text: neutral, ...controls } = neutralizeControls(text.replace(ODD_SPACES, ' '));
  return { text: neutral, wasDecomposed: nfc !== input, invisibleRemoved, lineEndings, controls };
}

/** NFC plus collapsed whitespace, for short strings (queries, names). */
export function tidy(s: string): string {
  return normalizeText(s).text.replace(/\s+/g, ' ').trim();
}
