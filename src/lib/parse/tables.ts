import type { Table } from '../model.ts';
import type { Unit } from './units.ts';

/**
 * Tab-separated rows → tables. A table printed over several pages reads as one
 * (the Thanh Hóa annex is one table of 18 rows over three pages): the header
 * rows each page repeated were taken out by the cleaning stage
 * (clean/rules/repeated-table-header.ts), and blank lines do not end a table.
 */

export interface TableRun {
  table: Table;
  /** Units consumed. */
  count: number;
}

/** Reads the table starting at `units[start]`, across blank lines. */
export function readTable(units: Unit[], start: number, id: string): TableRun {
  const first = units[start]!;
  const header = first.cells!;
  const rows: string[][] = [];
  let i = start + 1;
  for (; i < units.length; i++) {
    const cells = units[i]!.cells;
    if (!cells) break;
    rows.push(cells);
  }
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  return {
    table: { id, header: pad(header), rows: rows.map(pad), line: first.line },
    count: i - start,
  };
}
