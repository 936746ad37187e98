import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

/**
 * Turns the bytes of a seed file into text, recording which encoding they were in.
 * Order matters: a BOM is proof; valid UTF-8 is near-proof; anything else is taken
 * to be Windows-1258, the legacy code page Vietnamese offices used before Unicode.
 */

export interface Decoded {
  text: string;
  encoding: string;
  sha256: string;
  bytes: number;
  /** Set when the bytes do not look like text at all. */
  binary: boolean;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function startsWith(buf: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => buf[i] === b);
}

/** Control bytes other than tab, LF, CR, FF: a text file has (almost) none. */
function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function decode(buf: Uint8Array): Decoded {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const base = { sha256, bytes: buf.length };
  for (const [bom, encoding] of BOMS) {
    if (startsWith(buf, bom)) {
      return { ...base, encoding: `${encoding} (BOM)`, binary: false, text: iconv.decode(Buffer.from(buf.subarray(bom.length)), encoding) };
    }
  }
  if (looksBinary(buf)) {
    return { ...base, encoding: 'binary', binary: true, text: '' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ...base, encoding: 'utf-8', binary: false, text };
  } catch {
    return { ...base, encoding: 'windows-1258', binary: false, text: iconv.decode(Buffer.from(buf), 'windows-1258') };
  }
}
