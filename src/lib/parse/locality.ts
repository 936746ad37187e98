import type { Authority, DocumentNumber, Province, QualityIssue } from '../model.ts';
import { fold } from '../text/vietnamese.ts';
import { ISSUER_CODES, sentenceCase } from './names.ts';
import { provinceByName, provinceInName, provincesInText, type ProvinceInfo } from '../vocabulary/provinces.ts';
import { isCentralBody } from '../vocabulary/issuers.ts';

/**
 * Where a document comes from: its issuing body, the locality of that body and
 * the province. Each is taken from the strongest evidence available and says
 * which evidence that was.
 */

export interface LocalityInput {
  authorities: string[];
  /** Where `authorities` were read: the header, or for want of one the enacting formula or the signature ("TM. CHÍNH PHỦ"). */
  authoritySource?: 'header' | 'text' | 'signature';
  typeIssuer: string | null;
  number: DocumentNumber | null;
  place: string | null;
  recipients: string[];
  addressees: string[];
  fullText: string;
}

export interface Locality {
  authority: Authority | null;
  province: Province | null;
  /** Name of the issuing body's own locality (province, city, ward or commune), as the text spells it. */
  locality: string | null;
}

const LEVELS = '(?:phường|xã|thị trấn|thị xã|huyện|quận|đặc khu|thành phố|tỉnh)';

/** Issuer codes of central bodies in numbers ("45/2013/QĐ-TTg"); `null` when the code does not say which body (Party "TW"). */
const CENTRAL_ISSUERS: Record<string, string | null> = {
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  QH: 'Quốc hội',
  BQP: 'Bộ Quốc phòng',
  BCA: 'Bộ Công an',
  BNG: 'Bộ Ngoại giao',
  TW: null,
};

/**
 * The issuing body is central: by its printed name or its parent's (a "Cục"
 * under a "Bộ"), when none of them names a province; else by the number's
 * issuer code. Central documents are national, not a province's, though signed
 * in Hà Nội: no province is inferred for them.
 */
function centralBody(authorities: string[], number: DocumentNumber | null): { name: string | null; source: 'header' | 'number' } | null {
  const printed = authorities[authorities.length - 1];
  if (printed) return authorities.some(isCentralBody) && !authorities.some((a) => provinceInName(a)) ? { name: null, source: 'header' } : null;
  const code = number?.issuerCode?.split('-')[0];
  return code !== undefined && code in CENTRAL_ISSUERS ? { name: CENTRAL_ISSUERS[code]!, source: 'number' } : null;
}

const asProvince = (p: ProvinceInfo, source: Province['source'], evidence: string): Province => ({
  name: p.name,
  slug: p.slug,
  source,
  evidence,
});

/** "Nhon Hưng" in the date line, "phường Nhơn Hưng" in the text: level and spelling from the text. */
function localUnit(place: string, text: string): { level: string; name: string } | null {
  const target = fold(place);
  const re = new RegExp(`(${LEVELS})\\s+((?:\\p{Lu}\\p{Ll}*\\s?){1,4})`, 'gu');
  for (const m of text.matchAll(re)) {
    const syllables = m[2]!.trim().split(/\s+/);
    for (let n = syllables.length; n > 0; n--) {
      const name = syllables.slice(0, n).join(' ');
      if (fold(name) === target) return { level: m[1]!, name };
    }
  }
  return null;
}

export function inferLocality(input: LocalityInput, issues: QualityIssue[]): Locality {
  let province: Province | null = null;
  const printed = input.authorities.length ? input.authorities[input.authorities.length - 1]! : null;
  const central = centralBody(input.authorities, input.number);
  if (central) {
    issues.push({
      level: 'info',
      code: 'central-authority',
      message: 'Văn bản của cơ quan trung ương: không thuộc riêng tỉnh, thành phố nào.',
      line: null,
      action: 'Không gán tỉnh, thành phố; xếp vào mục "Chưa xác định".',
    });
    const parent = input.authorities.length > 1 ? sentenceCase(input.authorities[input.authorities.length - 2]!) : null;
    const authority: Authority | null = printed
      ? { name: sentenceCase(printed), parent, source: input.authoritySource ?? 'header' }
      : central.name
        ? { name: central.name, parent: null, source: 'number' }
        : null;
    return { authority, province: null, locality: null };
  }
  const fromAuthority = printed ? provinceInName(input.authorities.join(' ')) : null;
  if (fromAuthority) province = asProvince(fromAuthority, 'authority', input.authorities.join(' / '));
  const placeProvince = input.place ? provinceByName(input.place) : null;
  if (!province && placeProvince) province = asProvince(placeProvince, 'place', input.place!);
  if (!province) {
    const hit = provincesInText([...input.recipients, ...input.addressees].join('\n'))[0];
    if (hit) province = asProvince(hit.province, 'recipients', hit.evidence);
  }
  // Counting provinces named in the body says where a local body works, not who issued a text
  // of which neither issuer nor place was read (a bare annex, a page cut before its header).
  if (!province && (printed || input.typeIssuer || input.place)) {
    const counts = new Map<string, { n: number; hit: ReturnType<typeof provincesInText>[number] }>();
    for (const hit of provincesInText(input.fullText)) {
      const c = counts.get(hit.province.slug) ?? { n: 0, hit };
      c.n++;
      counts.set(hit.province.slug, c);
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (best) province = asProvince(best.hit.province, 'text', best.hit.evidence);
  }
  if (!province) {
    issues.push({
      level: 'warning',
      code: 'no-province',
      message: 'Không xác định được tỉnh, thành phố ban hành.',
      line: null,
      action: 'Xếp vào mục "Chưa xác định".',
    });
  } else if (province.source !== 'authority' && province.source !== 'place') {
    issues.push({
      level: 'warning',
      code: 'inferred-province',
      message: `Tỉnh, thành phố không ghi ở phần đầu văn bản; suy ra "${province.name}" từ ${province.source === 'recipients' ? 'nơi nhận' : 'nội dung'}: "${province.evidence}".`,
      line: null,
      action: 'Ghi nhận tỉnh suy ra, kèm nguồn.',
    });
  }

  // The body's own locality: a province or city, or a ward/commune named in the text.
  let locality: string | null = null;
  let level: string | null = null;
  if (input.place && placeProvince) {
    locality = placeProvince.name;
    level = placeProvince.city ? 'thành phố' : 'tỉnh';
  } else if (input.place) {
    const unit = localUnit(input.place, input.fullText);
    locality = unit?.name ?? input.place;
    level = unit?.level ?? null;
  } else if (province) {
    locality = province.name;
    level = provinceLevel(province);
  }

  let authority: Authority | null = null;
  if (printed) {
    const parent = input.authorities.length > 1 ? sentenceCase(input.authorities[input.authorities.length - 2]!) : null;
    authority = { name: sentenceCase(printed), parent, source: input.authoritySource ?? 'header' };
  } else if (input.typeIssuer) {
    const body = sentenceCase(input.typeIssuer);
    authority = { name: province ? `${body} ${province.name}` : body, parent: null, source: 'header' };
  } else if (input.number?.issuerCode) {
    const code = input.number.issuerCode.split('-')[0]!;
    const body = ISSUER_CODES[code];
    if (body && locality) {
      authority = { name: `${body} ${level ? `${level} ` : ''}${locality}`, parent: null, source: 'number' };
    }
  }
  return { authority, province, locality };
}

function provinceLevel(p: Province): string {
  return provinceByName(p.name)?.city ? 'thành phố' : 'tỉnh';
}
