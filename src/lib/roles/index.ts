import type { Clause, Role } from '../model.ts';
import { ROLES } from './data.ts';
import { findMentions, foldForMatch } from './mentions.ts';
import type { Mention } from './mentions.ts';
import { execAll } from '../text/exec-all.ts';

export { ROLES } from './data.ts';
export { namesLead, tableRoles, type RowRoles } from './tables.ts';

export const ROLE_BY_ID: ReadonlyMap<string, Role> = new Map(ROLES.map((r) => [r.id, { id: r.id, name: r.name }]));

/*
 * Which bodies a clause tasks: the doers, not every body it names.
 *
 * A directive clause opens with the body it gives the task to ("Sở Tài chính
 * phối hợp…", "UBND các xã, phường khu vực biên giới chủ động…", the bold
 * title "Đảng ủy Quân sự tỉnh") or with a verb that hands the task over
 * ("Giao Ban Chỉ huy…", "Đề nghị Ủy ban MTTQ…", "Chỉ đạo Đảng ủy BCH BĐBP
 * tỉnh…", "Lãnh đạo Đảng ủy BĐBP tỉnh chủ trì…"). So a body counts when it
 * sits in the subject of a sentence: at its start, after such a verb, or in a
 * list joined by commas, "và", "các", "cấp tỉnh"…; a chain "A lãnh đạo B chỉ
 * đạo C" tasks all three. A body that only follows "phối hợp với" is a partner
 * and does not count: nearly every clause works "with the BĐBP command", and
 * counting partners would tag every clause with it. A body right before
 * "chủ trì" counts wherever it stands.
 */

/** Where a subject can begin: start, after a sentence stop, a line break or a list mark. */
const SEGMENT_START = /(?:^|[.;:!?](?=\s)|\n)[ ]*(?:[-+•][ ]+)?/g;
/** A label that names partners, to the end of its sentence: "Cơ quan phối hợp: Các sở, ngành; UBND các xã, phường." */
const PARTNER_LABEL = /phoi hop[ ]*:[^\n]*?(?:[.](?=\s|$)|\n|$)/g;
/** Mid-sentence verbs that hand a task over; "được giao" (passive) and "bàn giao" do not. */
const HANDOVER = /(?<!(?:duoc|ban) )\b(?:giao|de nghi|yeu cau|kien nghi)\b/g;
/** Verbs that may open a subject: the doer follows them. */
const LEAD = /(?:dong thoi\s*,?\s*)?(?:giao|de nghi|yeu cau|kien nghi|lanh dao\s*,?\s*chi dao|lanh dao|chi dao)\b/y;
/** Between two bodies of a chain: "A chủ trì lãnh đạo B", "A lãnh đạo B chỉ đạo C". */
const CHAIN = /(?:chu tri\s*,?\s*)?(?:lanh dao\s*,?\s*chi dao|lanh dao|chi dao|giao)\b/y;
/** Words that may stand between the bodies of a subject list without ending it. */
const FILLER_WORDS = [
  'va',
  'cac',
  'cung cap',
  'cac cap',
  'cap tinh',
  'cap xa',
  'tinh',
  'thanh pho',
  'don vi',
  'co quan',
  'dia phuong',
  'lien quan',
  'tren dia ban',
  'truc thuoc',
  'thuoc quyen',
  'chinh quyen',
  'luc luong',
  'dong quan',
  'he thong',
  'ban',
  'nganh',
  'cong ty',
];
/** One filler: spaces, a list comma or dash, a parenthesis, or a filler word (longest first). */
const FILLER = new RegExp(`(?:[ ]+|[,&–-]|\\([^)]*\\)|(?:${[...FILLER_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b)`, 'y');
/** Fillers allowed before the first body, so a sentence that merely mentions one late is not a subject. */
const MAX_LEADING_FILLERS = 8;
/** "… chủ trì" right after a body. */
const AFTER_BODY_LEAD = /[ ]*chu tri\b/y;
/** What may stand between a body and its "chủ trì": its level, or a capitalised name ("Đồn Biên phòng Nhơn Hưng"). */
const NAME_WORD = /[ ]+(?:tinh|thanh pho|[a-z0-9]+)\b/y;
const MAX_NAME_WORDS = 3;

function sticky(re: RegExp, s: string, at: number): number | null {
  re.lastIndex = at;
  return re.exec(s) ? re.lastIndex : null;
}

/** Bodies in the subject that starts at `at`. */
function subjectAt(folded: string, at: number, byStart: Map<number, Mention>): Mention[] {
  const found: Mention[] = [];
  let pos = sticky(LEAD, folded, at) ?? at;
  let fillers = 0;
  while (pos < folded.length) {
    while (folded[pos] === ' ') pos++;
    const mention = byStart.get(pos);
    if (mention) {
      found.push(mention);
      pos = mention.end;
      continue;
    }
    const chained = found.length ? sticky(CHAIN, folded, pos) : null;
    if (chained !== null) {
      pos = chained;
      continue;
    }
    const filler = sticky(FILLER, folded, pos);
    if (filler === null || filler === pos) break;
    if (!found.length && ++fillers > MAX_LEADING_FILLERS) break;
    pos = filler;
  }
  return found;
}

/** True when "chủ trì" follows a body, perhaps after its level or proper name. */
function leadsAfterName(nfc: string, folded: string, at: number): boolean {
  let pos = at;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    if (sticky(AFTER_BODY_LEAD, folded, pos) !== null) return true;
    const next = sticky(NAME_WORD, folded, pos);
    if (next === null) return false;
    const word = folded.slice(pos, next).trim();
    const printed = nfc.slice(pos, next).trim();
    if (word !== 'tinh' && word !== 'thanh pho' && !/^[\p{Lu}\d]/u.test(printed)) return false;
    pos = next;
  }
  return false;
}

/**
 * Role ids of the bodies one clause's own text (title + text) tasks, in order
 * of first appearance, each once.
 */
export function rolesIn(text: string): string[] {
  return rolesInNfc(text.normalize('NFC'));
}

/** `rolesIn` for text already in NFC, as the parser's is (normalising it again was a twentieth of the parse). */
function rolesInNfc(nfc: string): string[] {
  const folded = foldForMatch(nfc);
  const mentions = findMentions(folded);
  if (!mentions.length) return [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const doers = new Set<Mention>();
  const partners = execAll(PARTNER_LABEL, folded).map((m) => [m.index, m.index + m[0].length] as const);
  const starts = [...execAll(SEGMENT_START, folded).map((m) => m.index + m[0].length), ...execAll(HANDOVER, folded).map((m) => m.index)].filter(
    (at) => !partners.some(([from, to]) => at > from && at <= to),
  );
  for (const at of starts) for (const m of subjectAt(folded, at, byStart)) doers.add(m);
  for (const m of mentions) if (leadsAfterName(nfc, folded, m.end)) doers.add(m);
  const ordered = [...doers].sort((a, b) => a.start - b.start);
  return [...new Set(ordered.map((m) => m.role))];
}

/** Sets `roles` on every clause of a tree from its own title and text (removed when none). */
export function assignRoles(clauses: Clause[]): void {
  for (const clause of clauses) {
    const roles = rolesInNfc([clause.title, clause.text].filter(Boolean).join('\n'));
    if (roles.length) clause.roles = roles;
    else delete clause.roles;
    assignRoles(clause.children);
  }
}
