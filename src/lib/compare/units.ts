import type { Clause, ClauseKind } from '../model.ts';

/**
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

/**
 * The words of a clause for similarity and display: its title and text, then
 * each descendant on its own line with its label ("- …", "a) …"). The clause's
 * own label is left out: numbering is not content.
 */
export function clauseText(c: Clause): string {
  const own = [c.title, c.text].filter((s): s is string => !!s && !!s.trim()).join('\n');
  const below = c.children.map((k) => {
    const text = clauseText(k);
    return k.label && text ? `${k.label} ${text}` : text;
  });
  return [own, ...below].filter(Boolean).join('\n');
}
