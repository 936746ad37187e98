import { readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of a process and all its descendants, summed, read from
 * /proc (the kernel's own figure). GNU time reports the largest single process,
 * which undercounts a step whose work runs in a child process beside it (Astro
 * with the Pagefind binary).
 */
const PAGE = 4096;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
}

export function treeRssBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isNaN(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let bytes = 0;
  for (const queue = [root]; queue.length; ) {
    const pid = queue.pop()!;
    bytes += Number(read(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0) * PAGE;
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Samples a process tree's memory until stopped; returns the peak in bytes. */
export function samplePeak(root: number, everyMs = 100): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(root))), everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
