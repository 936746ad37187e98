import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { listFolder, readInside, UnreadableEntry } from '../../../src/lib/source/folder.ts';
import { SOURCE_PATTERN } from '../../../src/lib/source/extract/formats.ts';

/**
 * Issue 22, item 1: an input folder from an archive or someone else's
 * repository. Only regular files inside it are read; every other entry is
 * skipped with its name and the reason, and the rest builds. Nothing blocks.
 */
const SECRET = 'MẬT-KHẨU-NGOÀI-THƯ-MỤC-7f3a';
const DIRECTIVE =
  'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 12/CT-UBND\nCao Bằng, ngày 10 tháng 6 năm 2026\nCHỈ THỊ\nVề tăng cường công tác biên phòng\n1. Các xã biên giới thực hiện.\n';

let dir: string;
let seeds: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-folder-'));
  seeds = join(dir, 'seeds');
  mkdirSync(join(seeds, 'x.txt'), { recursive: true }); // a folder named like a document…
  writeFileSync(join(seeds, 'x.txt', 'trong-thu-muc.txt'), DIRECTIVE.replace('12/', '13/')); // …whose files are still read
  writeFileSync(join(seeds, 'chi-thi.txt'), DIRECTIVE);
  writeFileSync(join(dir, 'bi-mat.txt'), SECRET);
  symlinkSync(join(dir, 'bi-mat.txt'), join(seeds, 'passwd.txt')); // a link out
  symlinkSync('/etc/passwd', join(seeds, 'etc-passwd.txt'));
  symlinkSync('../bi-mat.txt', join(seeds, 'tuong-doi.txt')); // relative, out
  symlinkSync('chi-thi.txt', join(seeds, 'lien-ket-trong.txt')); // a link inside: followed
  symlinkSync(join(seeds, 'khong-co.txt'), join(seeds, 'hong.txt')); // dangling
  symlinkSync(join(seeds, 'x.txt'), join(seeds, 'thu-muc.md')); // a link to a folder
  symlinkSync('vong.txt', join(seeds, 'vong.txt')); // a loop
  execFileSync('mkfifo', [join(seeds, 'p.txt')]); // would block a plain read forever
  writeFileSync(join(seeds, 'doc-that.yaml'), 'place: Hà Nội\n');
  symlinkSync(join(dir, 'bi-mat.txt'), join(seeds, 'chi-thi.yaml')); // a sidecar linking out is not applied
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listing an untrusted folder', () => {
  it('lists regular files and links to files inside; names every other entry with its reason', () => {
    const { files, skipped } = listFolder(seeds, (n) => SOURCE_PATTERN.test(n) || /\.ya?ml$/.test(n));
    expect(files).toEqual(['chi-thi.txt', 'doc-that.yaml', 'lien-ket-trong.txt', 'x.txt/trong-thu-muc.txt']);
    const reason = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reason).sort()).toEqual([
      'chi-thi.yaml',
      'etc-passwd.txt',
      'hong.txt',
      'p.txt',
      'passwd.txt',
      'thu-muc.md',
      'tuong-doi.txt',
      'vong.txt',
      'x.txt',
    ]);
    expect(reason['passwd.txt']).toMatch(/ra ngoài thư mục nguồn/);
    expect(reason['etc-passwd.txt']).toMatch(/ra ngoài thư mục nguồn/);
    expect(reason['hong.txt']).toMatch(/liên kết hỏng/);
    expect(reason['p.txt']).toMatch(/FIFO/);
    expect(reason['x.txt']).toMatch(/thư mục/);
    expect(reason['thu-muc.md']).toMatch(/thư mục/);
    expect(reason['vong.txt']).toMatch(/vòng/);
  });

  it('reads a file only when, at the moment of opening, it is a regular file inside the folder', () => {
    expect(readInside(seeds, 'lien-ket-trong.txt').toString()).toBe(DIRECTIVE);
    for (const f of ['passwd.txt', 'p.txt', 'hong.txt', 'x.txt', '../bi-mat.txt']) expect(() => readInside(seeds, f), f).toThrow(UnreadableEntry);
  });

  it('a file swapped for a link out after the listing is not read', () => {
    const swap = join(dir, 'swap');
    mkdirSync(swap);
    writeFileSync(join(swap, 'a.txt'), DIRECTIVE);
    expect(listFolder(swap, (n) => n.endsWith('.txt')).files).toEqual(['a.txt']);
    rmSync(join(swap, 'a.txt'));
    symlinkSync(join(dir, 'bi-mat.txt'), join(swap, 'a.txt'));
    expect(() => readInside(swap, 'a.txt')).toThrow(/ra ngoài/);
    rmSync(join(swap, 'a.txt'));
    expect(() => readInside(swap, 'a.txt')).toThrow(/không còn tồn tại/);
  });

  it.runIf(process.getuid?.() !== 0)('an unreadable file is skipped, not fatal', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.txt'), DIRECTIVE);
    chmodSync(join(locked, 'a.txt'), 0o000);
    expect(() => readInside(locked, 'a.txt')).toThrow(/không có quyền đọc/);
  });
});

describe('ingest of an untrusted folder', () => {
  it('builds the regular files, reports the rest, and never reads outside the folder', async () => {
    const content = join(dir, 'content');
    const result = await ingest(seeds, content);
    expect(result.documents.map((d) => d.source.file)).toEqual(['chi-thi.txt', 'lien-ket-trong.txt', 'x.txt/trong-thu-muc.txt']);
    expect(result.skipped.map((s) => s.file)).toEqual([
      'chi-thi.yaml',
      'etc-passwd.txt',
      'hong.txt',
      'p.txt',
      'passwd.txt',
      'thu-muc.md',
      'tuong-doi.txt',
      'vong.txt',
      'x.txt',
    ]);
    const written = readdirSync(content)
      .map((f) => readFileSync(join(content, f), 'utf8'))
      .join('\n');
    expect(written).not.toContain(SECRET);
    expect(written).not.toContain('root:x:0:0');
    // The list the data-quality page reads.
    expect(JSON.parse(readFileSync(join(content, 'skipped.json'), 'utf8'))).toEqual(result.skipped);
  });
});
