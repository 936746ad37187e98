import { DIFF_DELETE, DIFF_INSERT, diffMain } from 'diff-match-patch-es';

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

/**
 * How many syllables a piece of (NFC) text has. tidy() asks again for every
 * part on every pass, for the same few texts: counts are remembered (a small
 * bounded cache, cleared when full).
 */
const SYLLABLE = /[\p{L}\p{N}]+/gu;
const counted = new Map<string, number>();
function syllableCount(s: string): number {
  let n = counted.get(s);
  if (n === undefined) {
    if (counted.size > 10_000) counted.clear();
    n = s.match(SYLLABLE)?.length ?? 0;
    counted.set(s, n);
  }
  return n;
}

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

/**
 * Two minimal diffs can differ in which side of a change a space falls. The
 * space stays with the unchanged text after the change, so the output does not
 * depend on the diff algorithm's tie-breaking: "[tỉnh → thành phố] bố trí".
 * Joining the parts still gives back each side exactly.
 */
function spacesOutsideChanges(parts: DiffPart[]): DiffPart[] {
  const out = parts.map((p) => ({ ...p }));
  for (let i = 1; i < out.length; i++) {
    const same = out[i]!;
    if (same.kind !== 'same') continue;
    let j = i - 1;
    while (j >= 0 && out[j]!.kind !== 'same') j--;
    const run = out.slice(j + 1, i);
    const space = /\s+$/.exec(run[0]?.text ?? '')?.[0];
    // Never empty a change, and move a space only if every part it leaves ends with it.
    const movable = (p: DiffPart) => p.text.length > space!.length && p.text.endsWith(space!);
    if (!space || !run.every(movable)) continue;
    if (run.length === 1) {
      // A lone removal or addition: rotate it by one space, which the unchanged text before it gives up.
      const before = out[j];
      if (!before?.text.endsWith(space)) continue;
      before.text = before.text.slice(0, -space.length);
      run[0]!.text = space + run[0]!.text.slice(0, -space.length);
    } else {
      for (const p of run) p.text = p.text.slice(0, -space.length);
    }
    same.text = space + same.text;
  }
  return regroup(out);
}

/**
 * Each distinct token as one character, so a string diff works on tokens.
 * Code points from U+0100, skipping the surrogates: room for 63,000 tokens.
 */
function encodeTokens(a: string[], b: string[]): { x: string; y: string; tokens: string[] } {
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const code = (t: string): string => {
    let c = codes.get(t);
    if (c === undefined) {
      const n = 0x100 + tokens.length;
      c = String.fromCharCode(n < 0xd800 ? n : n + 0x800);
      codes.set(t, c);
      tokens.push(t);
    }
    return c;
  };
  return { x: a.map(code).join(''), y: b.map(code).join(''), tokens };
}

const decodeToken = (tokens: string[], c: string): string => {
  const n = c.charCodeAt(0);
  return tokens[(n < 0xd800 ? n : n - 0x800) - 0x100]!;
};

/**
 * diff-match-patch's Myers diff, without its time limit so the result is the
 * same on every build; 4.5× faster than jsdiff's diffArrays on the clause
 * pairs of 10,000 documents (4 s against 18 s).
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const { x, y, tokens } = encodeTokens(tokenize(a.normalize('NFC')), tokenize(b.normalize('NFC')));
  const changes = diffMain(x, y, { diffTimeout: 0 });
  return spacesOutsideChanges(
    tidy(
      changes.map(([op, chars]) => ({
        kind: op === DIFF_INSERT ? 'added' : op === DIFF_DELETE ? 'removed' : 'same',
        text: Array.from(chars, (c) => decodeToken(tokens, c)).join(''),
      })),
    ),
  );
}
