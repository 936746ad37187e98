/**
 * Source text → MDX text that reads back as the same characters and as nothing
 * else: no markup, no JSX, no expression, no ESM. The rules are those of
 * `mdast-util-to-markdown` with MDX and GFM, plus one for ESM (a line starting
 * with `import`/`export`), for the places our writer (serialize.ts) puts text;
 * tests/unit/mdx/ checks them against the MDX parser.
 */

export interface Place {
  /**
   * What comes before the text: a line's start (where block syntax opens, and
   * leading spaces are dropped), the edge of a span that drops spaces (strong),
   * or more text.
   */
  before?: 'line' | 'edge' | undefined;
  /** The text ends a line or a span, where trailing spaces are dropped. */
  after?: 'edge' | undefined;
  /** Also escape this character (`|` in table cells, `#` in headings). */
  also?: '|' | '#' | undefined;
}

/**
 * Characters escaped with a backslash wherever they are: each can open a
 * construct (attention, code, links, JSX, expressions, strikethrough,
 * character references, GFM autolinks after `www`, `http(s)` and in e-mail
 * addresses). A GFM autolink takes backslashes in it literally, so it must not
 * start at all: the dot after any `w` is escaped, not only when a domain
 * follows as mdast-util-to-markdown does (`www.\<x` would open a tag there).
 */
const INLINE = /[\\`*_[\]{}<~]|&(?=[#A-Za-z])|(?<=[+\-.\w])@(?=[-.\w])|(?<=[Ww])\.|(?<=[ps]):(?=\/)/g;

/** Line openings that would start a block: heading, quote, list, thematic break, ESM. */
const BLOCK_START: readonly [RegExp, string][] = [
  [/^[#>+-]/, '\\$&'],
  [/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2'],
  // MDX reads a line starting with `import` or `export` as ESM; a reference for the first letter keeps it a word.
  [/^i(?=mport(?:[ \t]|$))/, '&#x69;'],
  [/^e(?=xport(?:[ \t]|$))/, '&#x65;'],
];

const LINE_BREAK = /[\r\n]/g;
// Any Unicode space: at a span's edge it also stops `**` from opening or closing.
const LEADING_SPACE = /^\s+/;
// A `\s+$` search would try every position of the text: the end is read backwards instead.
const SPACE = /\s/;

/** Where the spaces that end `s` start (its length when there are none). */
function trailingSpaceStart(s: string): number {
  let at = s.length;
  while (at > 0 && SPACE.test(s[at - 1]!)) at--;
  return at;
}

const reference = (c: string) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`;
const references = (s: string) => [...s].map(reference).join('');

export function escapeText(value: string, place: Place = {}): string {
  let out = value.replace(INLINE, '\\$&');
  if (place.also) out = out.replaceAll(place.also, `\\${place.also}`);
  out = out.replace(LINE_BREAK, reference);
  const lead = place.before ? (LEADING_SPACE.exec(out)?.[0] ?? '') : '';
  const tail = place.after && lead.length < out.length ? out.slice(trailingSpaceStart(out)) : '';
  let core = out.slice(lead.length, out.length - tail.length);
  if (place.before === 'line' && !lead) {
    for (const [pattern, replacement] of BLOCK_START) core = core.replace(pattern, replacement);
  }
  return references(lead) + core + references(tail);
}

/** An attribute value in double quotes: JSX decodes references there too. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, reference);
}
