import type { DocumentModel, QualityIssue, SourceInfo } from '../model.ts';
import type { UncertainWord } from '../source/extract/ocr.ts';
import { CONG_VAN, typeFromCode, typeFromTitle, UNKNOWN_TYPE } from '../vocabulary/doc-types.ts';
import { parseHeader } from './header.ts';
import { toUnits } from './units.ts';
import { joinPageBreaks } from './page-breaks.ts';
import { bodyOfSignature, findClosingStart, parseClosing, splitClosingParagraphs } from './closing.ts';
import { buildTree } from './clauses.ts';
import { inferLocality } from './locality.ts';
import { findAbbreviations, findOcrVariants } from './glossary.ts';
import { documentId } from './doc-id.ts';
import { certification, enactingBody, parentOfAnnex, passageDate } from './enactment.ts';
import { scanText } from '../citations/scan.ts';
import { isCentralBody } from '../vocabulary/issuers.ts';
import { completenessIssue } from './completeness.ts';
import { findEffect } from './effect.ts';
import { siteInfoNotes } from './site-check.ts';
import { assignRoles } from '../roles/index.ts';
import { extractCitations } from '../citations/index.ts';
import { clean, cleaningNotes } from '../clean/index.ts';

/** OCR's unsure words with a digit on a header line, that the line's text holds. */
function doubtful(uncertain: UncertainWord[], at: { line: number; text: string } | null): UncertainWord[] {
  if (!at) return [];
  return uncertain.filter((u) => u.line === at.line && /\d/u.test(u.word) && at.text.includes(u.word.replace(/^\W+|\W+$/gu, '')));
}

/**
 * Raw text (already decoded and normalised) → document model. The stages run in
 * reading order: units, header, body, closing; then what needs the whole text
 * (locality, glossary, OCR slips).
 */
export function parseDocument(raw: string, source: SourceInfo, uncertain: UncertainWord[] = []): DocumentModel {
  const cleaned = clean(raw);
  const issues: QualityIssue[] = cleaningNotes(cleaned.removed);
  // The document's own text: what the cleaning rules left (line numbers stay the source's).
  const text = cleaned.lines.map((l) => l.text).join('\n');
  const units = toUnits(cleaned.lines);
  const header = parseHeader(units);

  const closingStart = findClosingStart(units, header.end);
  const joined = joinPageBreaks(units.slice(header.end, closingStart), issues);
  const { body, closing } = splitClosingParagraphs(joined);
  const tree = buildTree(body, issues);
  assignRoles(tree.clauses);
  const after = parseClosing(units.slice(closingStart));

  // A consolidated text's number and date are in its certification block, at the end; a file
  // that is only an annex takes those of the document it was sent with ("kèm theo Công văn số …").
  const certified = certification(cleaned.lines);
  const parent = !header.number && !header.type && !header.authorities.length ? parentOfAnnex(units, scanText) : null;
  // What OCR read with little confidence (a handwritten number or day) is shown as read, but no
  // value is taken from it: better empty than wrong.
  const unsureNumber = doubtful(uncertain, header.numberLine);
  const unsureDate = doubtful(
    uncertain,
    header.placeDate ? { line: header.placeDate.line, text: header.lines.find((l) => l.role === 'place-date')?.text ?? '' } : null,
  );
  for (const [what, words] of [
    ['số, ký hiệu', unsureNumber],
    ['ngày ban hành', unsureDate],
  ] as const) {
    if (!words.length) continue;
    issues.push({
      level: 'warning',
      code: 'ocr-uncertain',
      message: `Nhận dạng chữ không chắc chắn ở ${what}: ${words.map((w) => `"${w.word}" (độ tin cậy ${w.confidence} %)`).join(', ')}.`,
      line: words[0]!.line,
      action: 'Để trống; đối chiếu bản gốc và sửa tay bằng tệp .yaml.',
    });
  }
  const number = (unsureNumber.length ? null : header.number) ?? certified?.number ?? parent?.number ?? null;
  // A number line with digits that does not parse was printed, not left blank: it is not a draft.
  const unreadable = header.numberLine !== null && number === null && /\d/u.test(header.numberLine.text);
  // A draft leaves its number blank ("Số: /CT-UBND"); a signed text may still leave its day blank
  // (the gazette's copy of Quyết định 372/QĐ-BTC: "ngày      tháng      năm 2026").
  const draft = header.numberLine !== null && !number?.serial && !unreadable;
  // A letter's "V/v …" under its number makes it a công văn, whatever the symbol's first letters
  // look like ("5348/CT-CS": CT is the Cục Thuế's code there, not Chỉ thị).
  const letter = header.lines.some((l) => l.role === 'subject' && /^\W*V\/[vV]\b/u.test(l.text));
  const symbol = number ?? header.number;
  const type =
    (certified ? typeFromCode('VBHN', 'state') : null) ??
    (parent ? { code: typeFromTitle(parent.kind)?.code ?? CONG_VAN.code, name: parent.kind } : null) ??
    header.type ??
    (letter ? CONG_VAN : null) ??
    // The symbol's letters tell the type even where OCR doubts its handwritten digits.
    (symbol?.typeCode ? typeFromCode(symbol.typeCode, symbol.system) : null) ??
    (symbol || header.subject ? CONG_VAN : UNKNOWN_TYPE);

  // A text with no issuer in its header names it elsewhere: a scanned gazette page kept only
  // its signature ("TM. CHÍNH PHỦ"); a legal site's copy of a law starts at its title, and its
  // preamble says "Quốc hội ban hành Luật …".
  const headless = !header.authorities.length && !header.typeIssuer;
  const enacting = headless ? (enactingBody(tree.preamble, isCentralBody) ?? parent?.issuer ?? null) : null;
  const signedFor = headless && !enacting ? bodyOfSignature(after.signer) : null;
  const locality = inferLocality(
    {
      authorities: enacting ? [enacting] : signedFor ? [signedFor] : header.authorities,
      authoritySource: enacting ? 'text' : signedFor ? 'signature' : 'header',
      typeIssuer: header.typeIssuer,
      number,
      place: header.placeDate?.place ?? null,
      recipients: after.recipients,
      addressees: header.addressees,
      fullText: text,
    },
    issues,
  );

  if (header.numberLine && unreadable) {
    issues.push({
      level: 'warning',
      code: 'unreadable-number',
      message: `Không đọc được số, ký hiệu văn bản ("${header.numberLine.text}").`,
      line: header.numberLine.line,
      action: 'Giữ nguyên dòng số như bản gốc; số hiệu để trống.',
    });
  } else if (header.numberLine && !number?.serial) {
    issues.push({
      level: 'warning',
      code: 'blank-number',
      message: `Số văn bản để trống ("${header.numberLine.text}"): bản dự thảo hoặc bản chưa vào số.`,
      line: header.numberLine.line,
      action: 'Ghi nhận là dự thảo; số hiệu để trống.',
    });
  } else if (!header.numberLine && !number) {
    issues.push({ level: 'warning', code: 'no-number', message: 'Không có dòng "Số:" ở phần đầu văn bản.', line: null, action: 'Số hiệu để trống.' });
  }
  // Laws and resolutions of the National Assembly are dated by their passage ("thông qua ngày…").
  const passed = !header.placeDate?.date && !certified?.date && !parent?.date ? passageDate(text) : null;
  const date = (unsureDate.length ? null : header.placeDate?.date) ?? certified?.date ?? parent?.date ?? passed?.date ?? null;
  if (parent) {
    issues.push({
      level: 'info',
      code: 'annex-only',
      message: `Tệp chỉ gồm phụ lục của ${parent.kind} số ${parent.number.symbol}: số, ngày${parent.issuer ? ', cơ quan ban hành' : ''} lấy theo dòng "kèm theo".`,
      line: parent.line,
      action: 'Xếp phụ lục theo văn bản mà nó đi kèm.',
    });
  }
  if (passed) {
    issues.push({
      level: 'info',
      code: 'passage-date',
      message: `Ngày ban hành lấy theo ngày thông qua ghi ở cuối văn bản (${passed.date.split('-').reverse().join('/')}).`,
      line: null,
      action: 'Dùng làm ngày ban hành.',
    });
  } else if (certified?.date && !header.placeDate?.date) {
    issues.push({
      level: 'info',
      code: 'certified-date',
      message: 'Số và ngày của văn bản hợp nhất lấy từ khối "Xác thực văn bản hợp nhất" ở cuối văn bản.',
      line: certified.line,
      action: 'Dùng làm số, ngày ban hành.',
    });
  } else if (!header.placeDate) {
    if (!parent?.date)
      issues.push({
        level: 'warning',
        code: 'no-date',
        message: 'Không có dòng địa danh, ngày tháng năm ban hành.',
        line: null,
        action: 'Ngày ban hành để trống.',
      });
  } else if (header.placeDate.blank) {
    issues.push({
      level: 'warning',
      code: 'blank-date',
      message: 'Ngày, tháng ban hành để trống (chỉ có năm).',
      line: header.placeDate.line,
      action: 'Ngày ban hành để trống, giữ năm.',
    });
  }
  if (header.lines.length === 0 && tree.clauses.length === 0) {
    issues.push({
      level: 'warning',
      code: 'no-structure',
      message: 'Không nhận ra phần đầu hay điều khoản nào: văn bản được đăng dưới dạng văn bản thuần.',
      line: 1,
      action: 'Đăng toàn văn theo từng đoạn.',
    });
  }

  const abbreviations = findAbbreviations(text);
  const ocrVariants = findOcrVariants(units, abbreviations);
  for (const v of ocrVariants) {
    issues.push({
      level: 'info',
      code: 'ocr-variant',
      message: `"${v.found}" có thể là lỗi nhận dạng chữ của "${v.likely}".`,
      line: v.line,
      action: 'Giữ nguyên như bản gốc, đánh dấu trên trang.',
    });
  }

  const year = number?.year ?? header.placeDate?.year ?? (date ? Number(date.slice(0, 4)) : null);
  const partial = {
    type,
    number,
    year,
    authority: locality.authority,
    subject: header.subject,
  };
  const doc: DocumentModel = {
    id: documentId({ ...partial, date }, locality.locality, source.file),
    source,
    ...partial,
    draft,
    date,
    place: header.placeDate?.place ?? null,
    province: locality.province,
    signer: after.signer,
    signature: [after.signer.authority, after.signer.title, after.signer.name].filter((line): line is string => Boolean(line)),
    header: header.lines,
    addressees: header.addressees,
    preamble: tree.preamble,
    preambleTables: tree.preambleTables,
    clauses: tree.clauses,
    closing: closing.map((u) => u.text),
    recipients: after.recipients,
    recipientsLabel: after.recipientsLabel,
    trailer: after.trailer,
    annexes: after.annexes,
    abbreviations,
    ocrVariants,
    instruments: [],
    citations: [],
    relations: [],
    effect: findEffect(closing, tree.clauses, date),
    overrides: [],
    removed: cleaned.removed.map(({ rule, no, text: t }) => ({ rule, line: no, text: t })),
    siteInfo: cleaned.evidence,
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
  doc.issues.push(...siteInfoNotes(doc));
  const incomplete = completenessIssue(doc, passed !== null);
  if (incomplete) doc.issues.push(incomplete);
  // Citations need the whole model (clauses, preamble, province) to resolve short forms and local numbers.
  Object.assign(doc, extractCitations(doc));
  return doc;
}
