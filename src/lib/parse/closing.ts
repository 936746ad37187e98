import type { Annex, Signer } from '../model.ts';
import { isUpperCase } from '../text/vietnamese.ts';
import { typeFromTitle } from '../vocabulary/doc-types.ts';
import { readLabel } from './numbering.ts';
import { readTable } from './tables.ts';
import type { Unit } from './units.ts';

/**
 * Everything after the body: "Nơi nhận" list, signature block, annexes
 * (DANH SÁCH, PHỤ LỤC…) and leftovers such as the typist's reference.
 * The two columns of a real signature page come out of exports in either order.
 */

const RECIPIENTS = /^Nơi nh[aậâầ]n\s*:?\s*(.*)$/iu;
import { isBlankName, RANK, SIGN_AUTHORITY, SIGNED_MARK } from './signature.ts';

/**
 * The body a signature speaks for: "TM. CHÍNH PHỦ", "T/M BAN THƯỜNG VỤ" sign on
 * behalf of the collective body named ("KT. BỘ TRƯỞNG" names an office, not a body).
 */
export function bodyOfSignature(signer: Signer): string | null {
  const m = /^(?:TM|T\/M)\.?\s+(.+?)(?:\s+(?:KT|K\/T|TL|T\/L|Q|TUQ)\.?\s.*)?$/u.exec(signer.authority ?? '');
  return m ? m[1]!.trim() : null;
}
/** A name, with the military rank officers sign with ("Đại tướng Lương Tam Quang", "Thiếu tướng …"). */
const PERSON = new RegExp(String.raw`^(?:${RANK}\s+)?(?:\p{Lu}[\p{Ll}]*\.?\s+){1,5}\p{Lu}[\p{Ll}]+$`, 'u');
const ANNEX = /^(DANH SÁCH|DANH MỤC|PHỤ LỤC|PHỤ BIỂU|BIỂU|MẪU|BẢNG)\b/u;
/** Sentences that close a body: the effect clause, the "." end mark, self-references. */
const CLOSING_SENTENCE = /(\.\/\.|có hiệu lực|\b(?:Chỉ thị|Công văn|Kế hoạch|Quyết định|Báo cáo|Nghị quyết|Thông báo|Hướng dẫn|Thông tri|Kết luận) này\b)/u;

export interface Closing {
  /** Paragraphs that end the body (effect clause, "Yêu cầu các cấp…"). */
  closing: string[];
  recipients: string[];
  recipientsLabel: string | null;
  signer: Signer;
  annexes: Annex[];
  trailer: string[];
}

const SIGNED = new RegExp(`^${SIGNED_MARK}$`, 'u');
const isSignTitle = (u: Unit) => !u.cells && isUpperCase(u.text) && !readLabel(u.text) && u.lines.every((l) => l.text.length <= 60);
const isPerson = (u: Unit) => !u.cells && PERSON.test(u.text) && u.text.length <= 50;
const ISSUED_WITH = /\(\s*Ban hành kèm theo/iu;

/**
 * DANH SÁCH, PHỤ LỤC…, or a document issued with this one: its type in capitals with
 * "(Ban hành kèm theo …)" under it ("QUY CHẾ" after Quyết định 45/2013/QĐ-TTg).
 */
function isAnnexTitle(units: Unit[], i: number): boolean {
  const u = units[i]!;
  if (u.cells) return false;
  if (ANNEX.test(u.text)) return true;
  return isUpperCase(u.text) && typeFromTitle(u.text) !== null && units.slice(i + 1, i + 3).some((n) => ISSUED_WITH.test(n.text));
}

/** Index of the first unit of the closing part, or units.length. */
export function findClosingStart(units: Unit[], from: number): number {
  for (let i = from; i < units.length; i++) {
    const u = units[i]!;
    if (RECIPIENTS.test(u.text) || SIGN_AUTHORITY.test(u.text)) return i;
    // The name under the title, or the blank a draft leaves for it.
    if (isSignTitle(u) && units[i + 1] && (isPerson(units[i + 1]!) || isBlankName(units[i + 1]!.text))) return i;
    if (isPerson(u) && SIGNED.test(units[i + 1]?.text ?? '')) return i;
    if (isAnnexTitle(units, i) && i > from) return i;
  }
  return units.length;
}

/** Unnumbered paragraphs at the end of the body that close it. */
export function splitClosingParagraphs(body: Unit[]): { body: Unit[]; closing: Unit[] } {
  let k = body.length;
  while (k > 0) {
    const u = body[k - 1]!;
    if (u.cells || readLabel(u.text) || !CLOSING_SENTENCE.test(u.text)) break;
    k--;
  }
  return { body: body.slice(0, k), closing: body.slice(k) };
}

export function parseClosing(units: Unit[]): Omit<Closing, 'closing'> {
  const out: Omit<Closing, 'closing'> = {
    recipients: [],
    recipientsLabel: null,
    signer: { name: null, title: null, authority: null },
    annexes: [],
    trailer: [],
  };
  let inRecipients = false;
  // The signature block is one run of units: a capitalised line after something else is not part of it.
  let inSignature = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isAnnexTitle(units, i)) {
      out.annexes.push(...parseAnnexes(units.slice(i)));
      break;
    }
    const rec = RECIPIENTS.exec(u.text);
    if (rec && out.recipientsLabel !== null) {
      // A second "Nơi nhận:" (a list printed twice): kept as a line of the list, the first label stays.
      out.recipients.push(u.text);
      inRecipients = true;
      inSignature = false;
      continue;
    }
    if (rec) {
      inRecipients = true;
      inSignature = false;
      out.recipientsLabel = rec[1] ? u.text.slice(0, u.text.length - rec[1].length).trim() : u.text;
      if (rec[1]) out.recipients.push(rec[1].replace(/^[-–]\s*/u, ''));
      continue;
    }
    if (inRecipients && readLabel(u.text)?.rule.kind === 'item') {
      out.recipients.push(u.text.replace(/^[-–—•]\s*/u, ''));
      continue;
    }
    inRecipients = false;
    const started = out.signer.title !== null || out.signer.authority !== null;
    if ((SIGN_AUTHORITY.test(u.text) || isSignTitle(u)) && !out.signer.name && (!started || inSignature)) {
      for (const l of u.lines) {
        // The blank left for the name, printed right under the title: no part of the title.
        if (isBlankName(l.text)) continue;
        if (SIGN_AUTHORITY.test(l.text)) out.signer.authority = out.signer.authority ? `${out.signer.authority} ${l.text}` : l.text;
        else out.signer.title = out.signer.title ? `${out.signer.title} ${l.text}` : l.text;
      }
      inSignature = true;
      continue;
    }
    // A name with "(Đã ký)" under it signs even without a title above (laws as crawlers keep them).
    if (isPerson(u) && !out.signer.name && (started || SIGNED.test(units[i + 1]?.text ?? ''))) {
      out.signer.name = u.text;
      continue;
    }
    if (inSignature && !out.signer.name && isBlankName(u.text)) continue;
    inSignature = false;
    out.trailer.push(u.text);
  }
  return out;
}

/** DANH SÁCH / PHỤ LỤC blocks: title, the lines under it, then tables and paragraphs. */
function parseAnnexes(units: Unit[]): Annex[] {
  const annexes: Annex[] = [];
  let current: Annex | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isAnnexTitle(units, i)) {
      current = { id: `phu-luc-${annexes.length + 1}`, title: u.text, subtitle: [], paragraphs: [], tables: [], line: u.line };
      annexes.push(current);
      continue;
    }
    const annex = current!;
    if (u.cells) {
      const run = readTable(units, i, `${annex.id}__bang-${annex.tables.length + 1}`);
      annex.tables.push(run.table);
      i += run.count - 1;
      continue;
    }
    // Lines under the title up to "(Ban hành kèm theo …)"; a numbered line ("Chương I", "1.") starts the body.
    const subtitleOpen = annex.tables.length === 0 && annex.paragraphs.length === 0 && !annex.subtitle.some((t) => ISSUED_WITH.test(t));
    if (subtitleOpen && !readLabel(u.text)) annex.subtitle.push(u.text);
    else annex.paragraphs.push(u.text);
  }
  return annexes;
}
