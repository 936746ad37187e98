import type { Table } from '../model.ts';
import type { Unit } from './units.ts';

/**
 * Tab-separated rows → tables. A page break repeats the header row: when a row
 * equals the current table's header it is dropped and the rows continue the same
 * table (the Thanh Hóa annex is one table of 18 rows, printed over three pages).
 */

/** Row identity ignoring padding: trailing empty cells come and go with exports. */
const rowKey = (row: string[]) => row.map((c) => c.trim()).join('\t').replace(/\t+$/, '');

export interface TableRun {
  table: Table;
  /** Units consumed. */
  count: number;
  /** Lines of header rows that repeated and were merged. */
  repeatedHeaders: number[];
}

/** Reads the table starting at `units[start]`, across repeated headers and blank lines. */
export function readTable(units: Unit[], start: number, id: string): TableRun {
  const first = units[start]!;
  const header = first.cells!;
  const rows: string[][] = [];
  const repeatedHeaders: number[] = [];
  let i = start + 1;
  for (; i < units.length; i++) {
    const cells = units[i]!.cells;
    if (!cells) break;
    if (rowKey(cells) === rowKey(header)) {
      repeatedHeaders.push(units[i]!.line);
      continue;
    }
    rows.push(cells);
  }
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  return {
    table: { id, header: pad(header), rows: rows.map(pad), line: first.line },
    count: i - start,
    repeatedHeaders,
  };
}
