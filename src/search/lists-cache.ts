import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageLists } from './common-words.ts';

/**
 * Each page's part of the common words' lists (common-words.ts `PageLists`)
 * by the digest of its text, kept from one build to the next in one file: a
 * rebuild reads the text of the changed pages only. Valid for one `salt` (the
 * code and the common keys: with other common keys every part differs).
 *
 * Binary, as its numbers are most of it (at 10,000 documents 28 million, 260 MB
 * as JSON): the salt, then a record per page, each 8-byte aligned so its
 * sections are typed arrays over the file's bytes, read without a copy. A
 * rebuild appends the records of its new pages; the file is written whole
 * again only when most of it is records no build asks for any more.
 */
export interface ListsCache {
  get(digest: string): PageLists | undefined;
  set(digest: string, lists: PageLists): void;
  /** Keeps what this build made, and drops what it did not ask for once that is most of the file. */
  save(): void;
}

const DIGEST = 64;
/** Record: its size, its head's size, the digest, the head (JSON), then weights (f64), pairs, triples, title pairs and triples (u32), flags (u8). */
const HEAD_AT = 8 + DIGEST;
const align = (n: number) => Math.ceil(n / 8) * 8;

interface Head {
  length: number;
  words: string[];
  numbers: string[];
  /** Lengths of pairs, triples, titlePairs, titleTriples. */
  counts: [number, number, number, number];
}

/** A page's record, or null when a number does not fit 32 bits (a page of over a million pairs): it is made again each build. */
function encode(digest: string, lists: PageLists): Uint8Array | null {
  const sections = [lists.pairs, lists.triples, lists.titlePairs, lists.titleTriples];
  for (const section of sections) for (let i = 0; i < section.length; i++) if (section[i]! >= 2 ** 32) return null;
  const counts = sections.map((s) => s.length) as Head['counts'];
  const head = Buffer.from(JSON.stringify({ length: lists.length, words: lists.words, numbers: lists.numbers, counts } satisfies Head));
  const n = lists.weights.length;
  const weightsAt = align(HEAD_AT + head.length);
  const intsAt = weightsAt + 8 * n;
  const ints = counts.reduce((a, b) => a + b, 0);
  const flagsAt = intsAt + 4 * ints;
  const record = Buffer.from(new ArrayBuffer(align(flagsAt + n)));
  record.writeUInt32LE(record.length, 0);
  record.writeUInt32LE(head.length, 4);
  record.write(digest, 8, DIGEST, 'latin1');
  head.copy(record, HEAD_AT);
  new Float64Array(record.buffer, weightsAt, n).set(lists.weights);
  const u32 = new Uint32Array(record.buffer, intsAt, ints);
  let at = 0;
  for (const section of sections) {
    u32.set(section, at);
    at += section.length;
  }
  new Uint8Array(record.buffer, flagsAt, n).set(lists.flags);
  return record;
}

/** The part of the lists in the record at `at` of `file` (whose bytes start 8-aligned). */
function decode(file: Buffer, at: number): PageLists {
  const headBytes = file.readUInt32LE(at + 4);
  const head = JSON.parse(file.toString('utf8', at + HEAD_AT, at + HEAD_AT + headBytes)) as Head;
  const n = head.words.length + head.numbers.length;
  const weightsAt = at + align(HEAD_AT + headBytes);
  let intsAt = file.byteOffset + weightsAt + 8 * n;
  const ints = (count: number) => {
    const view = new Uint32Array(file.buffer, intsAt, count);
    intsAt += 4 * count;
    return view;
  };
  const [pairs, triples, titlePairs, titleTriples] = head.counts.map(ints) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  return {
    length: head.length,
    words: head.words,
    numbers: head.numbers,
    weights: new Float64Array(file.buffer, file.byteOffset + weightsAt, n),
    flags: new Uint8Array(file.buffer, intsAt, n),
    pairs,
    triples,
    titlePairs,
    titleTriples,
  };
}

/** The salt's record, first in the file. */
function saltRecord(salt: string): Buffer {
  const bytes = Buffer.from(salt);
  const record = Buffer.alloc(align(4 + bytes.length));
  record.writeUInt32LE(bytes.length, 0);
  bytes.copy(record, 4);
  return record;
}

/** A file's bytes, starting 8-aligned in memory so its records' sections can be typed arrays. */
function readAligned(path: string): Buffer {
  const bytes = readFileSync(path);
  if (bytes.byteOffset % 8 === 0) return bytes;
  const copy = Buffer.from(new ArrayBuffer(bytes.length));
  bytes.copy(copy);
  return copy;
}

export function listsCache(path: string, salt: string): ListsCache {
  const head = saltRecord(salt);
  // Each record's place in the file, by digest; the file's end as far as it holds whole records (a build stopped mid-write leaves a part).
  const records = new Map<string, number>();
  let file: Buffer = Buffer.alloc(0);
  let end = 0;
  if (existsSync(path)) {
    file = readAligned(path);
    if (file.length >= head.length && file.subarray(0, head.length).equals(head)) {
      end = head.length;
      while (end + HEAD_AT <= file.length) {
        const size = file.readUInt32LE(end);
        if (size < HEAD_AT || end + size > file.length) break;
        records.set(file.toString('latin1', end + 8, end + HEAD_AT), end);
        end += size;
      }
    }
  }
  // The records this build asked for, by digest, and those it made.
  const used = new Map<string, Uint8Array>();
  const made = new Map<string, Uint8Array>();
  return {
    get(digest) {
      const at = records.get(digest);
      if (at === undefined) return undefined;
      used.set(digest, file.subarray(at, at + file.readUInt32LE(at)));
      return decode(file, at);
    },
    set(digest, lists) {
      if (used.has(digest) || made.has(digest)) return;
      const record = encode(digest, lists);
      if (record !== null) made.set(digest, record);
    },
    save() {
      const live = [...used.values()].reduce((n, record) => n + record.length, 0);
      mkdirSync(dirname(path), { recursive: true });
      if (end > 0 && end - head.length <= 2 * live) {
        if (made.size === 0) return;
        truncateSync(path, end);
        const fd = openSync(path, 'a');
        try {
          for (const record of made.values()) writeSync(fd, record);
        } finally {
          closeSync(fd);
        }
        return;
      }
      // Whole or not at all: a build stopped mid-write leaves the last one's file.
      writeFileSync(`${path}.tmp`, Buffer.concat([head, ...used.values(), ...made.values()]));
      renameSync(`${path}.tmp`, path);
    },
  };
}
