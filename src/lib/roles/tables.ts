import type { Table } from '../model.ts';
import { COLUMN_ROLES } from './data.ts';
import { findMentions, foldForMatch } from './mentions.ts';

/*
 * Which bodies an assignment table tasks, row by row. Plans and directives
 * assign work in tables as often as in sentences, in two layouts:
 * - a task table, with a column of who leads ("Cơ quan chủ trì", "Đơn vị thực
 *   hiện"): the bodies in that cell are the doers; those under "Cơ quan phối
 *   hợp" are partners and, as in running text, not counted;
 * - a pairing table: two or more columns of bodies, a row tying them together
 *   (Thanh Hóa's "Phân công kết nghĩa, đỡ đầu": a border post, a department,
 *   communes): every body of the row is tasked.
 * Any other table (fees, statistics, a form) tasks nobody.
 */

/** Who leads: "Cơ quan chủ trì", "Chủ trì", "Đơn vị thực hiện", "Cơ quan chịu trách nhiệm". */
const LEAD_HEADING = /\bchu tri\b|^(?:co quan|don vi|bo phan)(?: [a-z]+)? (?:thuc hien|chiu trach nhiem)\b/;
/** The same as a plan's item label: "- Cơ quan chủ trì: Sở Khoa học và Công nghệ." */
const LEAD_LABEL = /^(?:(?:co quan|don vi|bo phan)(?: [a-z]+)? )?(?:chu tri|thuc hien|chiu trach nhiem)[ ]*:/;
const COLUMN = COLUMN_ROLES.map(({ role, pattern }) => ({ role, re: new RegExp(`^(?:${pattern.replaceAll(' ', '[ ]+')})$`) }));

export interface RowRoles {
  /** Index into `table.rows`. */
  row: number;
  roles: string[];
}

const folded = (s: string) => foldForMatch(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
const rolesOf = (cell: string) => [...new Set(findMentions(folded(cell)).map((m) => m.role))];
/** The role a text opens with ("Sở Y tế", "Đồn Biên phòng Đa Lộc", "Các sở, ngành cấp tỉnh"). */
const leadingRole = (f: string) => findMentions(f).find((m) => m.start === 0)?.role ?? null;

/** A column's role by its heading: one the heading opens with, or a kind of body (COLUMN_ROLES). */
function headingRole(heading: string): string | null {
  const f = folded(heading);
  return leadingRole(f) ?? COLUMN.find((c) => c.re.test(f))?.role ?? null;
}

/** A column lists bodies when its heading names one or most of its filled cells open with one. */
function listsBodies(table: Table, col: number, heading: string | null): boolean {
  if (heading) return true;
  const filled = table.rows.map((r) => r[col]?.trim() ?? '').filter(Boolean);
  return filled.length > 0 && filled.filter((c) => leadingRole(folded(c))).length * 2 >= filled.length;
}

/** The rows of a table that task someone, with the roles each tasks in order of the columns. */
export function tableRoles(table: Table): RowRoles[] {
  const lead = table.header.flatMap((h, col) => (LEAD_HEADING.test(folded(h)) ? [col] : []));
  const headings = table.header.map(headingRole);
  const bodies = lead.length ? [] : table.header.flatMap((_, col) => (listsBodies(table, col, headings[col]!) ? [col] : []));
  if (!lead.length && bodies.length < 2) return [];
  const out: RowRoles[] = [];
  table.rows.forEach((cells, row) => {
    const roles = lead.length
      ? lead.flatMap((col) => rolesOf(cells[col] ?? ''))
      : bodies.flatMap((col) => {
          const cell = cells[col]?.trim() ?? '';
          if (!cell) return [];
          const own = rolesOf(cell);
          return own.length ? own : headings[col] ? [headings[col]!] : [];
        });
    if (roles.length) out.push({ row, roles: [...new Set(roles)] });
  });
  return out;
}

/**
 * True for a plan's item that only names who leads the task its parent states
 * ("Cơ quan chủ trì: Sở Khoa học và Công nghệ."): the task is the parent's text.
 */
export function namesLead(text: string): boolean {
  return LEAD_LABEL.test(folded(text));
}
