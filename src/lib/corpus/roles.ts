import type { Clause, DocumentModel, Table } from '../model.ts';
import { namesLead, tableRoles } from '../roles/index.ts';

/**
 * One place in one document that tasks a role: a clause, or a row of an
 * assignment table (annexes pair border posts with departments and communes,
 * plans name who leads each task in a column).
 */
export type RoleDuty = {
  doc: DocumentModel;
  /**
   * The document is a Báo cáo: it says what was done, not what must be done,
   * so it is listed apart from the duties ("Đã báo cáo thực hiện").
   */
  reported: boolean;
} & (
  | {
      clause: Clause;
      table?: undefined;
      /** The clause that states the task, when this one only names who leads it ("Cơ quan chủ trì: Sở Tài chính"). */
      task: Clause | null;
    }
  | {
      table: Table;
      /** Index into `table.rows`. */
      row: number;
      /** The clause that holds the table, null for an annex's or the preamble's. */
      clause: Clause | null;
      /** 1-based number of the annex that holds it, null when the body holds it. */
      annex: number | null;
      /** What the table assigns, in the document's words: the annex's subtitle, or the clause's opening. */
      caption: string | null;
    }
);

/** Types of document that report on work done rather than assign it. */
const REPORT_TYPES = new Set(['BC']);

/** An annex's subtitle says what its table is ("Phân công kết nghĩa, đỡ đầu…"); "(Ban hành kèm theo …)" does not. */
const annexCaption = (subtitle: string[], title: string) => subtitle.find((s) => !s.trim().startsWith('(')) ?? title;
/** A clause's opening line; a table set in a paragraph of its own takes its parent's. */
const clauseCaption = (c: Clause | null): string | null => (c ? c.title || c.text.split('\n')[0] || null : null);

export function dutiesByRole(docs: DocumentModel[]): Map<string, RoleDuty[]> {
  const out = new Map<string, RoleDuty[]>();
  const add = (role: string, duty: RoleDuty) => {
    const list = out.get(role) ?? [];
    list.push(duty);
    out.set(role, list);
  };
  for (const doc of docs) {
    const reported = REPORT_TYPES.has(doc.type.code);
    const tables = (table: Table, where: { clause: Clause | null; annex: number | null; caption: string | null }) => {
      for (const { row, roles } of tableRoles(table)) for (const role of roles) add(role, { doc, reported, table, row, ...where });
    };
    const walk = (clauses: Clause[], parent: Clause | null) => {
      for (const clause of clauses) {
        const task = parent && namesLead(clause.title ?? clause.text) ? parent : null;
        for (const role of clause.roles ?? []) add(role, { doc, reported, clause, task });
        if (clause.table) tables(clause.table, { clause, annex: null, caption: clauseCaption(clause) ?? clauseCaption(parent) });
        walk(clause.children, clause);
      }
    };
    for (const table of doc.preambleTables) tables(table, { clause: null, annex: null, caption: null });
    walk(doc.clauses, null);
    doc.annexes.forEach((a, k) => {
      for (const table of a.tables) tables(table, { clause: null, annex: k + 1, caption: annexCaption(a.subtitle, a.title) });
    });
  }
  return out;
}

/** Where a role's duties were issued, for a sentence: "ở 3 tỉnh, thành phố", and whether documents of no province (the centre's, or unplaced) task it too. */
export function issuedIn(list: RoleDuty[]): string {
  const provinces = new Set(list.flatMap((d) => d.doc.province?.slug ?? [])).size;
  const elsewhere = list.some((d) => !d.doc.province);
  const parts = [provinces > 0 && `ở ${provinces} tỉnh, thành phố`, elsewhere && 'trong văn bản không thuộc tỉnh nào (trung ương hoặc chưa xác định)'];
  return parts.filter(Boolean).join(' và ');
}
