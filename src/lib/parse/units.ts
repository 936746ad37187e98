import { isTableRule, looksMarkdown, pairMarkers, readMarkup, splitGluedEmphasis, stripInline, type LineMarkup, type MarkerRun } from './markdown.ts';
import { readLabel } from './numbering.ts';
import { parsePlaceDate } from './place-date.ts';
import { BLANK } from './blank.ts';
import { SIGN_AUTHORITY, SIGNED_MARK } from './signature.ts';
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

/**
 * "Số: 99/CT-UBND", "Số 901 -CV/TU", "Số: /CT-UBND", a draft's "Số .....-CV/TU" (serial left
 * blank, src/lib/parse/blank.ts): a header's number line (not "Số lượng…").
 */
export const NUMBER_LINE = new RegExp(String.raw`^(?:(?:Bộ luật|Luật|Nghị quyết|Pháp lệnh|Lệnh)\s+số|Số)\s*(?::|(?:\d+|${BLANK})?\s*[-‐‑–—/])`, 'u');

/**
 * A place-and-date line, or its first part when wrapped ("Lạng Sơn, ngày 13" over
 * "tháng 01 năm 2020"): a place, ", ngày" and date words only, nothing after them.
 */
const PLACE_DATE_START = /^\p{Lu}[\p{L} .'’-]{0,40},\s*ngày(?:\s+\d{1,2})?(?:\s+tháng(?:\s+\d{1,2})?(?:\s+năm(?:\s+\d{4})?)?)?\s*\.?$/u;

export function startsPlaceDate(text: string): boolean {
  // The longest real place-date line is well under 80 characters; body lines are longer.
  return text.length <= 80 && (PLACE_DATE_START.test(text) || parsePlaceDate(text) !== null);
}

/** A rule drawn under a header part: "-------", "_________". */
export const RULE_LINE = /^[-_=*~—–]{3,}$/u;

const SIGNED_LINE = new RegExp(`^${SIGNED_MARK}`, 'u');

/** Lines that always start a new unit even without a blank line before them. */
export function startsStructure(text: string): boolean {
  return (
    readLabel(text) !== null ||
    /^(Nơi nh[aậâ]n|Kính gửi|Căn cứ)/iu.test(text) ||
    SIGNED_LINE.test(text) ||
    NUMBER_LINE.test(text) ||
    SIGN_AUTHORITY.test(text) ||
    startsPlaceDate(text)
  );
}

/**
 * "Điều 1. Phạm vi điều chỉnh", "1. Mục đích": a heading line. A line after it that
 * starts with a capital is its body ("Nghị định này quy định…"), not the rest of a
 * wrapped title. A clause's title is short; a longer line is a wrapped sentence.
 */
function isHeadingLine(text: string): boolean {
  const label = readLabel(text);
  if (!label || label.rule.level > 5) return false;
  const max = label.rule.level <= 3 ? 80 : 50;
  return label.rest.length <= max && !/[,;:]/u.test(label.rest) && !endsSentence(text);
}

interface Logical extends SourceLine {
  heading: number;
  lead: string | null;
  wholeBold: boolean;
  cells: string[] | null;
  /** A part of a line that a glued emphasis split. */
  split: boolean;
  /** The line ended a cell of a flattened table ("Số: 07/KH-UBND |"). */
  cellEnd: boolean;
}

interface RawLine {
  markup: LineMarkup;
  cellEnd: boolean;
}

/** One source line; null when it carries no text: blank, a table rule, a lone "|" of a flattened table. */
function readLine(raw: string, markdown: boolean): RawLine | null {
  const t = raw.trim();
  if (t === '' || t === '|' || isTableRule(raw)) return null;
  // A two-column header flattened cell by cell ends each cell with " |" (real texts: "Số: 45/2013/QĐ-TTg |").
  // The pattern backtracks over the whole line: tried only on the few lines that end in "|".
  const cell = t.endsWith('|') ? /^(?!\s*\|)(.*\S)\s+\|\s*$/u.exec(raw) : null;
  return { markup: readMarkup(cell ? cell[1]! : raw, markdown), cellEnd: cell !== null };
}

/** Emphasis pairs over each paragraph (consecutive lines of text; a heading, a table row or a cell stands alone). */
function markerRuns(lines: Array<RawLine | null>, markdown: boolean): Array<MarkerRun[] | undefined> {
  const runs: Array<MarkerRun[] | undefined> = [];
  let block: number[] = [];
  const flush = () => {
    if (block.length)
      pairMarkers(
        block.map((i) => lines[i]!.markup.body),
        markdown,
      ).forEach((r, k) => (runs[block[k]!] = r));
    block = [];
  };
  lines.forEach((l, i) => {
    if (!l || l.markup.body.includes('\t')) return flush();
    if (l.markup.heading) flush();
    block.push(i);
    if (l.markup.heading || l.cellEnd) flush();
  });
  flush();
  return runs;
}

function logicalLines(source: SourceLine[]): Array<Logical | null> {
  const out: Array<Logical | null> = [];
  // `__x__` and `*x*` are emphasis only in a text that shows sure signs of Markdown (see looksMarkdown).
  const markdown = looksMarkdown(source.map((l) => l.text));
  const lines = source.map((l) => readLine(l.text, markdown));
  const runs = markerRuns(lines, markdown);
  lines.forEach((line, i) => {
    const no = source[i]!.no;
    if (!line) {
      out.push(null);
      return;
    }
    const { markup, cellEnd } = line;
    if (markup.body.includes('\t')) {
      const cells = markup.body.split('\t').map((c) => stripInline(c, markdown));
      out.push({ no, text: cells.join(' ').trim(), heading: 0, lead: null, wholeBold: false, cells, split: false, cellEnd });
      return;
    }
    const parts = splitGluedEmphasis(markup.body, runs[i]);
    parts.forEach((part, k) => {
      out.push({
        no,
        text: part,
        heading: k === 0 ? markup.heading : 0,
        lead: k === 0 ? markup.lead : null,
        wholeBold: k === 0 ? markup.wholeBold : false,
        cells: null,
        split: parts.length > 1,
        cellEnd,
      });
    });
  });
  return out;
}

/** Upper case, lower case, or neither (a line of digits: "2020"). */
const caseOf = (s: string): boolean | null => (/\p{L}/u.test(s) ? isUpperCase(s) : null);

/** A wrapped line continues the unit (of case `unitCase`): no sentence end before it, no numbering on it, same case. */
/**
 * A line that opens with "Điều 5" or "khoản 2" but goes on a reference the line
 * above left open: "…được quy định tại" / "Điều 5 Nghị định số 134/2015/NĐ-CP."
 * (a hard wrap, not a new article).
 */
const OPEN_REFERENCE = /(?:^|\s)(?:tại|theo|của|và|hoặc|với|khoản\s+\d+|điểm\s+\p{Ll})$/u;
const REFERENCE_START = /^(?:Điều|Chương|Mục|Phần|khoản|điểm)\s+(?:\d|[IVXLC]+(?![\p{L}\p{N}]))/u;

function continues(prev: Logical, next: Logical, unitCase: boolean | null): boolean {
  if (prev.cells || next.cells || prev.split || next.split || next.heading || prev.cellEnd) return false;
  if (REFERENCE_START.test(next.text) && OPEN_REFERENCE.test(prev.text.trim())) return true;
  if (startsStructure(next.text) || RULE_LINE.test(next.text) || RULE_LINE.test(prev.text)) return false;
  // "Số: 99/CT-UBND" is a header line of its own, whatever follows it.
  if (NUMBER_LINE.test(prev.text)) return false;
  if (isHeadingLine(prev.text) && /^\p{Lu}/u.test(next.text)) return false;
  const b = caseOf(next.text);
  if (unitCase !== null && b !== null && unitCase !== b) return false;
  // After ";" a wrapped sentence goes on in lower case ("…tài nguyên nước;" / "chủ động điều tiết…").
  if (/;$/u.test(prev.text.trim()) && /^\p{Ll}/u.test(next.text)) return true;
  return !endsSentence(prev.text);
}

/** Text, or lines already cleaned (src/lib/clean/), each with its line number in the source. */
export function toUnits(input: string | SourceLine[]): Unit[] {
  const source = typeof input === 'string' ? input.split('\n').map((text, i) => ({ no: i + 1, text })) : input;
  const units: Unit[] = [];
  let gap = 0;
  let prev: Logical | null = null;
  /** Case of the last unit's lines that have letters (kept as lines join, not recomputed over the whole unit). */
  let unitCase: boolean | null = null;
  for (const l of logicalLines(source)) {
    if (!l) {
      gap++;
      prev = null;
      continue;
    }
    const last = units[units.length - 1];
    if (prev && last && continues(prev, l, unitCase)) {
      last.lines.push({ no: l.no, text: l.text });
      last.text = `${last.text} ${l.text}`.trim();
      last.wholeBold &&= l.wholeBold;
      unitCase ??= caseOf(l.text);
    } else {
      unitCase = caseOf(l.text);
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
