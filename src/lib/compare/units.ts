import type { Annex, Citation, Clause, ClauseKind, DocumentModel, Table } from '../model.ts';
import { clauseText, rowText } from '../tree.ts';

/**
 * What two documents are compared on, part by part: the preamble (căn cứ and
 * purpose paragraphs), the clauses, the closing (tổ chức thực hiện, hiệu lực)
 * and the annexes (their paragraphs and each table row). A part is aligned
 * only with the same part of the other document.
 */
export type PartName = 'preamble' | 'clauses' | 'closing' | 'annexes';

export const PARTS: readonly PartName[] = ['preamble', 'clauses', 'closing', 'annexes'];

/** One comparable piece of a document. */
export interface Unit {
  /** Unique within the document: a clause id, `mo-dau-2`, `phan-cuoi-1`, `<table id>__hang-3`. */
  id: string;
  part: PartName;
  /** As shown on the compare page: the clause label, "Đoạn 2", "Hàng 3". */
  label: string;
  /** Element id on the document's page to link to, `null` when the page has none for it. */
  anchor: string | null;
  text: string;
  /** Roles the unit tasks (clauses only). */
  roles: ReadonlySet<string>;
  /** Instruments cited in the unit. */
  instruments: ReadonlySet<string>;
}

/*
 * Which clauses two documents are aligned on: the level that carries the
 * content. Directives task one body per numbered clause ("1.", "2."…), so that
 * is the unit. A container is replaced by its children when it is a roman
 * section, part or chapter holding numbered clauses (the Nhơn Hưng report:
 * I. → 1., 2.…), or a bare heading with no text of its own over numbered
 * children (Nghệ An's "9. Tổ chức thực hiện" → 9.1…9.7), recursively. A clause
 * whose children are only "-" items stays whole: the items are its content
 * (Lào Cai's "2. Đảng ủy Ủy ban nhân dân tỉnh" and its four tasks).
 */

const SECTION_KINDS: ReadonlySet<ClauseKind> = new Set(['part', 'chapter', 'section']);
const NUMBERED_KINDS: ReadonlySet<ClauseKind> = new Set(['part', 'chapter', 'section', 'article', 'clause', 'subclause', 'point']);

function isContainer(c: Clause): boolean {
  if (!c.children.some((k) => NUMBERED_KINDS.has(k.kind))) return false;
  return SECTION_KINDS.has(c.kind) || !c.text.trim();
}

export function alignableUnits(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => (isContainer(c) ? alignableUnits(c.children) : [c]));
}

/** A clause and everything under it, depth first. */
export function subtree(c: Clause): Clause[] {
  return [c, ...c.children.flatMap(subtree)];
}

/** A table's cells on one line, in reading order, empty cells left out. */

/** A row's first cell when it only numbers the row ("1", "12.", "II"): shown as its label, not compared. */
const ROW_NUMBER = /^\s*(?:\d+|[IVXLC]+)[.)]?\s*$/;

function tableUnits(table: Table, part: PartName): Array<Omit<Unit, 'instruments'>> {
  return table.rows.flatMap((row, k) => {
    const numbered = row.length > 1 && ROW_NUMBER.test(row[0] ?? '');
    const text = rowText(numbered ? row.slice(1) : row);
    if (!text) return [];
    const label = `Hàng ${numbered ? row[0]!.trim().replace(/[.)]$/, '') : k + 1}`;
    return [{ id: `${table.id}__hang-${k + 1}`, part, label, anchor: table.id, text, roles: new Set<string>() }];
  });
}

const paragraphs = (texts: string[]): string[] => texts.flatMap((t) => t.split('\n')).filter((t) => t.trim());

function annexUnits(annex: Annex): Array<Omit<Unit, 'instruments'>> {
  return [
    ...paragraphs(annex.paragraphs).map((text, k) => ({
      id: `${annex.id}__doan-${k + 1}`,
      part: 'annexes' as const,
      label: `Đoạn ${k + 1}`,
      anchor: annex.id,
      text,
      roles: new Set<string>(),
    })),
    ...annex.tables.flatMap((t) => tableUnits(t, 'annexes')),
  ];
}

/**
 * Every unit of a document, part by part. Citations outside the clauses carry
 * no place but their words, so a preamble line or table row cites what it
 * contains: that is what matches "Căn cứ Luật …" lines by the law they cite.
 */
export function documentUnits(doc: DocumentModel): Record<PartName, Unit[]> {
  const citedIn = new Map<string, string[]>();
  const loose: Citation[] = [];
  for (const c of doc.citations) {
    if (c.clause) citedIn.set(c.clause, [...(citedIn.get(c.clause) ?? []), c.instrument]);
    else if (c.text) loose.push(c);
  }
  const cites = (text: string): Set<string> => new Set(loose.filter((c) => text.includes(c.text)).map((c) => c.instrument));
  const withCitations = (units: Array<Omit<Unit, 'instruments'>>): Unit[] => units.map((u) => ({ ...u, instruments: cites(u.text) }));

  const clauses = alignableUnits(doc.clauses).map((clause): Unit => {
    const all = subtree(clause);
    return {
      id: clause.id,
      part: 'clauses',
      label: clause.label,
      anchor: clause.id,
      text: clauseText(clause),
      roles: new Set(all.flatMap((k) => k.roles ?? [])),
      instruments: new Set(all.flatMap((k) => citedIn.get(k.id) ?? [])),
    };
  });
  const lines = (texts: string[], part: PartName, prefix: string, anchor: string | null) =>
    paragraphs(texts).map((text, k) => ({ id: `${prefix}-${k + 1}`, part, label: `Đoạn ${k + 1}`, anchor, text, roles: new Set<string>() }));
  return {
    preamble: withCitations([...lines(doc.preamble, 'preamble', 'mo-dau', null), ...doc.preambleTables.flatMap((t) => tableUnits(t, 'preamble'))]),
    clauses,
    closing: withCitations(lines(doc.closing, 'closing', 'phan-cuoi', 'phan-cuoi')),
    annexes: withCitations(doc.annexes.flatMap(annexUnits)),
  };
}
