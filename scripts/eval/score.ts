import type { ClauseKind, DocumentModel } from '../../src/lib/model.ts';
import { fold } from '../../src/lib/text/vietnamese.ts';
import type { HandLabel, ManifestRow } from './labels.ts';
import { RANK } from '../../src/lib/parse/signature.ts';

const LEADING_RANK = new RegExp(`^${RANK}\\s+`, 'u');

/**
 * A parsed document against its labels, field by field. Comparisons forgive
 * what a reader would not call a difference (case, marks on capitals, spaces,
 * "UBND" for "Ủy ban nhân dân"), nothing else.
 */

export const FIELDS = ['type', 'number', 'date', 'authority', 'province', 'signer', 'clauses'] as const;
export type Field = (typeof FIELDS)[number];

/** Abbreviations headers print for bodies' names. */
const EXPAND: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubtvqh\b/g, 'uy ban thuong vu quoc hoi'],
  [/\btp\b\.?/g, 'thanh pho'],
];

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string) => {
    let t = fold(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    for (const [re, long] of EXPAND) t = t.replace(re, long);
    return t.replace(/\s+/g, ' ');
  };
  if (!a || !b) return !a && !b;
  return norm(a) === norm(b);
}

/** Numbers compare without spaces and case ("01/CT-TTG" is "01/CT-TTg"); Đ stays Đ. */
export const sameNumber = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !a || !b ? !a && !b : a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

/** The divisions a label counts, highest first (lists, points and paragraphs are not divisions). */
const DIVISIONS: ClauseKind[] = ['part', 'chapter', 'section', 'article', 'clause', 'subclause'];

/** Top-level divisions of the body: how many of the highest kind the top of the tree holds, as a label counts them. */
export function topLevel(doc: DocumentModel): number {
  const kind = DIVISIONS.find((k) => doc.clauses.some((c) => c.kind === k));
  return kind ? doc.clauses.filter((c) => c.kind === kind).length : 0;
}

export function fieldRight(field: Field, doc: DocumentModel, label: HandLabel): boolean {
  switch (field) {
    case 'type':
      return sameName(doc.type.code === 'VB' ? null : doc.type.name, label.type);
    case 'number':
      return sameNumber(doc.number?.serial ? doc.number.symbol : null, label.number);
    case 'date':
      return (doc.date ?? null) === (label.date ?? null);
    case 'authority':
      return sameName(doc.authority?.name, label.authority);
    case 'province':
      return sameName(doc.province?.name, label.province);
    case 'signer':
      // An officer signs with a rank before the name ("Trung tá Ngô Văn Công"): the same person.
      return sameName(doc.signer.name?.replace(LEADING_RANK, ''), label.signer);
    case 'clauses':
      return label.clauses === null || topLevel(doc) === label.clauses;
  }
}

/** What the document printed for a field, for the eval's list of misses. */
export function fieldValue(field: Field, doc: DocumentModel): string {
  const v = {
    type: doc.type.name,
    number: doc.number?.symbol ?? null,
    date: doc.date,
    authority: doc.authority?.name ?? null,
    province: doc.province?.name ?? null,
    signer: doc.signer.name,
    clauses: String(topLevel(doc)),
  }[field];
  return v ?? '∅';
}

/** Cited instruments found and labelled: numbers (or names) compared as `sameNumber`/`sameName` do. */
export interface CitationScore {
  /** Instruments the parser found, and how many of them the label has. */
  found: number;
  correct: number;
  /** Instruments the label lists, and how many of them the parser found. */
  labelled: number;
  right: number;
}

export function citationScore(doc: DocumentModel, label: HandLabel): CitationScore {
  const wanted = label.citations ?? [];
  // An instrument answers to its number, its name, or its name and year ("Luật Viên chức 2010").
  const got = doc.instruments.map((i) =>
    [i.number, i.name, i.name && i.date ? `${i.name} ${i.date.slice(0, 4)}` : null].filter((s): s is string => Boolean(s)),
  );
  const match = (w: string, g: string[]) => g.some((s) => sameNumber(w, s) || sameName(w, s));
  return {
    found: got.length,
    correct: got.filter((g) => wanted.some((w) => match(w, g))).length,
    labelled: wanted.length,
    right: wanted.filter((w) => got.some((g) => match(w, g))).length,
  };
}

/**
 * Agreement with the manifest's source labels (a slug-derived number without
 * marks, a year for a date): compared without marks, and by year alone when
 * that is all the label has. Null when the source says nothing.
 */
export function sourceAgreement(doc: DocumentModel, row: ManifestRow): { checked: number; agreed: number } {
  let checked = 0;
  let agreed = 0;
  const check = (ok: boolean) => {
    checked++;
    if (ok) agreed++;
  };
  const ascii = (s: string) => fold(s).replace(/\s+/g, '').toUpperCase();
  if (row.label_number) check(!!doc.number && ascii(doc.number.symbol) === ascii(row.label_number));
  if (row.label_type) check(sameName(doc.type.name, row.label_type));
  if (row.label_date_or_year) {
    const v = row.label_date_or_year;
    check(/^\d{4}$/.test(v) ? doc.year === Number(v) : doc.date === v);
  }
  return { checked, agreed };
}
