import { describe, expect, it } from 'vitest';
import { applySidecar } from '../../src/lib/source/sidecar.ts';
import { parseSeed } from '../helpers/seeds.ts';

/** Corrections by hand on the Thanh Hóa draft (000): the draft once signed. */
const draft = () => parseSeed('000_e549b405dcbfb8fc.txt');
const FILE = 'seeds/000_e549b405dcbfb8fc.yaml';

describe('sidecar overrides', () => {
  it('fills the number and date of a signed draft and says which fields came from it', async () => {
    const doc = await draft();
    applySidecar(doc, 'number: 15/CT-UBND\ndate: 02/07/2026\nsigner:\n  name: Nguyễn Văn A\n', FILE);
    expect(doc.number?.symbol).toBe('15/CT-UBND');
    expect(doc.date).toBe('2026-07-02');
    expect(doc.draft).toBe(false);
    expect(doc.signer.name).toBe('Nguyễn Văn A');
    expect(doc.overrides).toEqual(['number', 'date', 'signer']);
    expect(doc.issues.find((i) => i.code === 'sidecar-applied')?.message).toContain('number, date, signer');
    expect(doc.id).toBe('chi-thi-ubnd-tinh-thanh-hoa-ket-nghia-do-dau-cac-don-vi-bo'); // links stay valid
  });

  it('names the file and line of invalid YAML, and changes nothing', async () => {
    const doc = await draft();
    applySidecar(doc, 'number: 15/CT-UBND\ndate: [2026\n', FILE);
    const err = doc.issues.find((i) => i.code === 'sidecar')!;
    expect(err.level).toBe('error');
    expect(err.file).toBe(FILE);
    expect(err.line).toBeGreaterThanOrEqual(2);
    expect(err.message).toMatch(/YAML không hợp lệ/);
    expect(doc.overrides).toEqual([]);
    expect(doc.number?.serial).toBeNull();
  });

  it('rejects unknown fields and wrong types with their line, applies the rest', async () => {
    const doc = await draft();
    applySidecar(doc, 'so: 15\ndate: 31/02/2026\ndraft: "no"\nprovince: Thanh Hoa\nsigner: [x]\n', FILE);
    const errors = doc.issues.filter((i) => i.code === 'sidecar').map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(errors).toEqual([
      expect.stringMatching(/yaml:1: .*trường không biết "so"/),
      expect.stringMatching(/yaml:2: .*trường "date": "31\/02\/2026" không phải ngày/),
      expect.stringMatching(/yaml:3: .*trường "draft": cần true hoặc false/),
      expect.stringMatching(/yaml:5: .*trường "signer"/),
    ]);
    expect(doc.overrides).toEqual(['province']); // accents optional: "Thanh Hoa" is Thanh Hóa
    expect(doc.province).toMatchObject({ name: 'Thanh Hóa', source: 'sidecar' });
  });

  it('reports keys named like built-in properties as unknown fields, with their line, and never crashes (issue 22)', async () => {
    const doc = await draft();
    const yaml = '__proto__: x\nconstructor: y\nhasOwnProperty: 1\nvalueOf: 2\ntoString: 3\nsigner:\n  __proto__: {name: X}\n  constructor: Y\nplace: Hà Nội\n';
    expect(() => applySidecar(doc, yaml, FILE)).not.toThrow();
    const errors = doc.issues.filter((i) => i.code === 'sidecar').map((i) => `${i.line}: ${i.message}`);
    expect(errors).toEqual([
      expect.stringMatching(/^1: .*trường không biết "__proto__"/),
      expect.stringMatching(/^2: .*trường không biết "constructor"/),
      expect.stringMatching(/^3: .*trường không biết "hasOwnProperty"/),
      expect.stringMatching(/^4: .*trường không biết "valueOf"/),
      expect.stringMatching(/^5: .*trường không biết "toString"/),
      expect.stringMatching(/^6: .*trường "signer": trường không biết: __proto__, constructor/),
    ]);
    expect(errors.join('\n')).not.toContain('[object Object]');
    expect(doc.overrides).toEqual(['place']);
    expect(Object.getPrototypeOf(doc.signer)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).name).toBeUndefined(); // nothing leaked into Object.prototype
  });

  it('accepts an empty sidecar', async () => {
    const doc = await draft();
    applySidecar(doc, '', FILE);
    expect(doc.overrides).toEqual([]);
    expect(doc.issues.some((i) => i.code.startsWith('sidecar'))).toBe(false);
  });
});

describe('ingest with a sidecar', () => {
  it('applies seeds/<name>.yaml beside its text, and re-applies it without re-parsing when only the sidecar changes', async () => {
    const { mkdtempSync, copyFileSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { ingest } = await import('../../src/lib/ingest/index.ts');
    const { readDocument } = await import('../../src/lib/mdx/read.ts');
    const { SEEDS_DIR } = await import('../helpers/seeds.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sidecar-'));
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    await import('node:fs/promises').then((fs) => fs.mkdir(seeds));
    copyFileSync(join(SEEDS_DIR, '000_e549b405dcbfb8fc.txt'), join(seeds, '000_e549b405dcbfb8fc.txt'));
    await ingest(seeds, content, { cacheDir: join(dir, 'cache') });
    writeFileSync(join(seeds, '000_e549b405dcbfb8fc.yaml'), 'number: 15/CT-UBND\ndate: 2026-07-02\n');
    const second = await ingest(seeds, content, { cacheDir: join(dir, 'cache') });
    expect(second.parsed).toBe(0);
    const [doc] = second.documents;
    const written = readDocument(readFileSync(join(content, `${doc!.id}.mdx`), 'utf8'), 'x');
    expect(written.number?.symbol).toBe('15/CT-UBND');
    expect(written.date).toBe('2026-07-02');
    expect(written.overrides).toEqual(['number', 'date']);
  });
});
