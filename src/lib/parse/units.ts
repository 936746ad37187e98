import { isTableRule, readMarkup, splitGluedEmphasis, stripInline } from './markdown.ts';
import { readLabel } from './numbering.ts';
import { isUpperCase } from '../text/vietnamese.ts';

/**
 * Raw text → units: the paragraphs, list items and table rows the parser reasons
 * about, each remembering the source lines it came from. Lines wrapped inside a
 * paragraph are joined here; paragraphs broken by a page break are joined later,
 * by the body parser, which knows where the body is.
 */

export interface SourceLine {
  no: number;
  /** Text with Markdown markers removed. */
  text: string;
}

export interface Unit {
  /** First source line (1-based). */
  line: number;
  lines: SourceLine[];
  /** Lines joined into one paragraph. */
  text: string;
  /** Markdown heading level of the first line, 0 when none. */
  heading: number;
  /** Bold lead-in of the first line ("1. Title" of `**1. Title** rest`). */
  lead: string | null;
  wholeBold: boolean;
  /** Cells, when the unit is a table row. */
  cells: string[] | null;
  /** First unit after a blank line. */
  blockStart: boolean;
  /** Blank lines before this unit (a page break leaves one or more). */
  gapBefore: number;
}

const TERMINAL = /[.;:!?…)”"»]$/u;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/** Lines that always start a new unit even without a blank line before them. */
export function startsStructure(text: string): boolean {
  return (
    readLabel(text) !== null ||
    /^(Nơi nh[aậâ]n|Kính gửi|Căn cứ|Số\s*:?)/iu.test(text) ||
    /^(KT|TM|T\/M|K\/T|TL|T\/L|Q|TUQ)\.?\s+\p{Lu}/u.test(text)
  );
}

interface Logical extends SourceLine {
  heading: number;
  lead: string | null;
  wholeBold: boolean;
  cells: string[] | null;
  /** A part of a line that a glued emphasis split. */
  split: boolean;
}

function logicalLines(text: string): Array<Logical | null> {
  const out: Array<Logical | null> = [];
  text.split('\n').forEach((raw, i) => {
    const no = i + 1;
    if (raw.trim() === '' || isTableRule(raw)) {
      out.push(null);
      return;
    }
    const markup = readMarkup(raw);
    if (markup.body.includes('\t')) {
      const cells = markup.body.split('\t').map((c) => stripInline(c));
      out.push({ no, text: cells.join(' ').trim(), heading: 0, lead: null, wholeBold: false, cells, split: false });
      return;
    }
    const parts = splitGluedEmphasis(markup.body);
    parts.forEach((part, k) => {
      out.push({
        no,
        text: part,
        heading: k === 0 ? markup.heading : 0,
        lead: k === 0 ? markup.lead : null,
        wholeBold: k === 0 ? markup.wholeBold : false,
        cells: null,
        split: parts.length > 1,
      });
    });
  });
  return out;
}

/** A wrapped line continues the previous one: no sentence end before it, no numbering on it. */
function continues(prev: Logical, next: Logical): boolean {
  if (prev.cells || next.cells || prev.split || next.split || next.heading) return false;
  if (startsStructure(next.text)) return false;
  if (isUpperCase(prev.text) !== isUpperCase(next.text)) return false;
  return !endsSentence(prev.text);
}

export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  let prev: Logical | null = null;
  for (const l of logicalLines(text)) {
    if (!l) {
      gap++;
      prev = null;
      continue;
    }
    const last = units[units.length - 1];
    if (prev && last && continues(prev, l)) {
      last.lines.push({ no: l.no, text: l.text });
      last.text = `${last.text} ${l.text}`.trim();
      last.wholeBold &&= l.wholeBold;
    } else {
      units.push({
        line: l.no,
        lines: [{ no: l.no, text: l.text }],
        text: l.text,
        heading: l.heading,
        lead: l.lead,
        wholeBold: l.wholeBold,
        cells: l.cells,
        blockStart: prev === null,
        gapBefore: prev === null ? gap : 0,
      });
    }
    gap = 0;
    prev = l;
  }
  return units;
}
