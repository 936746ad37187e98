/**
 * The document model: the one place that says what a parsed document is.
 * Every stage speaks it: parse → (this model) → MDX, pages, search, open data.
 *
 * The layout follows Nghị định 30/2020/NĐ-CP (Phụ lục I) for state documents and
 * Hướng dẫn 36-HD/VPTW for Party documents.
 */

import type { SourceFormat } from './source/extract/formats.ts';

export type { SourceFormat };

/** Where a fact came from, so a reader can judge it. */
export type Provenance = 'header' | 'number' | 'place' | 'authority' | 'recipients' | 'text' | 'signature' | 'sidecar';

export interface SourceInfo {
  /** File name inside `seeds/`. */
  file: string;
  sha256: string;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, windows-1258…); for a PDF, Word file or scan, how its text was read. */
  encoding: string;
  bytes: number;
  /** The file's shape: text, html, json, docx, doc, pdf, image (see source/extract/formats.ts). */
  format: SourceFormat;
  /**
   * Its text as read is the file itself, and a browser shows the file as text: a `.txt` file (every web server sends it as
   * text/plain; a `.md` one is often downloaded) in UTF-8 without a byte-order mark or control characters. The site then
   * publishes one copy, the original.
   */
  readAsIs: boolean;
}

export interface DocumentType {
  /** Abbreviation from Phụ lục III (CT, BC, KH…); `CV` for công văn. */
  code: string;
  /** Vietnamese name: Chỉ thị, Báo cáo, Công văn… */
  name: string;
}

export interface DocumentNumber {
  /** As printed after "Số", tidied: `20/CT-UBND`, `901-CV/TU`. */
  symbol: string;
  /** The serial number, `null` when the space is left blank (a draft). */
  serial: string | null;
  /** Year embedded in the number (normative documents: `03/2019/NĐ-CP`). */
  year: number | null;
  /** Type abbreviation inside the symbol (`CT`), `null` for công văn. */
  typeCode: string | null;
  /** Issuer part of the symbol (`UBND`, `TU`, `UBND-VX`). */
  issuerCode: string | null;
  system: 'state' | 'party';
}

export interface Authority {
  name: string;
  /** The parent body printed above it (e.g. "UBND TỈNH" above a department). */
  parent: string | null;
  source: Provenance;
}

export interface Province {
  /** Post-2025 name of one of the 34 provinces and centrally-run cities. */
  name: string;
  slug: string;
  source: Provenance;
  /** The words in the text that gave it away. */
  evidence: string;
}

export interface Signer {
  name: string | null;
  /** Title printed above the name: "PHÓ CHỦ TỊCH". */
  title: string | null;
  /** Signing authority line: "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ". */
  authority: string | null;
}

export type ClauseKind =
  | 'part' // Phần
  | 'chapter' // Chương
  | 'section' // Mục: I., II. or "Mục 1"
  | 'article' // Điều
  | 'clause' // khoản: 1.
  | 'subclause' // 9.1.
  | 'point' // điểm: a), đ)
  | 'item' // "-" indent
  | 'subitem' // "+" indent
  | 'paragraph'; // unnumbered paragraph after a clause's children

export interface Clause {
  /** Stable anchor: `muc-ii__khoan-3__diem-a`. */
  id: string;
  kind: ClauseKind;
  /** Label exactly as printed: `II.`, `9.1.`, `a)`, `-`; empty for a paragraph. */
  label: string;
  /** Bold or heading lead-in, when the clause has one. */
  title: string | null;
  /** Paragraphs of the clause before its children, joined by "\n". */
  text: string;
  /** 1-based line in the source where the clause starts. */
  line: number;
  children: Clause[];
  /** A table printed inside the body (kind `paragraph`). */
  table?: Table;
  /** Role ids of the bodies this clause (its own text, not its children) tasks. */
  roles?: string[];
}

export interface Table {
  id: string;
  header: string[];
  rows: string[][];
  line: number;
}

export interface Annex {
  id: string;
  /** "DANH SÁCH", "PHỤ LỤC I"… */
  title: string;
  /** Lines under the title: what it lists, "(Ban hành kèm theo …)". */
  subtitle: string[];
  paragraphs: string[];
  tables: Table[];
  line: number;
}

export interface HeaderLine {
  /** What the line is in the header layout. */
  role: 'motto' | 'authority' | 'separator' | 'number' | 'place-date' | 'type' | 'subject' | 'other';
  text: string;
  line: number;
}

export interface Abbreviation {
  short: string;
  long: string;
  /** `text` when the document defines it, `common` from our glossary. */
  source: 'text' | 'common';
}

export interface OcrVariant {
  /** As printed in the source. */
  found: string;
  /** The form the rest of the text (or our glossary) uses. */
  likely: string;
  line: number;
}

/**
 * A legal instrument a document cites: Nghị quyết 33-NQ/TW, Chỉ thị 01/CT-TTg,
 * Luật Biên phòng Việt Nam. Within one document every mention of the same
 * instrument is merged into one record; across documents the corpus merges them
 * again by `id` (src/lib/corpus/).
 */
export interface Instrument {
  /**
   * Stable id. Central instruments are unique by number (`nghi-quyet-33-nq-tw`,
   * `nghi-dinh-03-2019-nd-cp`); local numbers carry the province or issuer
   * (`chi-thi-12-ct-ubnd-thanh-hoa`); laws by name (`luat-bien-phong-viet-nam`).
   */
  id: string;
  /** Vietnamese name of the kind: "Nghị quyết", "Chỉ thị", "Luật"… */
  kind: string;
  /** Symbol as it should be shown: `33-NQ/TW`, `01/CT-TTg`; `null` for laws by name or bare numbers. */
  number: string | null;
  /** Bare serial when the symbol is not given: `16` in "Quyết định số 16 của Hội đồng Bộ trưởng". */
  serial: string | null;
  /** Full name for instruments cited by name: "Luật Biên phòng Việt Nam". */
  name: string | null;
  /** ISO date `yyyy-mm-dd` (or `yyyy` when only the year is known). */
  date: string | null;
  /** "Bộ Chính trị", "Thủ tướng Chính phủ", "UBND tỉnh"… */
  issuer: string | null;
  /** Trích yếu as the text writes it: "về Chiến lược bảo vệ Tổ quốc…", "V/v …". */
  subject: string | null;
  /** Central ones are unique nationwide; local ones only with their issuer. */
  scope: 'central' | 'local';
}

/**
 * Relations as the national legal database types them: the citing document
 * replaces (thay thế), repeals or ends (bãi bỏ, "hết hiệu lực"), amends (sửa
 * đổi, bổ sung), guides (hướng dẫn), rests on (căn cứ), carries out (thực hiện),
 * reports on (báo cáo), sends with it (gửi kèm), or only mentions (dẫn chiếu) it.
 */
export type RelationType = 'thay-the' | 'bai-bo' | 'sua-doi' | 'huong-dan' | 'can-cu' | 'thuc-hien' | 'bao-cao' | 'gui-kem' | 'dan-chieu';

export interface Citation {
  /** Instrument id (see `DocumentModel.instruments`). */
  instrument: string;
  /** Clause id where it is cited, `null` in preamble, header or closing. */
  clause: string | null;
  /** The words of the mention, exactly as they appear in the text shown on the page. */
  text: string;
  /** 1-based source line of the mention (best effort: the unit the mention sits in). */
  line: number;
  /** What the sentence says about it; `dan-chieu` when it only mentions it. */
  relation: RelationType;
}

export interface Relation {
  type: RelationType;
  instrument: string;
}

/**
 * A body a clause gives a task to, as a role shared across provinces:
 * "Sở Tài chính" of Huế and of Thanh Hóa are both `so-tai-chinh`.
 */
export interface Role {
  /** `so-tai-chinh`, `bch-bdbp`, `ubnd-xa-bien-gioi`… */
  id: string;
  /** Canonical Vietnamese name shown on the site: "Sở Tài chính". */
  name: string;
}

export type IssueLevel = 'error' | 'warning' | 'info';

export interface QualityIssue {
  level: IssueLevel;
  /** Stable machine code: `blank-number`, `no-date`, `inferred-province`… */
  code: string;
  message: string;
  /** 1-based source line, `null` when it concerns the whole file. */
  line: number | null;
  /** The file `line` refers to when it is not the source itself (a sidecar `.yaml`). */
  file?: string;
  /** What the pipeline did about it. */
  action: string;
}

export interface DocumentModel {
  /** Stable slug, e.g. `chi-thi-20-ct-ubnd-2026-hue`. */
  id: string;
  source: SourceInfo;
  type: DocumentType;
  number: DocumentNumber | null;
  /** Blank number (`Số: /CT-UBND`) or blank date: not yet issued. */
  draft: boolean;
  /** ISO date `yyyy-mm-dd`, `null` when day or month is blank. */
  date: string | null;
  year: number | null;
  place: string | null;
  authority: Authority | null;
  province: Province | null;
  /** Trích yếu. */
  subject: string | null;
  signer: Signer;
  /** The signature block as printed (authority, title, name lines); `signer` is what it says, maybe corrected by a sidecar. */
  signature: string[];
  header: HeaderLine[];
  /** Kính gửi list. */
  addressees: string[];
  preamble: string[];
  /** Tables printed before the first clause. */
  preambleTables: Table[];
  clauses: Clause[];
  closing: string[];
  /** Nơi nhận list. */
  recipients: string[];
  /** The "Nơi nhận:" heading as printed (OCR may have changed it). */
  recipientsLabel: string | null;
  /** Lines after the signature that are not an annex (typist's reference…). */
  trailer: string[];
  annexes: Annex[];
  abbreviations: Abbreviation[];
  ocrVariants: OcrVariant[];
  /** Instruments cited, one record per instrument, details merged from every mention. */
  instruments: Instrument[];
  citations: Citation[];
  /** Typed relations to cited instruments (thay thế, căn cứ, thực hiện, báo cáo, gửi kèm). */
  relations: Relation[];
  /** Its own effect clause ("Chỉ thị này có hiệu lực kể từ ngày ký"), when it has one. */
  effect: Effect | null;
  /** Fields overridden by a sidecar `seeds/<name>.yaml`. */
  overrides: string[];
  /** Lines the cleaning stage took out (gazette page furniture, a site's frame…), shown apart on the page. */
  removed: RemovedText[];
  /** What the page around the document said of it (a legal site's information table): evidence, not metadata. */
  siteInfo: Record<string, string>;
  /**
   * The further pages of a text too long for one (ingest/parts.ts): this model
   * holds the first part; each listed part is a page of its own. Absent when the
   * document fits on one page.
   */
  parts?: DocumentPart[];
  issues: QualityIssue[];
}

/**
 * The fields that are the document's text as printed, in reading order. The
 * MDX body holds them (mdx/to-mdast.ts writes them, mdx/from-mdast.ts reads
 * them back); the frontmatter holds the rest, the metadata. Neither holds a
 * copy of the other.
 */
export const BODY_KEYS = [
  'header',
  'preamble',
  'preambleTables',
  'clauses',
  'closing',
  'recipients',
  'recipientsLabel',
  'signature',
  'trailer',
  'annexes',
  'removed',
] as const;
export type DocumentBody = Pick<DocumentModel, (typeof BODY_KEYS)[number]>;

/** A body with no text yet, for readers that fill it in (mdx/from-mdast.ts) or replace it (an unreadable MDX body). */
export function emptyBody(): DocumentBody {
  return {
    header: [],
    preamble: [],
    preambleTables: [],
    clauses: [],
    closing: [],
    recipients: [],
    recipientsLabel: null,
    signature: [],
    trailer: [],
    annexes: [],
    removed: [],
  };
}
export type DocumentMetadata = Omit<DocumentModel, (typeof BODY_KEYS)[number]>;

export interface DocumentPart {
  /** Page slug under the document's address: `phan-2`. */
  slug: string;
  /** 1-based line of the source where the part starts. */
  line: number;
  /** Bytes of text on the part's page. */
  bytes: number;
}

/** Where a document says from when it applies (parse/effect.ts). */
export interface Effect {
  /** ISO date it takes effect: the named day, or the document's own date for "kể từ ngày ký"; null when unknown. */
  from: string | null;
  /** The sentence as the text writes it. */
  text: string;
  /** Clause it stands in, `null` in the closing paragraphs. */
  clause: string | null;
  line: number;
}

export interface RemovedText {
  /** The cleaning rule that took it out (src/lib/clean/rules/). */
  rule: string;
  line: number;
  text: string;
}

/** A document with nothing read yet: every field unknown, every list empty. */
export function emptyDocument(id: string, source: SourceInfo, type: DocumentType): DocumentModel {
  return {
    id,
    source,
    type,
    number: null,
    draft: false,
    date: null,
    year: null,
    place: null,
    authority: null,
    province: null,
    subject: null,
    signer: { name: null, title: null, authority: null },
    signature: [],
    header: [],
    addressees: [],
    preamble: [],
    preambleTables: [],
    clauses: [],
    closing: [],
    recipients: [],
    recipientsLabel: null,
    trailer: [],
    annexes: [],
    abbreviations: [],
    ocrVariants: [],
    instruments: [],
    citations: [],
    relations: [],
    effect: null,
    overrides: [],
    removed: [],
    siteInfo: {},
    issues: [],
  };
}
