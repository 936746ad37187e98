import { fold } from '../text/vietnamese.ts';
import { ROLES } from './data.ts';

/** One body named in a text: where (in the folded text) and which role. */
export interface Mention {
  role: string;
  start: number;
  end: number;
}

/** Spaces in a pattern stand for any run of spaces in the text. */
const COMPILED = ROLES.flatMap((r) =>
  r.patterns.map((p) => ({ role: r.id, re: new RegExp(`\\b(?:${p.replaceAll(' ', '[ ]+')})\\b`, 'g') })),
);

/**
 * Text as patterns see it: folded, every space-like character a plain space,
 * line breaks kept (they end a sentence). Offsets match those of the NFC text,
 * character for character, so callers can look back at the printed form.
 */
export function foldForMatch(text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => {
    if (ch === '\n') return ch;
    if (/\s/.test(ch)) return ' ';
    const f = fold(ch);
    return f.length === ch.length ? f : (f + ' '.repeat(ch.length)).slice(0, ch.length);
  }).join('');
}

/**
 * Every body named in folded text, leftmost first; where two patterns overlap
 * the longer wins ("đảng ủy Ban Chỉ huy BĐBP tỉnh" is one mention, not two).
 */
export function findMentions(folded: string): Mention[] {
  const all: Mention[] = [];
  for (const { role, re } of COMPILED) {
    for (const m of folded.matchAll(re)) all.push({ role, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
