import { describe, expect, it } from 'vitest';
import { duration, progressLine, progressText } from '../../src/lib/progress.ts';

/** A stream that records what is written, a terminal or not. */
const stream = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 100, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream };
};

describe('progress line', () => {
  it('says the counts, the share and the time left', () => {
    expect(progressText('Đọc', 250, 1000, 10)).toBe('Đọc: 250/1.000 (25 %), còn khoảng 30 s');
    expect(duration(65)).toBe('1 phút 05 s');
  });

  it('is quiet when the stream is not a terminal, and for a few hundred items', () => {
    const pipe = stream(false);
    const onPipe = progressLine('x', { stream: pipe.stream, every: 0 });
    for (let i = 1; i <= 1000; i++) onPipe(i, 1000);
    expect(pipe.out).toEqual([]);
    const tty = stream(true);
    const small = progressLine('x', { stream: tty.stream, every: 0 });
    for (let i = 1; i <= 100; i++) small(i, 100);
    expect(tty.out).toEqual([]);
  });

  it('erases the line before others write, and waits for their line to end', () => {
    const tty = stream(true);
    const progress = progressLine('Đọc', { stream: tty.stream, every: 0 });
    progress(1, 500);
    tty.stream.write('├─ /a/');
    progress(2, 500); // not drawn in the middle of someone's line
    tty.stream.write(' (+5ms)\n');
    progress(3, 500);
    progress(500, 500);
    expect(tty.out).toEqual([expect.stringMatching(/^\rĐọc: 1\/500/), '\r\x1b[K', '├─ /a/', ' (+5ms)\n', expect.stringMatching(/^\rĐọc: 3\/500/), '\r\x1b[K']);
    tty.stream.write('after');
    expect(tty.out.at(-1)).toBe('after');
  });

  it('rewrites one line in place on a terminal and erases it at the end', () => {
    const tty = stream(true);
    const progress = progressLine('Đọc', { stream: tty.stream, every: 0 });
    for (let i = 1; i <= 500; i++) progress(i, 500);
    expect(tty.out.length).toBe(500);
    expect(tty.out.every((s) => s.startsWith('\r') && !s.includes('\n'))).toBe(true);
    expect(tty.out[0]).toMatch(/^\rĐọc: 1\/500 \(0 %\)/);
    expect(tty.out.at(-1)).toBe('\r\x1b[K');
  });
});
