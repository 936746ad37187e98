import type { DocumentNumber } from '../model.ts';
import { parseSymbol } from '../vocabulary/doc-number.ts';
import { typeFromCode } from '../vocabulary/doc-types.ts';
import { scopeOfCode } from './issuers.ts';

/**
 * Document numbers as running text prints them (see vn-document-format.md):
 * state `01/CT-TTg`, `03/2019/NĐ-CP`, công văn `2085/BĐBP-CT`, old `205/TTg`;
 * Party `33-NQ/TW`, `901 -CV/TU` (stray spaces and odd dashes are tidied by
 * parseSymbol). A number must end at a word boundary, so `205/TTg - Chỉ thị`
 * stops after `TTg`.
 */
const DASH_CHARS = '\\-‐‑‒–—';
const DASH = `[${DASH_CHARS}]`;
const CODE_FIRST = '[A-ZĐ][A-Za-zĐđ0-9]*';
const CODE_NEXT = '[A-Za-zĐđ][A-Za-zĐđ0-9]*';
const END = '(?![\\p{L}\\p{N}])';

export const PARTY_NUMBER = `\\d{1,5}\\s?${DASH}\\s?${CODE_FIRST}\\s?/\\s?${CODE_FIRST}(?:${DASH}${CODE_NEXT})*${END}`;
export const STATE_NUMBER = `\\d{1,5}\\s?/\\s?(?:\\d{4}\\s?/\\s?)?${CODE_FIRST}(?:\\s?${DASH}\\s?${CODE_NEXT})*${END}`;
/**
 * The State's numbers before 1990: a dash, no slash (`169-CP`, `388-HĐBT`). Read only after a
 * kind word ("Nghị định số 169-CP"): alone, "30-CP" could be anything.
 */
export const OLD_STATE_NUMBER = `\\d{1,5}\\s?${DASH}\\s?[A-ZĐ][A-Za-zĐđ]*(?:${DASH}${CODE_NEXT})*${END}(?!\\s?/)`;
/** A bare serial after "số": `Chỉ thị số 01`, `Quyết định số 16` (not `1.667`, not `12/2024`). */
export const SERIAL = `\\d{1,5}(?![\\p{L}\\p{N}]|[.,]\\d|\\s?/)`;

/** A number printed without a kind word: only when its symbol says what it is. */
export const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}/.,${DASH_CHARS}])(?:${PARTY_NUMBER}|${STATE_NUMBER})`, 'gu');

/** Parses a number found in the text; null when it is not one. */
export function readNumber(raw: string): DocumentNumber | null {
  const parsed = parseSymbol(raw);
  return parsed?.serial ? parsed : null;
}

/** First issuer group of a symbol: `UBND` of `UBND-VX`, `CP` of `CP-TTg`. */
export function leadIssuer(n: DocumentNumber): string {
  return (n.issuerCode ?? '').split('-')[0] ?? '';
}

/**
 * Kind of an instrument from its number alone: the type abbreviation, else a
 * công văn (state numbers without one: `2085/BĐBP-CT`). Null when the symbol
 * carries neither a type nor an issuer we know, so `1/ABC` is not a citation.
 */
export function kindFromNumber(n: DocumentNumber): string | null {
  if (n.typeCode) {
    const type = typeFromCode(n.typeCode, n.system);
    if (type) return type.name;
  }
  if (n.system === 'state' && scopeOfCode(leadIssuer(n)) !== null) return 'Công văn';
  return null;
}

/** Serials compare as numbers: `01` and `1` are the same. */
export const sameSerial = (a: string | null, b: string | null): boolean => a !== null && b !== null && Number(a) === Number(b);
