import type { QualityIssue } from '../model.ts';
import type { CleanRule, Line } from './types.ts';
import { eSignature } from './rules/e-signature.ts';
import { gazetteRunningHead } from './rules/gazette-running-head.ts';
import { gazetteContinued } from './rules/continued.ts';
import { pandocTable } from './rules/pandoc-table.ts';
import { siteTail } from './rules/site-tail.ts';
import { pageFrame } from './rules/page-frame.ts';
import { gazetteSection } from './rules/gazette-section.ts';
import { flattenedHeader } from './rules/flattened-header.ts';
import { flattenedSignature } from './rules/flattened-signature.ts';
import { markdownResidue } from './rules/markdown-residue.ts';
import { editorNotes } from './rules/editor-notes.ts';
import { repeatedTableHeader } from './rules/repeated-table-header.ts';
import { signatureColumns } from './rules/signature-columns.ts';
import { wrappedLabel } from './rules/wrapped-label.ts';

export type { Line } from './types.ts';

/**
 * The cleaning stage, between reading a file and parsing it: one rule per
 * artefact of the way documents are published (gazette page furniture, a
 * site's frame, a crawler's title, an export's table markup), in this order:
 * furniture spread through the text first, then the frame around the
 * document, then the header's layout. Every line a rule takes out is kept,
 * with the rule's name, for the page and the quality report.
 */
export const RULES: CleanRule[] = [
  markdownResidue,
  wrappedLabel,
  editorNotes,
  eSignature,
  gazetteRunningHead,
  gazetteContinued,
  pandocTable,
  siteTail,
  pageFrame,
  gazetteSection,
  flattenedHeader,
  flattenedSignature,
  signatureColumns,
  repeatedTableHeader,
];

export interface RemovedLine extends Line {
  /** The rule that took it out. */
  rule: string;
}

export interface Cleaned {
  lines: Line[];
  removed: RemovedLine[];
  /** What a site's information table said about the document (`Số hiệu`, `Ngày ban hành`…). */
  evidence: Record<string, string>;
}

export function clean(text: string, rules: CleanRule[] = RULES): Cleaned {
  let lines: Line[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const removed: RemovedLine[] = [];
  let evidence: Record<string, string> = {};
  for (const rule of rules) {
    const result = rule.apply(lines);
    lines = result.lines;
    for (const l of result.removed) if (l.text.trim()) removed.push({ ...l, rule: rule.id });
    if (result.evidence) evidence = { ...evidence, ...result.evidence };
  }
  removed.sort((a, b) => a.no - b.no);
  return { lines, removed, evidence };
}

/** One quality note per rule that took something out: how many lines, and a sample. */
export function cleaningNotes(removed: RemovedLine[], rules: CleanRule[] = RULES): QualityIssue[] {
  return rules.flatMap((rule) => {
    const mine = removed.filter((r) => r.rule === rule.id);
    if (!mine.length) return [];
    const sample = mine[0]!.text.trim();
    return [
      {
        level: 'info' as const,
        code: `clean-${rule.id}`,
        message: `Đã tách ${mine.length} dòng ${rule.label}, ví dụ: "${sample.length > 80 ? `${sample.slice(0, 80)}…` : sample}".`,
        line: mine[0]!.no,
        action: 'Không đưa vào nội dung văn bản; vẫn xem được ở mục "Phần đã tách khỏi văn bản" trên trang.',
      },
    ];
  });
}
