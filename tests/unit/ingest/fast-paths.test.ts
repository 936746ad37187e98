import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Abbreviation, OcrVariant } from '../../../src/lib/model.ts';
import { findAbbreviations, findOcrVariants } from '../../../src/lib/parse/glossary.ts';
import { BODY_NAMES, KIND_THEN_NAME, sentenceCase } from '../../../src/lib/parse/names.ts';
import { PROVINCES } from '../../../src/lib/vocabulary/provinces.ts';
import { toUnits, type Unit } from '../../../src/lib/parse/units.ts';
import { CAPS_WORD, capsWords, lastWords, lastWordsRegex, NAME, names, WORDS_BEFORE, wordsBefore } from '../../../src/lib/text/scan.ts';
import { fold, isUpperCase } from '../../../src/lib/text/vietnamese.ts';
import { COMPILED, findMentions, foldForMatch, leftmostLongest, requiredWord } from '../../../src/lib/roles/mentions.ts';
import { ROLES } from '../../../src/lib/roles/data.ts';
import { onlyTextAndOurTags } from '../../../src/lib/mdx/verify.ts';
import { kindAndNumber } from '../../../src/lib/citations/scan.ts';
import { KIND_PATTERN } from '../../../src/lib/citations/kinds.ts';
import { PARTY_NUMBER, SERIAL, STATE_NUMBER } from '../../../src/lib/citations/numbers.ts';
import { MDX_COMPONENTS, SAFE_ATTRIBUTE } from '../../../src/lib/mdx/components.ts';

/**
 * The parser's hot spots were rewritten for speed (per-character tables,
 * scans instead of `\p{…}` regexes, early exits). Each must give exactly what
 * the plain version it replaced gave: those versions are kept here as oracles.
 */

const plainFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const plainIsUpperCase = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');

function plainOcrVariants(units: Unit[], abbreviations: Abbreviation[]): OcrVariant[] {
  const NAME = /\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){1,3}/gu;
  const TOKEN = /[\p{L}][\p{L}0-9]*/gu;
  const marks = (s: string) => s.normalize('NFD').length - plainFold(s).length + (s.match(/[đĐ]/g) ?? []).length;
  const variants: OcrVariant[] = [];
  const seen = new Set<string>();
  const known = new Map(abbreviations.map((a) => [plainFold(a.short), a.short]));
  const counts = new Map<string, Map<string, number>>();
  // The same rules as glossary.ts, plainly: names cell by cell, none ending in a lone capital;
  // no case-only slips; a table's names and an unaccented line's are not judged.
  const namesIn = (text: string) => [...text.matchAll(NAME)].map((m) => m[0]).filter((n) => /\p{L}{2}$/u.test(n));
  const unitNames = (u: Unit) => (u.cells ?? [u.text]).flatMap(namesIn);
  for (const u of units) {
    for (const name of unitNames(u)) {
      const byFold = counts.get(plainFold(name)) ?? new Map<string, number>();
      byFold.set(name, (byFold.get(name) ?? 0) + 1);
      counts.set(plainFold(name), byFold);
    }
  }
  const commonest = new Map<string, string>();
  const rare = new Set<string>();
  for (const [key, forms] of counts) {
    if (forms.size < 2) continue;
    const sorted = [...forms.entries()].sort((a, b) => b[1] - a[1]);
    commonest.set(key, sorted[0]![0]);
    for (const [form, m] of sorted.slice(1)) if (sorted[0]![1] < 2 * m) rare.add(form);
  }
  for (const u of units) {
    for (const l of u.lines) {
      for (const m of l.text.matchAll(TOKEN)) {
        if (m[0] !== m[0].toUpperCase()) continue;
        const likely = known.get(plainFold(m[0]));
        if (likely && likely.toLowerCase() !== m[0].toLowerCase() && !seen.has(m[0])) {
          seen.add(m[0]);
          variants.push({ found: m[0], likely, line: l.no });
        }
      }
      if (u.cells || !/[^\x00-\x7F]/.test(l.text.replace(/[^\p{L}]/gu, ''))) continue;
      for (const name of namesIn(l.text)) {
        const best = commonest.get(plainFold(name));
        if (!best || best === name || seen.has(name) || rare.has(name)) continue;
        if (marks(name) < marks(best)) {
          seen.add(name);
          variants.push({ found: name, likely: best, line: l.no });
        }
      }
    }
  }
  return variants;
}

function plainSentenceCase(upper: string): string {
  let s = upper.toLocaleLowerCase('vi');
  s = s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  for (const name of [...BODY_NAMES, ...PROVINCES.flatMap((p) => [p.name, ...p.former])]) {
    const lower = name.toLocaleLowerCase('vi');
    let from = 0;
    for (let at = s.toLocaleLowerCase('vi').indexOf(lower, from); at >= 0; at = s.toLocaleLowerCase('vi').indexOf(lower, from)) {
      const before = s[at - 1];
      const after = s[at + lower.length];
      const whole = (!before || /[\s(,-]/u.test(before)) && (!after || /[\s),.-]/u.test(after));
      if (whole) s = s.slice(0, at) + (at === 0 ? name.charAt(0).toLocaleUpperCase('vi') + name.slice(1) : name) + s.slice(at + lower.length);
      from = at + lower.length;
    }
  }
  return s.replace(KIND_THEN_NAME, (_, kind: string, first: string) => `${kind} ${first.toLocaleUpperCase('vi')}`);
}
const HEADER_WORDS = [
  ...BODY_NAMES,
  ...PROVINCES.map((p) => p.name),
  'Thừa Thiên - Huế',
  'TỈNH',
  'CỦA',
  '(',
  ')',
  ',',
  '-',
  'XÃ',
  'ĐỒN',
  'CỤC',
  'THUẾ',
  'SỞ',
  'TƯ PHÁP',
  'BỘ',
  'ĐỘI',
].map((w) => w.toLocaleUpperCase('vi'));

/** Text made of what trips scanners: capitals and accents, caseless and astral letters, odd spaces, digits glued to words. */
const PIECES = [
  'Bộ đội Biên phòng',
  'Bo doi Bien phong',
  'BĐBP',
  'BDBP',
  'Nhơn Hưng',
  'Nhon Hưng',
  'UBND',
  'ubnd',
  'Ủy ban nhân dân (UBND)',
  'Campuchia (CPC)',
  'an ninh trật tự (ANTT)',
  'ĐẢNG ỦY',
  'Đ',
  'đ',
  'ĸ',
  'ǅ',
  'ß',
  'İ',
  'ΟΔΟΣ',
  'σ',
  'Ⅰ',
  'ⓐ',
  'Ⓐ',
  'ﬀ',
  'ŉ',
  '中文',
  '𝐀𝐁',
  '𝐚',
  '٣',
  '20CT',
  'A1B',
  '1.',
  'x',
  'Q',
  ' ',
  '  ',
  '\u00A0',
  '\u3000',
  '\t',
  '\n',
  '\n\n',
  ',',
  '-',
  '–',
  '(',
  ')',
  '.',
  ':',
  '*',
  '**',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('fast paths equal the plain versions', () => {
  it('fold and isUpperCase, on every kind of character', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(fold(s)).toBe(plainFold(s));
        expect(isUpperCase(s)).toBe(plainIsUpperCase(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('isUpperCase on every character of the Basic Multilingual Plane, alone and after a capital', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (isUpperCase(c) !== plainIsUpperCase(c) || isUpperCase(`A${c}`) !== plainIsUpperCase(`A${c}`))
        expect(`U+${code.toString(16)}`).toBe('the same answer');
    }
  });

  it('findOcrVariants', () => {
    fc.assert(
      fc.property(text, (s) => {
        const units = toUnits(s);
        const abbreviations = findAbbreviations(s);
        expect(findOcrVariants(units, abbreviations)).toEqual(plainOcrVariants(units, abbreviations));
      }),
      { numRuns: 2000 },
    );
  });

  it('sentenceCase of header capitals', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 8 }), (words) => {
        const s = words.join(' ');
        expect(sentenceCase(s)).toBe(plainSentenceCase(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('word scanners equal their regexes', () => {
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1] ?? m[0]);
  it('names and capsWords, on every kind of character', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
        expect(names(s)).toEqual(all(NAME, s));
        expect(capsWords(s)).toEqual(all(CAPS_WORD, s));
        // CAPS_WORD is `[\p{L}][\p{L}0-9]*` kept to words that upper-casing leaves alone.
        expect(capsWords(s)).toEqual(all(/[\p{L}][\p{L}0-9]*/gu, s).filter((w) => w === w.toUpperCase()));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('end-of-text scanners equal their regexes', () => {
  const tail = fc.array(fc.constantFrom(...PIECES, 'a', 'ab', 'lực lượng', ' (', '–'), { maxLength: 12 }).map((p) => p.join(''));
  it('wordsBefore and lastWords', () => {
    fc.assert(
      fc.property(fc.oneof(tail, fc.string({ unit: 'grapheme', maxLength: 130 })), fc.nat(7), (s, n) => {
        expect(wordsBefore(s)).toBe(WORDS_BEFORE.exec(s)?.[0]);
        expect(lastWords(s, n)).toBe(lastWordsRegex(n).exec(s)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('role matching', () => {
  // The version foldForMatch replaced (a string built character by character), kept as its oracle.
  const plainFoldForMatch = (text: string) => {
    let out = '';
    for (const ch of text.normalize('NFC')) {
      if (ch === '\n') out += ch;
      else if (/\s/.test(ch)) out += ' ';
      else {
        const x = fold(ch);
        out += x.length === ch.length ? x : (x + ' '.repeat(ch.length)).slice(0, ch.length);
      }
    }
    return out;
  };
  it('foldForMatch, on every kind of character', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(foldForMatch(s.normalize('NFC'))).toBe(plainFoldForMatch(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('role patterns are skipped only where they cannot match', () => {
    expect(requiredWord('(?:don|doan) bien phong')).toBe('phong');
    expect(requiredWord('(?:cac )?so\\s*,\\s*(?:ban\\s*,\\s*)?nganh')).toBe('nganh');
    expect(requiredWord('ubmttq(?:vn)?')).toBe('ubmttq');
    expect(requiredWord('(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho|tp)')).toBeNull();
    expect(requiredWord('so y|so te')).toBeNull();
    const pieces = fc.constantFrom(
      ...ROLES.map((r) => foldForMatch(r.name)),
      'so',
      'tai chinh',
      'ban',
      'chi huy',
      'bch',
      'bdbp',
      'bo doi bien phong',
      'don',
      'doan',
      'mttq',
      'ubmttqvn',
      'ubnd',
      'uy ban nhan dan',
      'tinh',
      'thanh pho',
      'xa',
      'phuong',
      'cac',
      'dang uy',
      'cap uy',
      'bien gioi',
      'gd',
      'dt',
      '&',
      'va',
      ' ',
      '  ',
      ',',
      '\n',
      '-',
    );
    // findMentions without any skipping, as the oracle: every pattern run on every text.
    const plainFindMentions = (folded: string) =>
      leftmostLongest(COMPILED.flatMap(({ role, re }) => [...folded.matchAll(re)].map((m) => ({ role, start: m.index, end: m.index + m[0].length }))));
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((p) => p.join(' ')),
        (s) => {
          for (const { word, re } of COMPILED)
            if (word && [...s.matchAll(re)].some((m) => !m[0].includes(word))) throw new Error(`${re} matched without "${word}" in "${s}"`);
          expect(findMentions(s)).toEqual(plainFindMentions(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the MDX check', () => {
  // The line-by-line version the quick check replaced, kept as its oracle.
  const plainQuickCheck = (mdx: string): boolean => {
    const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---\n', 4) : -1;
    const body = end >= 0 ? mdx.slice(end + 5) : mdx;
    const allowed = MDX_COMPONENTS as Record<string, readonly string[]>;
    for (const line of body.split('\n')) {
      const tag = /^\s*<\/?([A-Za-z]+)((?: [a-z]+="[^"]*")*)(?: \/)?>\s*$/.exec(line);
      if (tag) {
        const attrs = allowed[tag[1]!];
        if (!attrs) return false;
        for (const [, name, value] of tag[2]!.matchAll(/ ([a-z]+)="([^"]*)"/g)) if (!attrs.includes(name!) || !SAFE_ATTRIBUTE.test(value!)) return false;
        continue;
      }
      if (/[<{]|\]\(/.test(line) || /^\s*(import|export)\b/.test(line)) return false;
    }
    return true;
  };
  it('looks only at lines with a suspect character, and decides as the line-by-line check did', () => {
    const line = fc.constantFrom(
      '<Clause id="muc-i" label="I." kind="section">',
      '</Clause>',
      '  <Clause id="a" label="1." kind="clause" />',
      '<Clause id="x" onclick="y">',
      '<Evil>',
      '<Clause id="{1}">',
      'Văn bản thường.',
      '  Chữ \\<b\\> và \\{x\\}',
      '[a](b)',
      'import x from "y"',
      '  export const a = 1',
      '\u00A0import a',
      'important',
      '---',
      '{"id": "x"}',
      '',
      ' ',
      '\r',
      'a < b',
      'a ] (b)',
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { maxLength: 12 }), (front, lines) => {
        const mdx = (front ? '---\n{"a": "<{"}\n---\n' : '') + lines.join('\n');
        expect(onlyTextAndOurTags(mdx)).toBe(plainQuickCheck(mdx));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('citations', () => {
  // The pattern kindAndNumber replaced, with its look-behind, kept as its oracle.
  const PLAIN = new RegExp(`(?<![\\p{L}\\p{N}])(${KIND_PATTERN})(\\s+[Ss]ố\\s*:?\\s*|\\s+)(?:(${PARTY_NUMBER})|(${STATE_NUMBER})|(${SERIAL}))`, 'gu');
  it('kindAndNumber finds what the look-behind pattern found', () => {
    const piece = fc.constantFrom(
      'Chỉ thị',
      'chỉ thị',
      'Nghị quyết',
      'Kế hoạch',
      'Luật',
      'Văn bản',
      'số',
      'Số:',
      ' ',
      '  ',
      '\n',
      '01',
      '33-NQ/TW',
      '01/CT-TTg',
      '587/KH-UBND',
      '5',
      'x',
      'Đ',
      '𝐀',
      '1',
      '(',
      ',',
      'a',
      'theo',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((p) => p.join('')),
        (s) => {
          expect(kindAndNumber(s).map((m) => [m.index, m[0]])).toEqual([...s.matchAll(PLAIN)].map((m) => [m.index, m[0]]));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
