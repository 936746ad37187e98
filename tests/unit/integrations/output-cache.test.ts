import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputCache } from '../../../src/integrations/output-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'output-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what a build makes from one document, kept for the next', () => {
  it('makes an entry once, then reads it back, apart by kind and key', () => {
    const first = outputCache(dir);
    let made = 0;
    const make = (text: string) => () => (made++, text);
    expect(first.kept('trang', 'a', make('A'))).toBe('A');
    expect(first.kept('ho-so', 'a', make('B'))).toBe('B');
    const next = outputCache(dir);
    expect(next.kept('trang', 'a', make('other'))).toBe('A');
    expect(next.kept('ho-so', 'a', make('other'))).toBe('B');
    expect(next.kept('trang', 'b', make('C'))).toBe('C');
    expect(made).toBe(3);
  });

  it('makes again an entry it cannot read, and leaves no half-written one', () => {
    const cache = outputCache(dir);
    cache.kept('trang', 'c', () => 'C');
    for (const name of readdirSync(dir)) if (!name.endsWith('.tmp')) rmSync(join(dir, name));
    expect(outputCache(dir).kept('trang', 'c', () => 'again')).toBe('again');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes at pruning what the build did not ask for', () => {
    const old = outputCache(dir);
    old.kept('trang', 'gone', () => 'G');
    writeFileSync(join(dir, 'stray'), '');
    const cache = outputCache(dir);
    cache.kept('trang', 'kept', () => 'K');
    cache.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(outputCache(dir).kept('trang', 'kept', () => 'made again')).toBe('K');
  });
});
