import { fold } from '../text/vietnamese.ts';
import { ROLES } from './data.ts';

/** One body named in a text: where (in the folded text) and which role. */
export interface Mention {
  role: string;
  start: number;
  end: number;
}

/**
 * The longest word of a pattern's leading literal part (every match contains
 * it): a text without that word is skipped without running the pattern.
 */
function firstWord(p: string): string | null {
  let lead = /^[a-z0-9 ]*/.exec(p)![0];
  if (p[lead.length] === '?') lead = lead.slice(0, -1); // "gd ?" : the last character is optional
  const longest = lead.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 2 ? longest : null;
}

/** Spaces in a pattern stand for any run of spaces in the text. */
const COMPILED = ROLES.flatMap((r) =>
  r.patterns.map((p) => ({ role: r.id, word: firstWord(p), re: new RegExp(`\\b(?:${p.replaceAll(' ', '[ ]+')})\\b`, 'g') })),
);

/** Folded form of each character seen so far: texts repeat the same few dozen letters. */
const FOLDED = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    if (ch === '\n') f = ch;
    else if (/\s/.test(ch)) f = ' ';
    else {
      const x = fold(ch);
      f = x.length === ch.length ? x : (x + ' '.repeat(ch.length)).slice(0, ch.length);
    }
    FOLDED.set(ch, f);
  }
  return f;
}

/**
 * Text as patterns see it: folded, every space-like character a plain space,
 * line breaks kept (they end a sentence). Offsets match those of the NFC text,
 * character for character, so callers can look back at the printed form.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldChar(ch);
  return out;
}

/**
 * Every body named in folded text, leftmost first; where two patterns overlap
 * the longer wins ("đảng ủy Ban Chỉ huy BĐBP tỉnh" is one mention, not two).
 */
export function findMentions(folded: string): Mention[] {
  const all: Mention[] = [];
  for (const { role, word, re } of COMPILED) {
    if (word && !folded.includes(word)) continue;
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
