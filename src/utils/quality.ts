import type { DocumentModel, IssueLevel, QualityIssue } from '../lib/model.ts';

/**
 * The data-quality page as an overview that holds at any size: how often each
 * kind of issue occurs, then the files, most severe first. Every file with an
 * error is listed; files with only warnings or notes are listed up to a limit,
 * and the rest are in /api/quality.json and on each document's page.
 */
export const FILES_PER_LEVEL = 200;

export const LEVELS: IssueLevel[] = ['error', 'warning', 'info'];

export const LEVEL_NAMES: Record<IssueLevel, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };

export interface IssueKind {
  code: string;
  level: IssueLevel;
  /** Files with at least one issue of this kind. */
  files: number;
  /** The first one met, in file order: what the issue looks like. */
  example: QualityIssue;
}

export interface FileGroup {
  /** The most severe level of each file in the group. */
  level: IssueLevel;
  total: number;
  shown: DocumentModel[];
}

export interface QualityOverview {
  totals: Record<IssueLevel, number>;
  clean: number;
  kinds: IssueKind[];
  groups: FileGroup[];
}

const severity = (level: IssueLevel) => LEVELS.indexOf(level);
const byFile = (a: DocumentModel, b: DocumentModel) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0);

export function qualityOverview(docs: DocumentModel[], limit = FILES_PER_LEVEL): QualityOverview {
  const sorted = [...docs].sort(byFile);
  const totals: Record<IssueLevel, number> = { error: 0, warning: 0, info: 0 };
  const kinds = new Map<string, IssueKind>();
  for (const doc of sorted) {
    for (const issue of doc.issues) totals[issue.level]++;
    const seen = new Set<string>();
    for (const issue of doc.issues) {
      if (seen.has(issue.code)) continue;
      seen.add(issue.code);
      const kind = kinds.get(issue.code);
      if (kind) kind.files++;
      else kinds.set(issue.code, { code: issue.code, level: issue.level, files: 1, example: issue });
    }
  }
  const worst = (doc: DocumentModel) => LEVELS[Math.min(...doc.issues.map((i) => severity(i.level)))]!;
  const flagged = Map.groupBy(
    sorted.filter((d) => d.issues.length),
    worst,
  );
  return {
    totals,
    clean: sorted.filter((d) => !d.issues.length).length,
    kinds: [...kinds.values()].sort((a, b) => severity(a.level) - severity(b.level) || b.files - a.files || (a.code < b.code ? -1 : 1)),
    groups: LEVELS.flatMap((level) => {
      const files = flagged.get(level) ?? [];
      return files.length ? [{ level, total: files.length, shown: level === 'error' ? files : files.slice(0, limit) }] : [];
    }),
  };
}
