import type { CleanRule, Line } from '../types.ts';

/**
 * A pandoc simple table (Word's two-column header or signature block): dashed
 * rules whose dash groups mark the columns, rows padded with spaces below them,
 * a blank line between multi-line rows. Each row block is read column by
 * column, as a reader reads the printed header (issuer's column, then the
 * motto's), each cell line keeping its source line number; the rules go. A
 * trailing `\` (pandoc's hard line break) is dropped with them.
 */
const RULE = /^\s*-{3,}(?:\s+-{3,})+\s*$/u;
/** A grid table's border: "+-----+:----:+" (its rows are "| cell | cell |"). */
const GRID = /^\s*\+(?:[-=:]+\+)+\s*$/u;
const HARD_BREAK = /\\\s*$/u;

function columns(rule: string): number[] {
  return [...rule.matchAll(/-{3,}/gu)].map((m) => m.index!);
}

function cell(text: string, from: number, to: number | undefined): string {
  return text.slice(from, to).replace(HARD_BREAK, '').trim();
}

/** The row block's lines, column by column; empty cells dropped. */
function readBlock(block: Line[], starts: number[]): Line[] {
  const out: Line[] = [];
  starts.forEach((from, c) => {
    for (const l of block) {
      // A cell's text may start a little left of its rule (pandoc centres it): cut at the gap before it.
      const cut = (p: number) => {
        if (p === 0) return 0;
        const gap = l.text.lastIndexOf('  ', p);
        return gap >= starts[c - 1]! && gap > 0 ? gap : p;
      };
      const text = cell(l.text, cut(from), starts[c + 1] === undefined ? undefined : cut(starts[c + 1]!));
      if (text) out.push({ no: l.no, text });
    }
    out.push({ no: block[block.length - 1]!.no, text: '' });
  });
  return out;
}

/** A grid table's rows between two borders, column by column (cells split at the pipes). */
function readGrid(block: Line[]): Line[] {
  const rows = block.map((l) => ({
    no: l.no,
    cells: l.text
      .trim()
      .replace(/^\||\|$/gu, '')
      .split('|'),
  }));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const out: Line[] = [];
  for (let c = 0; c < width; c++) {
    for (const r of rows) {
      const text = (r.cells[c] ?? '').replace(HARD_BREAK, '').trim();
      if (text) out.push({ no: r.no, text });
    }
    out.push({ no: block[block.length - 1]!.no, text: '' });
  }
  return out;
}

/**
 * The rows fall into the rule's columns: no column start cuts through a word.
 * Dashes under a PDF's header columns look like a rule but have no such rows.
 */
function aligned(rows: Line[], starts: number[]): boolean {
  return rows.every((l) => starts.slice(1).every((p) => p >= l.text.length || /\s/u.test(l.text[p - 1] ?? ' ') || /\s/u.test(l.text[p] ?? ' ')));
}

export const pandocTable: CleanRule = {
  id: 'pandoc-table',
  label: 'đường kẻ bảng của pandoc (cột đầu văn bản, khối chữ ký)',
  apply(lines) {
    const out: Line[] = [];
    const removed: Line[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (GRID.test(line.text)) {
        // Rows up to the next border; a table's last border is followed by a line that is no row.
        removed.push(line);
        let block: Line[] = [];
        while (i + 1 < lines.length && /^\s*[|+]/u.test(lines[i + 1]!.text)) {
          const next = lines[++i]!;
          if (GRID.test(next.text)) {
            removed.push(next);
            if (block.length) out.push(...readGrid(block));
            block = [];
          } else block.push(next);
        }
        if (block.length) out.push(...readGrid(block));
        continue;
      }
      if (!RULE.test(line.text)) {
        out.push(line);
        continue;
      }
      const end = lines.findIndex((l, j) => j > i && RULE.test(l.text));
      const starts = columns(line.text);
      if (end < 0 || end - i > 60 || !aligned(lines.slice(i + 1, end), starts)) {
        out.push(line);
        continue;
      }
      removed.push(line, lines[end]!);
      let block: Line[] = [];
      for (let j = i + 1; j < end; j++) {
        if (lines[j]!.text.trim()) block.push(lines[j]!);
        else if (block.length) {
          out.push(...readBlock(block, starts));
          block = [];
        }
      }
      if (block.length) out.push(...readBlock(block, starts));
      i = end;
    }
    return { lines: out, removed };
  },
};
