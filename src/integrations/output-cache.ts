import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../utils/page-key.ts';
import { filesUnder } from '../lib/files-under.ts';
import { absoluteUrl } from '../utils/site.ts';

/**
 * What the thread beside Astro makes from one document (its search page, its
 * open-data record), kept on disk by the digest of what it is made from
 * (utils/page-key.ts `pageKey`) and of the code that makes it, as Astro keeps
 * its pages (astro.config.mjs): a rebuild makes again only what a changed
 * document changes. At the end of a whole build, the entries it did not use go.
 */

/** Every source file of the site's code: a change to any of them may change what it makes. */
function codeDigest(): string {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const files = filesUnder(src).sort();
  return sha256(files.map((f) => `${relative(src, f)}\n${sha256(readFileSync(f, 'utf8'))}`).join('\n'));
}

export interface OutputCache {
  /** The digest of the code and the site's address, which every entry is kept under. */
  salt: string;
  /** The text kept for `kind` and `key`, or made by `make` and kept. */
  kept(kind: string, key: string, make: () => string): string;
  /** Removes every entry this build did not ask for. */
  prune(): void;
}

export function outputCache(dir: string): OutputCache {
  // The public address is in the records (utils/open-data.ts).
  const salt = sha256(`${codeDigest()}\n${absoluteUrl('/')}`);
  const used = new Set<string>();
  mkdirSync(dir, { recursive: true });
  return {
    salt,
    kept(kind, key, make) {
      const name = `${kind}-${sha256(`${salt}\n${key}`)}`;
      used.add(name);
      const file = join(dir, name);
      try {
        return readFileSync(file, 'utf8');
      } catch {
        const text = make();
        // Whole or not at all: a build stopped mid-write must not leave half a record to publish.
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        return text;
      }
    },
    prune() {
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
