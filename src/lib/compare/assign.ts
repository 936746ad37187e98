/**
 * Order-preserving one-to-one assignment over a similarity matrix (weighted
 * longest common subsequence, as in Needleman–Wunsch with free gaps): picks
 * pairs (i, j), increasing in both i and j, that maximise the total score,
 * using only pairs that reach `threshold`. Anything else stays unmatched
 * rather than being forced onto a poor partner.
 */
export function orderedAssignment(scores: ArrayLike<number>[], threshold: number): Array<[number, number]> {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  const weight = (i: number, j: number): number => {
    const s = scores[i]![j]!;
    return s >= threshold ? s : -Infinity;
  };
  // best[i][j]: best total using rows i.. and columns j..
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, weight(i, j) + best[i + 1]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i]![j]!;
    if (weight(i, j) + best[i + 1]![j + 1]! === here && weight(i, j) > -Infinity) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i + 1]![j]! === here) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}
