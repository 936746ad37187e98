import type { Clause, DocumentModel } from '../model.ts';

/** Every clause, in every document, that tasks each role. */
export interface RoleDuty {
  doc: DocumentModel;
  clause: Clause;
}

export function dutiesByRole(docs: DocumentModel[]): Map<string, RoleDuty[]> {
  const out = new Map<string, RoleDuty[]>();
  const walk = (doc: DocumentModel, clauses: Clause[]) => {
    for (const clause of clauses) {
      for (const role of clause.roles ?? []) {
        const list = out.get(role) ?? [];
        list.push({ doc, clause });
        out.set(role, list);
      }
      walk(doc, clause.children);
    }
  };
  for (const doc of docs) walk(doc, doc.clauses);
  return out;
}
