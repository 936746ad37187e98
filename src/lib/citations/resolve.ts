import type { DocumentModel, Instrument } from '../model.ts';
import { fold } from '../text/vietnamese.ts';
import { localityOf, nameId, numberId, scopeOf, serialId, type Locality } from './identity.ts';
import { casedSymbol, scopeOfIssuer } from './issuers.ts';
import { sameSerial } from './numbers.ts';
import type { Mention } from './scan.ts';

/**
 * Mentions of the whole document → instrument ids. Full citations get their id
 * from number or name; short ones are resolved to a full one of the same
 * document: the one they were announced as ("sau đây gọi tắt là Chỉ thị số 01"),
 * the one whose symbol they cut short (`587/KH` → `587/KH-UBND`), or the only
 * one of their kind with their serial. What does not resolve stands alone (a
 * bare "Quyết định số 16 của Hội đồng Bộ trưởng"), except a serial printed
 * without "số" ("Chỉ thị 01"), which is too weak alone and is dropped.
 */

export interface Located {
  mention: Mention;
  /** Index in the document's mention list of the mention it announces a short name for. */
  aliasOf: number | null;
}

interface Resolved {
  /** Instrument id per mention, null when dropped. */
  ids: Array<string | null>;
  instruments: Instrument[];
}

const sameKind = (a: string, b: string): boolean => fold(a) === fold(b);

/** A short mention's issuer, when it names one, must not contradict the full citation's. */
const compatible = (short: Mention, full: Mention): boolean => {
  if (!short.issuer || !full.issuer) return true;
  return scopeOfIssuer(short.issuer) === scopeOfIssuer(full.issuer);
};

export function resolve(all: Located[], doc: DocumentModel): Resolved {
  const mentions = all.map((l) => l.mention);
  const ids: Array<string | null> = mentions.map(() => null);

  // 1. Full citations and names.
  const localities = new Map<number, Locality>();
  mentions.forEach((m, i) => {
    if (m.form === 'name') ids[i] = nameId(m.name!);
    if (m.form !== 'full') return;
    localities.set(i, localityOf(m.issuer, doc));
  });
  // A local number named once with its place ("của UBND tỉnh An Giang") keeps that place where it is cited bare.
  const explicitPlaces = new Map<string, Set<string>>();
  for (const [i, loc] of localities) {
    if (!loc.explicit) continue;
    const key = `${fold(mentions[i]!.kind)}|${mentions[i]!.number!.symbol}`;
    explicitPlaces.set(key, (explicitPlaces.get(key) ?? new Set()).add(loc.slug));
  }
  for (const [i, loc] of localities) {
    const m = mentions[i]!;
    const places = explicitPlaces.get(`${fold(m.kind)}|${m.number!.symbol}`);
    const place = !loc.explicit && places?.size === 1 ? { slug: [...places][0]!, explicit: true } : loc;
    ids[i] = numberId(m.kind, m.number!.symbol, scopeOf(m), place);
  }
  const fulls = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.form === 'full');
  const only = (candidates: Array<{ i: number }>): string | null => {
    const distinct = new Set(candidates.map(({ i }) => ids[i]!));
    return distinct.size === 1 ? [...distinct][0]! : null;
  };

  // 2. Announced short names: "(sau đây gọi tắt là Chỉ thị số 01)".
  const aliases = new Map<string, string>();
  all.forEach(({ mention, aliasOf }, i) => {
    const target = aliasOf === null ? null : ids[aliasOf];
    if (!target) return;
    ids[i] = target;
    aliases.set(`${fold(mention.kind)}|${Number(mention.serial)}`, target);
  });

  // 3. Short forms.
  mentions.forEach((m, i) => {
    if (ids[i] || m.form === 'full' || m.form === 'name') return;
    const alias = aliases.get(`${fold(m.kind)}|${Number(m.serial)}`);
    const candidates = fulls.filter(({ m: f }) => sameKind(f.kind, m.kind) && sameSerial(f.serial, m.serial) && compatible(m, f));
    const cut = m.form === 'truncated' ? candidates.filter(({ m: f }) => f.number!.symbol.startsWith(`${m.number!.symbol}-`)) : [];
    const resolved = alias ?? (m.form === 'truncated' ? only(cut) : only(candidates));
    if (resolved) ids[i] = resolved;
    else if (m.form === 'truncated') ids[i] = numberId(m.kind, m.number!.symbol, scopeOf(m), localityOf(m.issuer, doc));
    else if (m.withSo) {
      const scope = scopeOf(m);
      ids[i] = serialId(m.kind, m.serial!, m.issuer, scope, localityOf(m.issuer, doc));
    }
  });

  return { ids, instruments: merge(mentions, ids) };
}

/** One record per id, each field from the first mention that gives it; full citations first. */
function merge(mentions: Mention[], ids: Array<string | null>): Instrument[] {
  const byId = new Map<string, Mention[]>();
  mentions.forEach((m, i) => {
    const id = ids[i];
    if (id) byId.set(id, [...(byId.get(id) ?? []), m]);
  });
  const rank = (m: Mention): number => (m.form === 'full' || m.form === 'name' ? 0 : 1);
  return [...byId].map(([id, list]) => {
    const sorted = [...list].sort((a, b) => rank(a) - rank(b));
    const first = <T>(pick: (m: Mention) => T | null): T | null => {
      for (const m of sorted) {
        const v = pick(m);
        if (v !== null) return v;
      }
      return null;
    };
    const lead = sorted[0]!;
    return {
      id,
      kind: lead.kind,
      number: first((m) => (m.form === 'full' || m.form === 'truncated' ? casedSymbol(m.number!.symbol) : null)),
      serial: first((m) => m.serial),
      name: first((m) => m.name),
      date: first((m) => m.date),
      issuer: first((m) => m.issuer),
      subject: first((m) => m.subject),
      scope: scopeOf(lead),
    };
  });
}
