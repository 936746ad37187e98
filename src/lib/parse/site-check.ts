import type { DocumentModel, QualityIssue } from '../model.ts';
import { fold } from '../text/vietnamese.ts';

/**
 * What a legal site's information table says of a document (`siteInfo`), held
 * against what the document itself prints: evidence to check the header by,
 * never its metadata. Where the text prints nothing the table's value is only
 * named, for an editor to confirm (a sidecar .yaml); where both are there and
 * differ, the page says so.
 */
type Checked = Pick<DocumentModel, 'number' | 'type' | 'date' | 'siteInfo'>;

const squeeze = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** "21/11/2025" → "2025-11-21". */
const isoOf = (dmy: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
};

export function siteInfoNotes(doc: Checked): QualityIssue[] {
  const site = doc.siteInfo;
  const fields: Array<[label: string, ours: string | null, theirs: string | undefined, same: (a: string, b: string) => boolean]> = [
    ['số hiệu', doc.number?.serial ? doc.number.symbol : null, site['Số hiệu'], (a, b) => squeeze(a) === squeeze(b)],
    ['loại văn bản', doc.type.code === 'VB' ? null : doc.type.name, site['Loại văn bản'], (a, b) => squeeze(a) === squeeze(b)],
    ['ngày ban hành', doc.date, site['Ngày ban hành'], (a, b) => a === isoOf(b)],
  ];
  const missing: string[] = [];
  const differ: string[] = [];
  for (const [label, ours, theirs, same] of fields) {
    if (!theirs || /^(Đã biết|Đang cập nhật|Không xác định|Văn bản khác)$/iu.test(theirs)) continue;
    if (ours === null) missing.push(`${label} "${theirs}"`);
    else if (!same(ours, theirs)) differ.push(`${label}: văn bản ghi "${ours}", trang nguồn ghi "${theirs}"`);
  }
  const notes: QualityIssue[] = [];
  if (missing.length) {
    notes.push({
      level: 'info',
      code: 'site-info-only',
      message: `Văn bản không in ${missing.map((m) => m.split(' "')[0]).join(', ')}; trang nguồn ghi ${missing.join(', ')}.`,
      line: null,
      action: 'Không dùng làm dữ liệu của văn bản; nếu đúng, sửa tay bằng tệp .yaml bên cạnh tệp nguồn.',
    });
  }
  if (differ.length) {
    notes.push({
      level: 'warning',
      code: 'site-info-differs',
      message: `Trang nguồn ghi khác văn bản: ${differ.join('; ')}.`,
      line: null,
      action: 'Giữ theo văn bản; đối chiếu bản gốc.',
    });
  }
  return notes;
}
