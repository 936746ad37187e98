/**
 * The cleaning stage's vocabulary. A rule sees the document's lines (each with
 * its line number in the source, which splitting a line keeps) and returns
 * the lines it keeps and those it took out; nothing a rule takes out is lost:
 * the model keeps it (`DocumentModel.removed`) and the page shows it.
 */

export interface Line {
  /** 1-based line in the source text. */
  no: number;
  text: string;
}

export interface RuleResult {
  lines: Line[];
  removed: Line[];
  /** Values a page's frame printed about the document (a legal site's information table), as evidence. */
  evidence?: Record<string, string>;
}

export interface CleanRule {
  /** Stable name, used in the quality report's code: `clean-<id>`. */
  id: string;
  /** What the rule removes, in Vietnamese, for the report: "đầu trang Công báo". */
  label: string;
  apply(lines: Line[]): RuleResult;
}

/** A rule that removes some lines and changes nothing else. */
export function dropLines(lines: Line[], drop: (line: Line, i: number) => boolean): RuleResult {
  const kept: Line[] = [];
  const removed: Line[] = [];
  lines.forEach((l, i) => (drop(l, i) ? removed : kept).push(l));
  return { lines: kept, removed };
}
