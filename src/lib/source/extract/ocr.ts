import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Optical character recognition of scans with Tesseract's Vietnamese model
 * (Debian: tesseract-ocr, tesseract-ocr-vie; PDF pages are rasterised by
 * pdftoppm, from poppler-utils). All three are optional system programs: where
 * one is missing, `ocrMissing` says which, and the scan is published as
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

/** A word Tesseract read with little confidence: a handwritten number, a word under a stamp. */
export interface UncertainWord {
  /** 1-based line of the OCR text (all pages, as `OcrText.text` joins them). */
  line: number;
  word: string;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
}

export interface OcrText {
  text: string;
  pages: number;
  uncertain: UncertainWord[];
}

/**
 * Below this confidence a word is not trusted where a value is read from it (a number, a date).
 * Measured on the corpus's scans: handwritten digits come out at 35–50 ("4235" for 1595, "84"
 * for a day), printed ones OCR slightly misreads at 59 ("l2" for 12) and clean print above 90.
 */
export const CONFIDENT = 55;

/**
 * One page's TSV (level, page, block, paragraph, line, word, left, top, width,
 * height, confidence, text) → its lines, a blank line between paragraphs, and
 * the words read with little confidence.
 */
export function fromTsv(tsv: string): { lines: string[]; uncertain: Array<Omit<UncertainWord, 'line'> & { index: number }> } {
  const lines: string[] = [];
  const uncertain: Array<Omit<UncertainWord, 'line'> & { index: number }> = [];
  let key = '';
  let paragraph = '';
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5' || !f[11]!.trim()) continue;
    const para = `${f[2]}.${f[3]}`;
    const line = `${para}.${f[4]}`;
    if (line !== key) {
      if (key && para !== paragraph) lines.push('');
      lines.push('');
      key = line;
      paragraph = para;
    }
    const word = f[11]!.trim();
    lines[lines.length - 1] = lines[lines.length - 1] ? `${lines[lines.length - 1]} ${word}` : word;
    const confidence = Number(f[10]);
    if (confidence < CONFIDENT) uncertain.push({ index: lines.length - 1, word, confidence: Math.round(confidence) });
  }
  return { lines, uncertain };
}

/** One image read as Vietnamese; `--psm 3` lets Tesseract find the columns of a header. */
async function ocrImage(path: string): Promise<string> {
  const { stdout } = await run('tesseract', [path, '-', '-l', 'vie', '--psm', '3', 'tsv'], { ...BIG, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return stdout;
}

/** A scan (a PDF of page images, or one image) as text, with the words Tesseract was unsure of. */
export async function ocrScan(bytes: Uint8Array, kind: 'pdf' | 'image'): Promise<OcrText> {
  const dir = await mkdtemp(join(tmpdir(), 'ocr-'));
  try {
    const input = join(dir, kind === 'pdf' ? 'scan.pdf' : 'scan.img');
    await writeFile(input, bytes);
    let images = [input];
    if (kind === 'pdf') {
      // 300 dpi in grey: what Tesseract's models are trained on; colour adds nothing to a letter.
      await run('pdftoppm', ['-r', '300', '-gray', '-png', input, join(dir, 'page')], BIG);
      images = (await readdir(dir))
        .filter((f) => f.startsWith('page'))
        .sort()
        .map((f) => join(dir, f));
    }
    const lines: string[] = [];
    const uncertain: UncertainWord[] = [];
    for (const image of images) {
      if (lines.length) lines.push('', '');
      const page = fromTsv(await ocrImage(image));
      for (const u of page.uncertain) uncertain.push({ line: lines.length + u.index + 1, word: u.word, confidence: u.confidence });
      lines.push(...page.lines);
    }
    return { text: lines.join('\n'), pages: images.length, uncertain };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
