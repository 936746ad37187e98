import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../../src/lib/clean/index.ts';
import { parseDocument } from '../../../src/lib/parse/index.ts';
import { isTableRule, looksMarkdown, pairMarkers, readMarkup, splitGluedEmphasis, stripInline } from '../../../src/lib/parse/markdown.ts';
import { toUnits } from '../../../src/lib/parse/units.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { modelStrings } from '../../fixtures/model-text.ts';

/**
 * Issue 22, item 4: verbatim text. Only what is surely markup is read as markup;
 * underscores, stars and brackets that belong to the text reach the page as written.
 * Fixtures marked "seed NNN" are copied from seeds/, "web-md …", "web-page …",
 * "congbao-text …" from the development corpus (/work/shared/corpus), "hostile"
 * from tests/fixtures/hostile/.
 */

const source = { file: 'x.txt', sha256: '0', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };
const parse = (text: string) => parseDocument(normalizeText(text).text, source);
/** Everything the page shows, as one string without whitespace (the page reflows spaces). */
const shown = (text: string) => modelStrings(parse(text)).join('').replace(/\s+/gu, '');
const squeeze = (s: string) => s.replace(/\s+/gu, '');

// ---------------------------------------------------------------------------
// Fixtures

describe('text that looks like markup stays as written', () => {
  const plain = [
    ['"__pwned__" (no Markdown elsewhere)', 'Biến __pwned__ chỉ là chữ.'],
    ['"[*a,*a]": the second "*" follows "," and precedes a letter, it cannot close', 'Mảng [*a,*a] chỉ là chữ.'],
    ['"*a* b" in a text that is not Markdown', '*a* b'],
    ['"a * b * c": stars between spaces', 'a * b * c'],
    ['"5*3": a lone star between digits', 'Giá 5*3 đồng'],
    ['"mã__số": underscores inside a word', 'mã__số'],
    ['"window.__pwned=1" (hostile, line 20)', '2. Sở Thông tin và Truyền thông phối hợp: <script>window.__pwned=1</script> chỉ là chữ.'],
    ["a form's blanks (congbao-text Thông tư 02/2024/TT-BKHĐT, line 1329)", '_____, ngày____ tháng___ năm____'],
    ['required-field stars of a form (congbao-text Nghị định 131/2026/NĐ-CP)', 'Ngày/tháng/năm sinh*:........; Giới tính*: ………'],
    ['file patterns (congbao-text Thông tư 04/2023/TT-BKHĐT)', 'Tệp văn bản, báo cáo định dạng *.doc; *.docx; *.odt;'],
  ] as const;
  for (const [name, line] of plain) {
    it(`${name}: ${JSON.stringify(line)}`, () => {
      expect(splitGluedEmphasis(line)).toEqual([line]);
      expect(stripInline(line)).toBe(line);
      expect(toUnits(line).map((u) => u.text)).toEqual([line]);
    });
  }

  it('"__x__" and "*a*" stay in a plain text, as a whole document', () => {
    const text = 'Số: 12/CT-UBND\n\nBiến __pwned__ và *a* b là chữ; [*a,*a] cũng vậy.';
    expect(shown(text)).toContain(squeeze('Biến __pwned__ và *a* b là chữ; [*a,*a] cũng vậy.'));
  });

  it('the hostile payloads stay whole even in a Markdown text', () => {
    const text = '**Điều 1.** Phạm vi\n\n<script>window.__pwned=1</script> và [*a,*a] và 5*3 và a * b * c';
    expect(shown(text)).toContain(squeeze('<script>window.__pwned=1</script> và [*a,*a] và 5*3 và a * b * c'));
  });
});

describe('the Markdown real exports leave is still read as markup', () => {
  it('a closing "**" after a space, moved by the cleaning (seed 002: "**Điều 1. **Ban hành…")', () => {
    const doc = parse('**Điều 1. **Ban hành kèm theo Quyết định này Quy chế.');
    expect(modelStrings(doc).join(' ')).not.toContain('*');
  });

  it('two bold spans glued (seed 002, line 3)', () => {
    expect(splitGluedEmphasis('**CHỈ THỊ****CỦA BAN THƯỜNG VỤ TỈNH ỦY**')).toEqual(['CHỈ THỊ', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY']);
  });

  it('a heading with bold (seed 003, line 25)', () => {
    const m = readMarkup('## **2. Đảng ủy Ủy ban nhân dân tỉnh**');
    expect(m.heading).toBe(2);
    expect(m.lead).toBe('2. Đảng ủy Ủy ban nhân dân tỉnh');
    expect(splitGluedEmphasis(m.body)).toEqual(['2. Đảng ủy Ủy ban nhân dân tỉnh']);
  });

  it("an escaped star is the star (seed 003, line 5) and pandoc's escapes go (pandoc-md 1654/NQ-UBTVQH15)", () => {
    expect(stripInline('\\*')).toBe('*');
    expect(stripInline('\\-\\-\\-\\-\\-\\-\\-\\--**', true)).toBe('---------**');
  });

  it('a pipe table is cells (web-md), its rule line carries no text', () => {
    expect(toUnits('| TT | Nội dung |\n|---|---|\n| 1 | Tuần tra *biên giới* |').map((u) => u.cells)).toEqual([
      ['TT', 'Nội dung'],
      ['1', 'Tuần tra biên giới'],
    ]);
    expect(isTableRule('|---|---|')).toBe(true);
  });

  it('italics of a place-date line split by bold (web-md 3066a06b520a2418, line 15)', () => {
    expect(splitGluedEmphasis('*Thành phố Huế**, ngày 18 tháng 11 năm 2025*')).toEqual(['Thành phố Huế, ngày 18 tháng 11 năm 2025']);
  });

  it('bold toggled around punctuation and inside words by Word (web-md 1e6fb98e16a75e3d, line 1598)', () => {
    expect(stripInline('đưa người nước ngoài vào**,** ra Cảng quốc tế Cam Ranh.')).toBe('đưa người nước ngoài vào, ra Cảng quốc tế Cam Ranh.');
    expect(stripInline('Danh sách ch**i** tiết', true)).toBe('Danh sách ch i tiết');
    expect(stripInline('**Điều ****2****. Hiệu lực thi hành**')).toBe('Điều 2. Hiệu lực thi hành');
  });

  it('italic punctuation after a word (web-page ca83e7689c9fc610, line 157; 7f6efa59099bb33b, line 157)', () => {
    expect(pairMarkers(['- Lưu: VT, KSTTHC*.*'], true)[0]!.map((r) => r.paired)).toEqual([true, true]);
    expect(stripInline('- Lưu: VT, KSTTHC*.*', true)).toBe('- Lưu: VT, KSTTHC.');
    expect(stripInline('- Các Thứ trưởng (để phối hợp chỉ đạo*);*', true)).toBe('- Các Thứ trưởng (để phối hợp chỉ đạo);');
  });

  it('italics glued to the word before (web-page f411a708bcdcfda7, line 385)', () => {
    const lines = ['lý các Khu công nghiệp*(đối với người lao động nước ngoài làm việc cho', 'Ninh).*'];
    expect(pairMarkers(lines, true).map((r) => r.map((m) => m.paired))).toEqual([[true], [true]]);
  });

  it('"__" emphasis of trafilatura pages, in a Markdown text (web-page b3f47f1508761da8, line 173)', () => {
    expect(stripInline('__Nơi nhận__:', true)).toBe('Nơi nhận:');
    expect(stripInline('địa chỉ __https://dichvucong.gov.vn/__', true)).toBe('địa chỉ https://dichvucong.gov.vn/');
    // The same line alone shows no sign of Markdown: its underscores are text.
    expect(stripInline('__Nơi nhận__:')).toBe('__Nơi nhận__:');
  });

  it('italics around a phrase are a sign of Markdown by themselves (seed 004, line 81)', () => {
    expect(looksMarkdown(['phong trào “*Quần chúng tham gia tự quản đường biên, cột mốc*”, Phong trào'])).toBe(true);
    expect(looksMarkdown(['*a* b', 'Biến __pwned__', 'Giá 5*3 đồng', '_________'])).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Property

/*
 * Random texts of Vietnamese words mixed with `_ * [ ] | # > \``, one line per paragraph.
 * Every character of the source that is not removed markup must be shown, in order. Removed
 * markup is, narrowly: the emphasis runs the parser pairs (pairMarkers, over the cleaned line),
 * a heading's leading hashes, a pipe table's pipes and rule lines, the backslash of an escape;
 * the cleaning may drop `*` and spaces only (markdown-residue), and a line it takes out whole
 * is shown among the removed lines. 200 cases, fixed seed; FC_SEED / FC_RUNS to explore.
 */

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = Number(process.env.FC_SEED ?? 20260622);

const WORDS = 'biên phòng Ủy ban nhân dân tỉnh Đồn xã năm của các được những trong thực hiện chỉ thị Bộ đội giới quốc gia mã số a b 5 3 2026'.split(' ');
const MARKUP = ['_', '__', '___', '*', '**', '***', '****', '[', ']', '|', '#', '>', '`', '\\', '[*', '*]', ',*', '*,', '__x__', '*a*', '\\*', '\\_'];
const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MARKUP) });
/** Tokens glued or spaced: "mã__số" as well as "mã __ số". */
const phrase = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', '')), { minLength: 1, maxLength: 10 })
  .map((ts) =>
    ts
      .map(([t, sep]) => t + sep)
      .join('')
      .trim(),
  )
  .filter((s) => s.length > 0);
const PREFIXES = ['', '', '', '', '# ', '## ', '> ', '- ', '1. ', '**', '*'];
const freeLine = fc.tuple(fc.constantFrom(...PREFIXES), phrase).map(([p, s]) => p + s);
const tableRow = fc.array(phrase, { minLength: 2, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |`);
const paragraph = fc.oneof({ weight: 5, arbitrary: freeLine }, { weight: 1, arbitrary: tableRow }, { weight: 1, arbitrary: fc.constant('|---|---|') });
const documentText = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('\n\n'));

/** Backslash escapes the parser reads (src/lib/parse/markdown.ts): the backslash goes, the character stays. */
const ESCAPED = /\\([*_#\\`|>[\]()~+.-])/g;

/** A cleaned line as the page must show it: the line without its removed markup. */
function expectedOf(raw: string, markdown: boolean): string {
  const t = raw.trim();
  if (t === '' || t === '|' || isTableRule(raw)) return '';
  const cellEnd = t.endsWith('|') ? /^(?!\s*\|)(.*\S)\s+\|\s*$/u.exec(raw) : null;
  const body = readMarkup(cellEnd ? cellEnd[1]! : raw, markdown).body;
  const parts = body.includes('\t') ? body.split('\t') : [body];
  return parts.map((p) => withoutPaired(p, markdown)).join('');
}

/** `s` without the runs pairMarkers pairs and without escapes' backslashes. */
function withoutPaired(s: string, markdown: boolean): string {
  const runs = pairMarkers([s], markdown)[0]!;
  // pairMarkers counts positions in the text whose escapes are one character each.
  const chars: string[] = [];
  let last = 0;
  for (const m of s.matchAll(ESCAPED)) {
    chars.push(...s.slice(last, m.index));
    chars.push(m[1]!);
    last = m.index + m[0].length;
  }
  chars.push(...s.slice(last));
  // Positions are UTF-16 units of the protected text; the generator's text is all BMP.
  const drop = new Set(runs.filter((r) => r.paired).flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k)));
  return chars.filter((_, i) => !drop.has(i)).join('');
}

describe('property: what is not markup is shown, in order', () => {
  it('every character of each paragraph that is not removed markup appears on the page', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const normal = normalizeText(text).text;
        const cleaned = clean(normal);
        const markdown = looksMarkdown(cleaned.lines.map((l) => l.text));
        const page = shown(text);
        const raw = normal.split('\n');
        // The cleaning drops stars and spaces only (markdown-residue); a rule may split a line in parts
        // and take some out (a "___" rule of a flattened header), shown among the removed lines.
        const letters = (s: string) => [...squeeze(s).replace(/\*/g, '')].sort().join('');
        const bySource = Map.groupBy([...cleaned.lines, ...cleaned.removed], (l) => l.no);
        for (const [no, parts] of bySource) expect(letters(parts.map((l) => l.text).join(''))).toBe(letters(raw[no - 1]!));
        for (const line of cleaned.lines) expect(page).toContain(squeeze(expectedOf(line.text, markdown)));
        for (const line of cleaned.removed) expect(page).toContain(squeeze(line.text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('in a text without signs of Markdown, only "**" runs are ever paired', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), (lines) => {
        const runs = pairMarkers(lines, false);
        lines.forEach((line, i) => {
          // Positions are in the text whose escapes are one character each.
          const text = line.replace(ESCAPED, '\uE000');
          for (const r of runs[i]!) if (r.paired) expect(text.slice(r.start, r.end)).toMatch(/^\*{2,}$/);
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
