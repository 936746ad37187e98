import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, by its path there ("/" between folders), sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}
