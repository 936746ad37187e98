import { dropLines, type CleanRule } from '../types.ts';

/**
 * The stamp of a digital signature that PDF extraction puts among the text:
 * "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA…" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký:
 * 2026-05-04 08:08:03 +07:00", or "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" /
 * "Email: …" / "Thời gian ký: …". A block is a stamp when it has a signer line
 * and a time or e-mail line within a few lines; a wrapped value between them goes too.
 */
const SIGNER = /^\s*(?:Ký bởi|Người ký)\s*:/u;
const FIELD = /^\s*(?:Ký bởi|Người ký|Cơ quan|Email|Thời gian ký|Ngày ký)\s*:/u;
const CLOSER = /^\s*(?:Thời gian ký|Ngày ký)\s*:\s*[\d.:/ +-]+$|^\s*Email\s*:\s*\S+@\S+\s*$/u;

export const eSignature: CleanRule = {
  id: 'e-signature',
  label: 'dấu chữ ký số (Ký bởi, Cơ quan, Thời gian ký)',
  apply(lines) {
    const drop = new Set<number>();
    lines.forEach((l, i) => {
      if (!SIGNER.test(l.text)) return;
      for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
        if (!CLOSER.test(lines[j]!.text)) continue;
        // Everything from the signer line to the last field of the block.
        let end = j;
        while (end + 1 < lines.length && (CLOSER.test(lines[end + 1]!.text) || FIELD.test(lines[end + 1]!.text))) end++;
        for (let k = i; k <= end; k++) drop.add(k);
        return;
      }
    });
    return dropLines(lines, (_, i) => drop.has(i));
  },
};
