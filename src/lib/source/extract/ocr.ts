import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Optical character recognition of scans with Tesseract's Vietnamese model
 * (Debian: tesseract-ocr, tesseract-ocr-vie; PDF pages are rasterised by
 * pdftoppm, from poppler-utils). All three are optional system programs: where
 * one is missing, `ocrAvailable` says which, and the scan is published as
 * needing OCR rather than failing the build.
 */

const run = promisify(execFile);
const BIG = { maxBuffer: 64 << 20 };

let checked: Promise<string | null> | null = null;

/** Null when OCR can run here; otherwise what is missing, in Vietnamese. */
export function ocrMissing(): Promise<string | null> {
  checked ??= (async () => {
    try {
      const { stdout, stderr } = await run('tesseract', ['--list-langs'], BIG);
      if (!/^vie$/mu.test(`${stdout}\n${stderr}`)) return 'thiếu dữ liệu tiếng Việt của Tesseract (gói tesseract-ocr-vie)';
    } catch {
      return 'chưa cài Tesseract (gói tesseract-ocr, tesseract-ocr-vie)';
    }
    try {
      await run('pdftoppm', ['-v'], BIG);
    } catch {
      return 'chưa cài pdftoppm (gói poppler-utils)';
    }
    return null;
  })();
  return checked;
}

/** Text of one image file, read as Vietnamese; `--psm 3` lets Tesseract find the columns of a header. */
async function ocrImage(path: string): Promise<string> {
  const { stdout } = await run('tesseract', [path, '-', '-l', 'vie', '--psm', '3'], { ...BIG, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return stdout;
}

/** Pages of a scan (a PDF, or one image) as text, one string a page. */
export async function ocrPages(bytes: Uint8Array, kind: 'pdf' | 'image'): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ocr-'));
  try {
    const input = join(dir, kind === 'pdf' ? 'scan.pdf' : 'scan.img');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(input, bytes);
    if (kind === 'image') return [await ocrImage(input)];
    // 300 dpi in grey: what Tesseract's models are trained on; colour adds nothing to a letter.
    await run('pdftoppm', ['-r', '300', '-gray', '-png', input, join(dir, 'page')], BIG);
    const images = (await readdir(dir)).filter((f) => f.startsWith('page')).sort();
    const pages: string[] = [];
    for (const image of images) pages.push(await ocrImage(join(dir, image)));
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
