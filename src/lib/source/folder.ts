import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  opendirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The input folder is untrusted: it may come from an archive or another
 * person's repository. Only regular files inside it are read. A link is
 * followed only when its target is a file inside the folder; any other entry
 * (a link out, a dangling link, a directory or device named like a document, a
 * FIFO, a file that cannot be opened or vanishes) is skipped with the reason,
 * and the rest builds. Opening never blocks (O_NONBLOCK: a FIFO would wait for
 * a writer forever) and never follows a link swapped in after the listing
 * (O_NOFOLLOW, and the opened file's own path checked against the folder).
 */

/** An entry of the input folder that was not read, and why (shown on the data-quality page). */
export interface SkippedEntry {
  /** Path inside the folder, with "/". */
  file: string;
  /** Vietnamese, for the editor: what the entry is and why it was not read. */
  reason: string;
}

export interface FolderListing {
  /** Regular files (or links to regular files inside the folder) whose names `wanted` accepts, sorted. */
  files: string[];
  skipped: SkippedEntry[];
}

/** Why an entry cannot be read; thrown by `readInside`. */
export class UnreadableEntry extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(reason);
    this.file = file;
  }
}

const KIND: Array<
  [(s: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }) => boolean, string]
> = [
  [(s) => s.isDirectory(), 'là một thư mục'],
  [(s) => s.isFIFO(), 'là một đường ống (FIFO)'],
  [(s) => s.isSocket(), 'là một socket'],
  [(s) => s.isBlockDevice() || s.isCharacterDevice(), 'là một thiết bị'],
];

const kindOf = (s: Parameters<(typeof KIND)[number][0]>[0]) => KIND.find(([test]) => test(s))?.[1] ?? 'không phải tệp thông thường';

const inside = (root: string, real: string) => real === root || real.startsWith(root + sep);

/** The message of a file-system error, in the editor's words. */
function failure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'không còn tồn tại (bị xóa hoặc là liên kết hỏng)';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc';
  if (code === 'ELOOP') return 'là liên kết vòng hoặc liên kết bị thay vào sau khi liệt kê';
  return `không đọc được (${code ?? (error as Error).message})`;
}

/** Where a link inside `root` leads, or why it is not followed. */
function linkTarget(root: string, path: string): { real: string } | { reason: string } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { reason: `là liên kết tượng trưng tới ${readlinkSafe(path)}, ${failure(error)}` };
  }
  if (!inside(root, real)) return { reason: `là liên kết tượng trưng ra ngoài thư mục nguồn (tới ${real}): không đọc` };
  const stat = statSync(real);
  if (!stat.isFile()) return { reason: `là liên kết tượng trưng tới mục ${kindOf(stat)}` };
  return { real };
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/**
 * Every wanted file under `dir`, sub-folders included, and every entry whose
 * name says it is one but which will not be read. Entries whose names are not
 * wanted (a README, `.DS_Store`) are left alone silently, as before.
 */
export function listFolder(dir: string, wanted: (name: string) => boolean): FolderListing {
  const root = realpathSync(dir);
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const walk = (abs: string, rel: string) => {
    const handle = opendirSync(abs);
    try {
      for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
        const name = rel ? `${rel}/${entry.name}` : entry.name;
        const path = join(abs, entry.name);
        if (entry.isDirectory()) {
          // A folder named like a document ("x.txt") is a folder still: its files are read, and the name is reported.
          if (wanted(entry.name)) skipped.push({ file: name, reason: 'là một thư mục, không phải tệp văn bản (các tệp bên trong vẫn được đọc)' });
          walk(path, name);
          continue;
        }
        if (!wanted(entry.name)) continue;
        if (entry.isFile()) files.push(name);
        else if (entry.isSymbolicLink()) {
          const target = linkTarget(root, path);
          if ('real' in target) files.push(name);
          else skipped.push({ file: name, reason: target.reason });
        } else skipped.push({ file: name, reason: `${kindOf(entry)}, không phải tệp văn bản` });
      }
    } finally {
      handle.closeSync();
    }
  };
  walk(root, '');
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byName), skipped: skipped.sort((a, b) => byName(a.file, b.file)) };
}

// O_NOFOLLOW and O_NONBLOCK do not exist on Windows; there, 0 leaves the flags as they were.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const PROC_FD = (() => {
  try {
    return lstatSync('/proc/self/fd').isDirectory();
  } catch {
    return false;
  }
})();

/**
 * The bytes of `file` (a path inside `dir`, as `listFolder` gives it), read only
 * when it is, at the moment of opening, a regular file inside the folder.
 * Throws `UnreadableEntry` with the reason otherwise.
 */
export function readInside(dir: string, file: string): Buffer {
  let fd: number | null = null;
  try {
    const root = realpathSync(dir);
    const path = join(root, file);
    let real = path;
    if (lstatSync(path).isSymbolicLink()) {
      const target = linkTarget(root, path);
      if (!('real' in target)) throw new UnreadableEntry(file, target.reason);
      real = target.real;
    }
    fd = openSync(real, FLAGS);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableEntry(file, `${kindOf(stat)}, không phải tệp văn bản`);
    // A folder on the way swapped for a link after the listing: the file opened is not the one listed.
    if (PROC_FD && !inside(root, readlinkSync(`/proc/self/fd/${fd}`))) throw new UnreadableEntry(file, 'nằm ngoài thư mục nguồn khi mở: không đọc');
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof UnreadableEntry) throw error;
    throw new UnreadableEntry(file, failure(error));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Where ingest leaves the skipped entries in content/, for the data-quality page and quality.json. */
const SKIPPED_FILE = 'skipped.json';

export function writeSkipped(contentDir: string, skipped: SkippedEntry[]): void {
  writeFileSync(join(contentDir, SKIPPED_FILE), `${JSON.stringify(skipped, null, 1)}\n`);
}

/** The entries the last ingest into `contentDir` skipped; none when it wrote no list. */
export function readSkipped(contentDir: string): SkippedEntry[] {
  const path = join(contentDir, SKIPPED_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SkippedEntry[]) : [];
}
