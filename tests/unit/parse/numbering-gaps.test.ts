import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse/index.ts';

/** Gaps in numbering are noted (a page may have been lost); the Vietnamese letter order is respected. */
const source = { file: 't.txt', sha256: '', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };
const gaps = (body: string) =>
  parseDocument(`CHỈ THỊ\nVề việc thử\n\n${body}`, source)
    .issues.filter((i) => i.code === 'numbering-gap')
    .map((i) => i.message);

describe('numbering gaps', () => {
  it('accepts điểm h) then i) (i is a letter, not a roman numeral) and d) then đ)', () => {
    expect(gaps('1. Nhiệm vụ:\na) Một;\nb) Hai;\nc) Ba;\nd) Bốn;\nđ) Năm;\ne) Sáu;\ng) Bảy;\nh) Tám;\ni) Chín.')).toEqual([]);
  });

  it('notes a missing điểm, khoản and mục', () => {
    expect(gaps('1. Nhiệm vụ:\na) Một;\nc) Ba.')).toEqual(['Đánh số không liên tục: sau điểm a) là điểm c).']);
    // The Nhơn Hưng report's section III runs 1., 2., 4.
    expect(gaps('I. MỤC MỘT\n1. Một.\n2. Hai.\n4. Bốn.')).toEqual(['Đánh số không liên tục: sau khoản 2. là khoản 4.']);
    expect(gaps('I. MỤC MỘT\n1. Một.\nIII. MỤC BA\n1. Ba.')).toEqual(['Đánh số không liên tục: sau mục I. là mục III.']);
  });
});
