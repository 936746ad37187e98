import type { DocumentModel } from '../model.ts';
import { provinceByName, provinceInName, provincesInText } from '../vocabulary/provinces.ts';
import { slugify } from '../text/slug.ts';
import { scopeOfCode, scopeOfIssuer, type Scope } from './issuers.ts';
import { leadIssuer } from './numbers.ts';
import type { Mention } from './scan.ts';

/**
 * Ids of cited instruments. Central numbers are unique nationwide
 * (`nghi-quyet-33-nq-tw`); local ones only with the issuer's locality
 * (`chi-thi-12-ct-ubnd-thanh-hoa`); laws by name (`luat-bien-phong-viet-nam`);
 * a bare serial by kind, serial and issuer (`quyet-dinh-16-hoi-dong-bo-truong`).
 */

export interface Locality {
  slug: string;
  /** The citation names the issuer's place; otherwise the citing document's province is assumed. */
  explicit: boolean;
}

const SUB_LEVEL = /(thị xã|thị trấn|thành phố|huyện|quận|xã|phường|đặc khu)\s+((?:\p{Lu}\p{Ll}*\s?){1,4})/u;

/**
 * Locality of a local issuer: the province it names ("UBND tỉnh Nghệ An"), a
 * place below it ("UBND thị xã Tịnh Biên" → `tinh-bien-an-giang`), else the
 * citing document's province.
 */
export function localityOf(issuer: string | null, doc: DocumentModel): Locality {
  const fallback = doc.province?.slug ?? slugify(doc.authority?.name ?? '');
  if (!issuer) return { slug: fallback, explicit: false };
  const named = provincesInText(issuer)[0]?.province ?? provinceInName(issuer);
  const province = named?.slug ?? fallback;
  const sub = SUB_LEVEL.exec(issuer);
  const place = sub && !provinceByName(sub[2]!.trim()) ? slugify(sub[2]!) : null;
  return { slug: [place, province].filter(Boolean).join('-'), explicit: named !== null || place !== null };
}

/** Scope of a mention: from its symbol's issuer code, else from the issuer's name; unknown is local. */
export function scopeOf(m: Pick<Mention, 'form' | 'number' | 'issuer'>): Scope {
  if (m.form === 'name') return 'central';
  const byCode = m.number ? scopeOfCode(leadIssuer(m.number)) : null;
  return byCode ?? scopeOfIssuer(m.issuer) ?? 'local';
}

export const nameId = (name: string): string => slugify(name);

export function numberId(kind: string, symbol: string, scope: Scope, locality: Locality): string {
  const base = `${slugify(kind)}-${slugify(symbol)}`;
  return scope === 'central' || !locality.slug ? base : `${base}-${locality.slug}`;
}

export function serialId(kind: string, serial: string, issuer: string | null, scope: Scope, locality: Locality): string {
  const parts = [slugify(kind), slugify(serial), slugify(issuer ?? '')];
  const id = parts.filter(Boolean).join('-');
  return scope === 'central' || !locality.slug || id.endsWith(locality.slug) ? id : `${id}-${locality.slug}`;
}
