import type { DocumentNumber } from '../model.ts';
import { typeFromCode } from './doc-types.ts';
import { BLANK } from '../parse/blank.ts';

/**
 * The number and symbol (số, ký hiệu) of a document, state or Party form:
 *   state  `Số: 20/CT-UBND`, `03/2019/NĐ-CP`, công văn `12/UBND-VX`,
 *          older `2866/1998-TT-BQP` (dash after the year)
 *   Party  `Số 901-CV/TU`, `33-NQ/TW`, with stray spaces `901 -CV/TU`
 * A draft leaves the serial blank in any of the ways blank.ts lists (`Số: /CT-UBND`,
 * `Số: ___/CT-UBND`, `Số: ……/2026/NĐ-CP`, `Số ....-CV/TU`): serial null, the rest still read.
 */
const DASH = '[-‐‑‒–—]';
const CODE = '[A-ZĐa-zđ][A-ZĐa-zđ0-9]*';
/** A blank serial, dropped before reading so that every draft's symbol reads `/CT-UBND`. */
const BLANK_SERIAL = new RegExp(`^(?:${BLANK})\\s*(?=/|${DASH})`, 'u');
// The year may be followed by a dash instead of a slash: "2866/1998-TT-BQP" (Thông tư of 1998).
const STATE = new RegExp(`^(\\d*)\\s*/\\s*(?:(\\d{4})\\s*(?:/|${DASH})\\s*)?(${CODE})((?:\\s*${DASH}\\s*${CODE})*)$`, 'u');
const PARTY = new RegExp(`^(\\d*)\\s*${DASH}\\s*(${CODE})\\s*/\\s*(${CODE}(?:\\s*${DASH}\\s*${CODE})*)$`, 'u');
/** The State's numbers before 1990 had a dash and no slash: `169-CP`, `388-HĐBT`, `15-TTg`. */
const OLD_STATE = new RegExp(`^(\\d+)\\s*${DASH}\\s*([A-ZĐ][A-ZĐa-zđ0-9]*(?:\\s*${DASH}\\s*${CODE})*)$`, 'u');

/** Tidies the symbol: no spaces, plain hyphens. */
function tidySymbol(s: string): string {
  return s.replace(/\s+/g, '').replace(new RegExp(DASH, 'gu'), '-');
}

/** Parses the symbol part of a number ("20/CT-UBND"), without the leading "Số". */
export function parseSymbol(raw: string): DocumentNumber | null {
  // A wrap or a typist's space inside a code's digits: "75/2006/QH 11" is 75/2006/QH11.
  // The lookbehind starts the trailing-stop match only where a run starts: a blank's long run of dots is scanned once.
  const s = raw
    .trim()
    .replace(/(?<![.;,])[.;,]+$/, '')
    .replace(/(\p{Lu})\s+(\d{1,2})$/u, '$1$2')
    .replace(BLANK_SERIAL, '');
  const party = PARTY.exec(s);
  if (party) {
    const [, serial, typeCode, issuer] = party;
    return {
      symbol: tidySymbol(s),
      serial: serial ? serial : null,
      year: null,
      typeCode: typeCode!,
      issuerCode: tidySymbol(issuer!),
      system: 'party',
    };
  }
  const old = OLD_STATE.exec(s);
  if (old) {
    const [, serial, issuer] = old;
    return { symbol: tidySymbol(s), serial: serial!, year: null, typeCode: null, issuerCode: tidySymbol(issuer!), system: 'state' };
  }
  const state = STATE.exec(s);
  if (state) {
    const [, serial, year, first, rest] = state;
    const groups = tidySymbol(rest ?? '')
      .split('-')
      .filter(Boolean);
    // "CT-UBND": CT is a type; "UBND-VX" (công văn): UBND is already the issuer.
    const isType = groups.length > 0 && typeFromCode(first!, 'state') !== null;
    return {
      symbol: tidySymbol(s),
      serial: serial ? serial : null,
      year: year ? Number(year) : null,
      typeCode: isType ? first! : null,
      issuerCode: isType ? groups.join('-') : [first!, ...groups].join('-'),
      system: 'state',
    };
  }
  return null;
}

/**
 * How a number line opens: "Số:", "Số" (Party), and for laws and the National
 * Assembly's resolutions the type before it: "Luật số: 23/2018/QH14",
 * "Nghị quyết số: 25/2022/UBTVQH15", "Bộ luật số:", "Pháp lệnh số:", "Lệnh số:".
 */
export const NUMBER_OPENING = /^(?:(?:Bộ luật|Luật|Nghị quyết|Pháp lệnh|Lệnh)\s+số|Số)(?!\p{L})/iu;

const NUMBER_LINE_PARTS = new RegExp(`${NUMBER_OPENING.source}\\s*:?\\s*(.*)$`, 'iu');

/** Reads a "Số: …" line of a header. Returns null when the line is not one. */
export function parseNumberLine(line: string): DocumentNumber | null {
  const m = NUMBER_LINE_PARTS.exec(line.trim());
  if (!m) return null;
  return parseSymbol(m[1]!);
}
