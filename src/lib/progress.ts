/**
 * A progress line for long runs (ingest, the search index): counts and time
 * left, on one line of a terminal rewritten in place, and erased at the end so
 * the summary that follows starts clean. Silent when the stream is not a
 * terminal (CI, logs, tests) and for runs of fewer than `min` items.
 *
 * Others may log meanwhile (Astro renders pages while the index is made): the
 * line is erased before anything else is written to the terminal, and drawn
 * again only once that output has ended its line.
 */

/** Called with the items done so far and the total. */
export type OnProgress = (done: number, total: number) => void;

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Fewer items than this show nothing. */
  min?: number;
  /** Milliseconds between two redraws. */
  every?: number;
}

/** "1 phút 05 s", "42 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} phút ${String(s % 60).padStart(2, '0')} s`;
}

/** The line itself: "Đọc: 1.200/10.000 (12 %), còn khoảng 1 phút 05 s"; the time left once a second has passed. */
export function progressText(label: string, done: number, total: number, elapsedSeconds: number): string {
  const count = (n: number) => n.toLocaleString('vi');
  const left = done > 0 && done < total && elapsedSeconds >= 1 ? `, còn khoảng ${duration((elapsedSeconds / done) * (total - done))}` : '';
  return `${label}: ${count(done)}/${count(total)} (${Math.floor((done / Math.max(total, 1)) * 100)} %)${left}`;
}

export function progressLine(label: string, { stream = process.stderr, min = 300, every = 200 }: ProgressOptions = {}): OnProgress {
  if (!stream.isTTY) return () => {};
  const started = performance.now();
  const write = stream.write.bind(stream);
  let shown = false; // the line is on screen
  let last = -Infinity; // when it was last drawn
  let midLine = false; // someone else's output has not ended its line yet
  let restore: (() => void) | null = null;
  const clear = () => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  /** Erases the line before others write to the terminal (stdout and stderr are the same screen). */
  const watch = () => {
    const streams = [...new Set([process.stdout, process.stderr, stream])].filter((s) => s.isTTY);
    const originals = streams.map((s) => s.write);
    for (const s of streams) {
      const original = s.write;
      s.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        clear();
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
        if (text) midLine = !text.endsWith('\n');
        return original.call(s, chunk, ...rest);
      }) as typeof s.write;
    }
    return () => streams.forEach((s, k) => (s.write = originals[k]!));
  };
  return (done, total) => {
    if (total < min) return;
    if (done >= total) {
      restore?.();
      restore = null;
      clear();
      return;
    }
    restore ??= watch();
    const now = performance.now();
    if (midLine || now - last < every) return;
    last = now;
    shown = true;
    // Cut to the terminal's width: a line that wraps cannot be rewritten in place.
    write(`\r${progressText(label, done, total, (now - started) / 1000).slice(0, (stream.columns || 80) - 1)}\x1b[K`);
  };
}
