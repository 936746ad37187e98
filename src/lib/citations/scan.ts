import type { DocumentNumber } from '../model.ts';
import { readDetails, readIssuedBefore } from './details.ts';
import { codesOfKind, KIND_PATTERN, kindWord } from './kinds.ts';
import { readName } from './laws.ts';
import { BARE_NUMBER, kindFromNumber, OLD_STATE_NUMBER, PARTY_NUMBER, readNumber, SERIAL, STATE_NUMBER } from './numbers.ts';
import { charBefore } from '../text/chars.ts';
import { execAll } from '../text/exec-all.ts';

/**
 * One string → the instruments it mentions, in reading order, each with what the
 * text says about it. Nothing here knows the document: resolving short forms and
 * giving ids is resolve.ts's job.
 */

/**
 * `full`: a complete symbol (`01/CT-TTg`); `truncated`: a symbol cut short
 * (`587/KH` for `587/KH-UBND`); `serial`: a bare number (`Chỉ thị số 01`);
 * `name`: a law cited by name.
 */
export type MentionForm = 'full' | 'truncated' | 'serial' | 'name';

export interface Mention {
  /** Offsets of the designation: kind word and number, or the law's name. */
  start: number;
  end: number;
  /** The designation exactly as printed: what the page turns into a link. */
  text: string;
  /** Kind shown: "Thông tư" for "Thông Tư". */
  kind: string;
  form: MentionForm;
  /** "số" printed before a bare serial: "Chỉ thị 01" alone is only a citation when it resolves. */
  withSo: boolean;
  number: DocumentNumber | null;
  serial: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  subjectSpan: [number, number] | null;
  /** End of the phrase: designation, date, issuer, subject. */
  phraseEnd: number;
  /** Index of the mention whose short name this one announces ("sau đây gọi tắt là Chỉ thị số 01"). */
  aliasOf: number | null;
  /** Inside another mention's subject ("Kế hoạch … về thực hiện Chỉ thị số 01"): it describes that one. */
  nested: boolean;
  /** No kind word: the kind came from the symbol or the list it stands in. */
  bare: boolean;
}

/** A kind word and a number; that no letter or digit stands right before it is `kindAndNumber`'s check. */
const DESIGNATION = new RegExp(`(${KIND_PATTERN})(\\s+[Ss]ố\\s*:?\\s*|\\s+)(?:(${PARTY_NUMBER})|(${STATE_NUMBER}|${OLD_STATE_NUMBER})|(${SERIAL}))`, 'gu');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The matches of DESIGNATION that start a word, as a look-behind
 * `(?<![\p{L}\p{N}])` in front of it would find them. Checked here instead,
 * the pattern starts with its kind words' letters, which irregexp looks for
 * quickly; with the look-behind it tried the whole pattern at every position,
 * three times slower.
 */
export function kindAndNumber(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  DESIGNATION.lastIndex = 0;
  for (let m = DESIGNATION.exec(text); m; m = DESIGNATION.exec(text)) {
    if (LETTER_OR_DIGIT.test(charBefore(text, m.index))) DESIGNATION.lastIndex = m.index + 1;
    else found.push(m);
  }
  return found;
}
/** Kinds cited by name take a capital: "Luật Thủy sản", not "pháp luật", "luật sư". */
const NAMED_KIND = /(?<![\p{L}\p{N}])(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)(?![\p{L}\p{N}])/gu;
const ALIAS = /^\s*\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+)?là\s*[“"]?/u;

type Found = Omit<Mention, 'date' | 'issuer' | 'subject' | 'subjectSpan' | 'phraseEnd' | 'aliasOf' | 'nested'> & {
  year: string | null;
};

function designations(text: string): Found[] {
  const found: Found[] = [];
  // Every designation but a law's name holds a number: most sentences have none, and the
  // long pattern below is tried at every position (a tenth of ingest's time before this check).
  const numbered = /\d/.test(text);
  for (const m of numbered ? kindAndNumber(text) : []) {
    const [all, printedKind, so, party, state, serial] = m;
    const rule = kindWord(printedKind!);
    if (!rule) continue;
    const start = m.index;
    const base = { start, end: start + all.length, text: all, withSo: /số/iu.test(so!), name: null, year: null, bare: false };
    const lowercase = !/^\p{Lu}/u.test(printedKind!);
    if (serial) {
      // "nghị quyết số 5" in running prose, "Văn bản số 5": too weak; "Chỉ thị số 01" is a short citation.
      if (lowercase || !rule.kind) continue;
      found.push({ ...base, kind: rule.kind, form: 'serial', number: null, serial });
      continue;
    }
    const number = readNumber((party ?? state)!);
    if (!number) continue;
    const kind = rule.kind ?? kindFromNumber(number) ?? 'Công văn';
    const truncated = number.system === 'state' && !number.typeCode && codesOfKind(kind).includes(number.issuerCode ?? '');
    found.push({ ...base, kind, form: truncated ? 'truncated' : 'full', number, serial: number.serial });
  }
  for (const m of execAll(NAMED_KIND, text)) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    const hit = readName(text, m.index, m[0].length);
    if (!hit) continue;
    const end = m.index + hit.length;
    found.push({
      start: m.index,
      end,
      text: text.slice(m.index, end),
      kind: kindWord(m[0])!.kind!,
      form: 'name',
      withSo: false,
      number: null,
      serial: null,
      name: hit.name,
      year: hit.year,
      bare: false,
    });
  }
  for (const m of numbered ? execAll(BARE_NUMBER, text) : []) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    const number = readNumber(m[0]);
    const kind = number ? kindFromNumber(number) : null;
    if (!number || !kind) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind,
      form: 'full',
      withSo: false,
      number,
      serial: number.serial,
      name: null,
      year: null,
      bare: true,
    });
  }
  return withNumbers(
    found.sort((a, b) => a.start - b.start),
    text,
  );
}

/** What may stand between a law's name and its number: "Luật Tổ chức Chính phủ số 63/2025/QH15". */
const NAME_TO_NUMBER = /^\s*(?:số\s*:?\s*)?$/iu;

/**
 * A law cited by name and number is one instrument, not two: the name takes the
 * number printed right after it (a bare symbol: its kind is the name's).
 */
function withNumbers(found: Found[], text: string): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last?.form === 'name' && !last.number && f.bare && f.number && NAME_TO_NUMBER.test(text.slice(last.end, f.start))) {
      out[out.length - 1] = { ...last, end: f.end, text: text.slice(last.start, f.end), form: 'full', number: f.number, serial: f.serial };
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Every mention in `text`, with date, issuer and subject where the text gives them. */
export function scanText(text: string): Mention[] {
  const found = designations(text);
  const starts = found.map((f) => f.start);
  const mentions: Mention[] = found.map(({ year, ...f }) => {
    const details = readDetails(text, f.end, starts);
    const before = details.issuer && details.date ? null : readIssuedBefore(text, f.start);
    return {
      ...f,
      date: details.date ?? before?.date ?? year,
      issuer: details.issuer ?? before?.issuer ?? null,
      subject: details.subject,
      subjectSpan: details.subjectSpan,
      phraseEnd: details.end,
      aliasOf: null,
      nested: false,
    };
  });
  mentions.forEach((m, i) => {
    const alias = ALIAS.exec(text.slice(m.phraseEnd));
    if (alias) {
      const target = mentions.find((o) => o.start === m.phraseEnd + alias[0].length);
      if (target) target.aliasOf = i;
    }
    m.nested = mentions.some((o) => o !== m && o.subjectSpan !== null && m.start >= o.subjectSpan[0] && m.start < o.subjectSpan[1]);
    // "Chỉ thị số 205/TTg, 394/TTg": a bare number in a list takes the kind of the one before it.
    const prev = mentions[i - 1];
    if (m.bare && prev && !m.number?.typeCode && /^\s*(?:[,;]|và|hoặc)?\s*$/u.test(text.slice(prev.phraseEnd, m.start))) {
      m.kind = prev.kind;
    }
  });
  return mentions;
}
