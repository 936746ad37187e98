import type { CleanRule, Line } from '../types.ts';
import { SIGN_PREFIX } from '../../parse/signature.ts';

/**
 * The signature page's two columns read across as one, as OCR and some
 * exports do: "Nơi nhận: KT. GIÁM ĐỐC" / "- Như trên; - GIÁM ĐỐC" (scan-pdf/
 * scan-pdf_vietadmin-data-1.pdf). The Nơi nhận column and the signer's go
 * back on lines of their own: the label, then the signing authority or title;
 * a recipient, then the title printed beside it. Nothing is removed.
 */
const LABEL = new RegExp(String.raw`^(\W*Nơi\s+nh\p{L}n\s*:?)[\s_~—–-]*((?:${SIGN_PREFIX}\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,})+)\s*$`, 'u');
/** A recipient ending in ";" or "," then, after a dash, a title in capitals. */
const ITEM_AND_TITLE = new RegExp(String.raw`^(.*[;,.])\s*[-–_~]+\s*((?:${SIGN_PREFIX}\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,})+)\s*$`, 'u');
/** Lines after "Nơi nhận" where the signer's column may still run beside the list. */
const BESIDE = 3;

export const signatureColumns: CleanRule = {
  id: 'signature-columns',
  label: 'cột nơi nhận và cột chữ ký đọc lẫn trên một dòng',
  apply(lines) {
    const out: Line[] = [];
    let after = Infinity;
    for (const line of lines) {
      const label = LABEL.exec(line.text);
      if (label) {
        out.push({ no: line.no, text: label[1]! }, { no: line.no, text: label[2]! });
        after = 0;
        continue;
      }
      const item = ++after <= BESIDE ? ITEM_AND_TITLE.exec(line.text) : null;
      if (item) out.push({ no: line.no, text: item[1]! }, { no: line.no, text: item[2]! });
      else out.push(line);
    }
    return { lines: out, removed: [] };
  },
};
