import { diffArrays } from 'diff';

/**
 * Word diff of two clause texts at syllable level, for showing what one
 * province changed in a shared template. Both texts are taken as NFC; joining
 * the 'same' and 'removed' parts gives `a` back exactly, 'same' and 'added'
 * gives `b`.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Syllables (letters with their marks, digits), runs of whitespace, and single other characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

export function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** How many syllables a piece of (NFC) text has; called for every part, every pass of tidy(). */
const SYLLABLE = /[\p{L}\p{N}]+/gu;
const syllableCount = (s: string): number => s.match(SYLLABLE)?.length ?? 0;

/**
 * An unchanged stretch this short, between two changes this long, reads better
 * as part of one change: "hoạt [động] thiết thực…" against "huy [động] các
 * nguồn lực…" is two different phrases, not one kept word.
 */
const MAX_ISLAND = 1;
const MIN_CHANGE_AROUND_ISLAND = 3;

/** Runs of changes as one removal then one addition; adjacent unchanged text merged. */
function regroup(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const p of parts) {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if (p.text) {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += p.text;
      else out.push({ kind: 'same', text: p.text });
    }
  }
  flush();
  return out;
}

/** The larger side (in syllables) of the run of changes ending before / starting after index k. */
function changeAround(parts: DiffPart[], k: number, step: -1 | 1): number {
  let most = 0;
  for (let i = k + step; i >= 0 && i < parts.length && parts[i]!.kind !== 'same'; i += step) {
    most = Math.max(most, syllableCount(parts[i]!.text));
  }
  return most;
}

/**
 * Makes changes read as phrases: spaces and punctuation left unchanged between
 * two changes belong to the change (else "A B" → "X Y" reads as A→X, " ",
 * B→Y), and so does a lone syllable between two longer changes.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  let current = regroup(parts);
  for (;;) {
    const k = current.findIndex((p, i) => {
      if (p.kind !== 'same' || i === 0 || i === current.length - 1) return false;
      const n = syllableCount(p.text);
      if (n === 0) return true;
      const around = Math.min(changeAround(current, i, -1), changeAround(current, i, 1));
      return n <= MAX_ISLAND && around >= MIN_CHANGE_AROUND_ISLAND;
    });
    if (k < 0) return current;
    const island = current[k]!.text;
    current = regroup([...current.slice(0, k), { kind: 'removed', text: island }, { kind: 'added', text: island }, ...current.slice(k + 1)]);
  }
}

export function diffWords(a: string, b: string): DiffPart[] {
  const changes = diffArrays(tokenize(a.normalize('NFC')), tokenize(b.normalize('NFC')));
  return tidy(
    changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') })),
  );
}
