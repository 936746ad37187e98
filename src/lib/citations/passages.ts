import type { Clause, DocumentModel, Table } from '../model.ts';

/**
 * The strings of a document a citation can sit in, in reading order: the
 * subject (trích yếu), the preamble, every clause (title, text, table cells),
 * the closing and the annexes. Recipients and trailer are left out: "Nơi nhận"
 * names bodies, not instruments.
 */
export interface Passage {
  text: string;
  where: 'subject' | 'preamble' | 'clause' | 'closing' | 'annex';
  /** Clause id, null outside the clauses. */
  clause: string | null;
  /** Source line of an offset in `text` (best effort). */
  line: (offset: number) => number;
}

/**
 * Paragraphs joined by "\n" were separate source paragraphs with a blank line
 * between them: each one moves two lines down.
 */
const paragraphLines =
  (first: number, text: string) =>
  (offset: number): number =>
    first + 2 * (text.slice(0, offset).match(/\n/g) ?? []).length;

const tablePassages = (table: Table, clause: string | null, where: Passage['where']): Passage[] =>
  [table.header, ...table.rows].flat().map((cell) => ({ text: cell, where, clause, line: () => table.line }));

function clausePassages(clause: Clause): Passage[] {
  const own: Passage[] = [];
  if (clause.title) own.push({ text: clause.title, where: 'clause', clause: clause.id, line: () => clause.line });
  if (clause.text) own.push({ text: clause.text, where: 'clause', clause: clause.id, line: paragraphLines(clause.line, clause.text) });
  if (clause.table) own.push(...tablePassages(clause.table, clause.id, 'clause'));
  return [...own, ...clause.children.flatMap(clausePassages)];
}

const lastClause = (clauses: Clause[]): Clause | null => {
  const last = clauses[clauses.length - 1];
  return last ? (lastClause(last.children) ?? last) : null;
};

export function passagesOf(doc: DocumentModel): Passage[] {
  const passages: Passage[] = [];
  const subjectLine = doc.header.find((h) => h.role === 'subject')?.line ?? 1;
  if (doc.subject) passages.push({ text: doc.subject, where: 'subject', clause: null, line: () => subjectLine });

  // The model keeps no line for preamble and closing paragraphs: count on from
  // the header, and from the last clause, one paragraph and one blank line each.
  const headerEnd = Math.max(0, ...doc.header.map((h) => h.line));
  const firstClause = doc.clauses[0]?.line ?? Infinity;
  doc.preamble.forEach((text, i) => {
    const line = Math.min(headerEnd + 2 + 2 * i, firstClause - 1);
    passages.push({ text, where: 'preamble', clause: null, line: () => line });
  });
  for (const table of doc.preambleTables) passages.push(...tablePassages(table, null, 'preamble'));

  passages.push(...doc.clauses.flatMap(clausePassages));

  const last = lastClause(doc.clauses);
  const bodyEnd = last ? paragraphLines(last.line, last.text)(last.text.length) : headerEnd + 2 * doc.preamble.length;
  doc.closing.forEach((text, i) => {
    const line = bodyEnd + 2 + 2 * i;
    passages.push({ text, where: 'closing', clause: null, line: () => line });
  });

  for (const annex of doc.annexes) {
    for (const text of [annex.title, ...annex.subtitle, ...annex.paragraphs]) {
      passages.push({ text, where: 'annex', clause: null, line: () => annex.line });
    }
    for (const table of annex.tables) passages.push(...tablePassages(table, null, 'annex'));
  }
  return passages.filter((p) => p.text.trim());
}
