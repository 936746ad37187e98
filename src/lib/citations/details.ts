import { isoDate } from '../text/vietnamese.ts';

/**
 * What a citation says after the number: date, issuer, subject, in the order
 * official writing uses ("Nghị quyết số 33-NQ/TW ngày 28/9/2018 của Bộ Chính trị
 * về Chiến lược bảo vệ biên giới quốc gia"), and what some texts put before it
 * ("Ngày 09/8/2024, Chủ tịch UBND tỉnh đã ban hành Chỉ thị số 12/CT-UBND").
 */

export interface Details {
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** Where the subject starts and ends in the text (mentions inside it are nested). */
  subjectSpan: [number, number] | null;
  /** End of the whole phrase: designation, date, issuer and subject. */
  end: number;
}

const DATE_BODY = '(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})';
const DATE_AFTER = new RegExp(`\\s*,?\\s*[Nn]gày\\s+(?:${DATE_BODY})(?![\\p{N}])`, 'uy');
const DATE_BEFORE = new RegExp(`(?:^|[.;:\\n]\\s*)[Nn]gày\\s+(?:${DATE_BODY})\\s*,\\s*$`, 'u');

/** `ngày 24 tháng 02 năm 2025`, `ngày 28/9/2018` → ISO, null when not a real day. */
function toIso(m: RegExpExecArray): string | null {
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return isoDate(Number(y), Number(mo), Number(d));
}

/** Lowercase words that end an issuer's name: "của UBND tỉnh gắn với…", "của Bộ Chính trị về…". */
const ISSUER_STOP = new Set(
  ('về và hoặc gắn theo tại trong để nhằm đã đang được là có với cho từ đến ngày năm số kèm gửi này đó các ' + 'những khi trên sau trước qua như mà thì').split(
    ' ',
  ),
);
/** Two-word verbs that end it too, though their first word may be a name's second syllable ("Ủy ban" vs "ban hành"). */
const ISSUER_STOP_PAIRS = new Set(
  (
    'ban hành|tổ chức|thực hiện|triển khai|tổng kết|sơ kết|quy định|hướng dẫn|thay thế|bãi bỏ|chỉ đạo|lãnh đạo|' +
    'phê duyệt|công bố|đề nghị|yêu cầu|xây dựng|phối hợp|quán triệt|tiếp tục|hỗ trợ|tham gia|mang lại|đối với|nay là'
  ).split('|'),
);
/** Lowercase words of bodies' and places' names: "Ủy ban nhân dân tỉnh", "UBND thị xã Tịnh Biên". */
const LEVEL_WORDS = new Set('tỉnh thành phố thị xã huyện quận phường trấn đặc khu'.split(' '));
const ORG_WORDS = new Set('nhân dân'.split(' '));
const MAX_ISSUER_WORDS = 14;

const TOKEN = /\s+(\((?:\p{Lu}|Đ)[\p{Lu}\p{N}Đ-]+\)|[\p{L}\p{N}]+)/uy;
const OF = /\s*,?\s*của(?=\s)/uy;

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * The issuer after "của": capitalised words, abbreviations, level words and the
 * lowercase second syllables of names ("Bộ Chính trị", "Thủ tướng Chính phủ");
 * once a place name is given ("tỉnh An Giang") any lowercase word ends it.
 */
export function readIssuerAfter(text: string, from: number): { issuer: string; end: number } | null {
  OF.lastIndex = from;
  if (!OF.exec(text)) return null;
  let pos = OF.lastIndex;
  const kept: string[] = [];
  let prevCapital = false;
  let placeStarted = false;
  let placeNamed = false;
  let end = pos;
  while (kept.length < MAX_ISSUER_WORDS) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = m[1]!;
    if (word.startsWith('(')) {
      // "Ủy ban nhân dân (UBND) tỉnh An Giang": the abbreviation's definition is read over, not kept.
      pos = TOKEN.lastIndex;
      continue;
    }
    if (isCapital(word) || /^\d+$/.test(word)) {
      kept.push(word);
      if (placeStarted) placeNamed = true;
      prevCapital = isCapital(word);
    } else {
      const next = /^\s+([\p{L}]+)/u.exec(text.slice(TOKEN.lastIndex))?.[1];
      if (ISSUER_STOP.has(word) || (next && ISSUER_STOP_PAIRS.has(`${word} ${next}`)) || placeNamed) break;
      if (LEVEL_WORDS.has(word)) placeStarted = true;
      else if (!ORG_WORDS.has(word) && !prevCapital) break;
      kept.push(word);
      prevCapital = false;
    }
    pos = TOKEN.lastIndex;
    end = pos;
  }
  if (!kept.length || !isCapital(kept[0]!)) return null;
  return { issuer: kept.join(' '), end };
}

/** Subject openers: "về", "V/v", or a quoted "Về việc…". The opener is kept: it is the trích yếu's first word. */
const SUBJECT_START = /\s*,?\s*(?:(?=(?:về|V\/v)\s)|([“"])\s*(?=[Vv]ề\s))/uy;
/** Right after the issuer, a trích yếu may open with its verb: "của Chính phủ quy định chi tiết…" (the verb is kept). */
export const SUBJECT_VERBS = ['quy định', 'hướng dẫn', 'ban hành', 'phê duyệt', 'sửa đổi', 'bổ sung', 'thành lập'];
const VERB_START = new RegExp(`\\s+(?=(?:${SUBJECT_VERBS.join('|')})\\s)`, 'uy');

/** After a comma, words that start a new clause of the sentence, not more of the subject. */
/** Not "bảo đảm", "tạo", "giao": subjects use them ("về phối hợp …, bảo đảm trật tự, an toàn xã hội"). */
export const CLAUSE_STARTERS = [
  'đồng thời',
  'qua đó',
  'trên cơ sở',
  'từ đó',
  'theo đó',
  'do đó',
  'vì vậy',
  'nhằm',
  'góp phần',
  'kịp thời',
  'xác định',
  'yêu cầu',
  'đề nghị',
  'trong đó',
  'đặc biệt',
  'nhất là',
  'tuy nhiên',
  'cụ thể',
  'gắn với',
];
const STARTER = new RegExp(`^\\s*(?:${CLAUSE_STARTERS.join('|')})(?![\\p{L}])`, 'u');
/** ", UBND tỉnh ban hành…", ", Ủy ban nhân dân phường báo cáo…": a new subject and its verb. */
const NEW_SUBJECT = /^\s*\p{Lu}[\p{L}\p{N}\s]{0,60}?\s(?:đã\s+)?(?:yêu cầu|ban hành|đề nghị|chỉ đạo|quyết định|báo cáo|xây dựng|triển khai|giao)(?![\p{L}])/u;
/** Words that end a subject: what follows says what happens to the instrument ("… được thay thế bởi …"). */
const SUBJECT_ENDS = /^\s+(?:hết hiệu lực|có hiệu lực|được thay thế|bị thay thế|bị bãi bỏ|được bãi bỏ)(?![\p{L}])/u;
const REMARK = /^\s*\([^()\n]{1,60}\)/u;
const OPEN_QUOTES = '“«';
const CLOSE_QUOTES = '”»';
const MAX_SUBJECT = 400;

/**
 * The subject after "về", to the end of its clause: `;`, `:`, `.` + space,
 * brackets, a comma before a new clause, or the next citation of a list
 * (`, Kết luận số…`, `và Chỉ thị số…`). Citations inside it (`về thực hiện
 * Chỉ thị số 01`) belong to it. Quotes protect their content.
 */
function readSubject(text: string, from: number, siblings: number[], afterIssuer: boolean): { subject: string; span: [number, number] } | null {
  SUBJECT_START.lastIndex = from;
  VERB_START.lastIndex = from;
  const m = SUBJECT_START.exec(text) ?? (afterIssuer ? VERB_START.exec(text) : null);
  if (!m) return null;
  const quoted = m[1] ?? null;
  const start = m.index + m[0].length;
  const isSibling = (at: number): boolean => siblings.some((s) => s >= at && /^\s*(?:[,;]|và|hoặc)?\s*$/u.test(text.slice(at, s)));
  let depth = 0;
  let i = start;
  for (; i < text.length && i - start < MAX_SUBJECT; i++) {
    const ch = text[i]!;
    if (quoted) {
      if ((quoted === '"' && ch === '"') || (quoted !== '"' && CLOSE_QUOTES.includes(ch))) break;
      continue;
    }
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    if (depth > 0) continue;
    if (';:()\n'.includes(ch)) break;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) break;
    if (ch === ',') {
      const rest = text.slice(i + 1);
      if (STARTER.test(rest) || NEW_SUBJECT.test(rest) || isSibling(i + 1)) break;
    }
    if (/\s/.test(ch) && ((/^\s+(?:và|hoặc)\s/u.test(text.slice(i)) && isSibling(i)) || SUBJECT_ENDS.test(text.slice(i)))) break;
  }
  let end = i;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { subject: text.slice(start, end).trim(), span: [start, quoted ? Math.min(end + 1, text.length) : end] };
}

/** Date, issuer, subject after a designation ending at `from`; `siblings` are the other designations' starts. */
export function readDetails(text: string, from: number, siblings: number[]): Details {
  const details: Details = { date: null, issuer: null, subject: null, subjectSpan: null, end: from };
  let pos = from;
  for (let step = 0; step < 5; step++) {
    DATE_AFTER.lastIndex = pos;
    const date = DATE_AFTER.exec(text);
    if (date && !details.date) {
      details.date = toIso(date);
      pos = details.end = DATE_AFTER.lastIndex;
      continue;
    }
    const issuer = details.issuer ? null : readIssuerAfter(text, pos);
    if (issuer) {
      details.issuer = issuer.issuer;
      pos = details.end = issuer.end;
      continue;
    }
    const subject = readSubject(text, pos, siblings, details.issuer !== null && pos === details.end);
    if (subject) {
      details.subject = subject.subject;
      details.subjectSpan = subject.span;
      details.end = subject.span[1];
      break;
    }
    // "của Hội đồng Bộ trưởng (nay là Chính phủ) về việc…", "của Bộ Chính trị (khóa XII) ngày…": a remark, read
    // over when more details follow it (the phrase only grows when they do).
    const remark = pos === details.end ? REMARK.exec(text.slice(pos)) : null;
    if (!remark) break;
    pos += remark[0].length;
  }
  return details;
}

const ISSUED_BY = /(?:^|[.;:!?\n]\s*|,\s*)((?:\p{Lu}|Đ)[^,;.:!?\n]{1,80}?)\s+(?:đã\s+)?ban hành\s+$/u;

/** The longest tail of `words` that reads as a body's name: "Sở Y tế đã tham mưu UBND tỉnh" → "UBND tỉnh". */
function nameAtEnd(words: string): { issuer: string; whole: boolean } | null {
  const list = words.trim().split(/\s+/);
  for (let k = 0; k < list.length; k++) {
    const tail = list.slice(k).join(' ');
    const read = readIssuerAfter(`của ${tail}`, 0);
    if (read && read.end === tail.length + 4) return { issuer: read.issuer, whole: k === 0 };
  }
  return null;
}

/** "Ngày 09/8/2024, Chủ tịch UBND tỉnh đã ban hành " before a designation: its issuer and date. */
export function readIssuedBefore(text: string, to: number): { issuer: string | null; date: string | null } {
  const before = text.slice(Math.max(0, to - 200), to);
  const m = ISSUED_BY.exec(before);
  const name = m ? nameAtEnd(m[1]!) : null;
  if (!m || !name) return { issuer: null, date: null };
  // The date belongs to the issuing only when it opens the same clause: "Ngày 09/8/2024, Chủ tịch … ban hành".
  const date = name.whole ? DATE_BEFORE.exec(before.slice(0, m.index + m[0].indexOf(m[1]!))) : null;
  return { issuer: name.issuer, date: date ? toIso(date) : null };
}
