import type { Clause, DocumentModel } from '../../../src/lib/model.ts';
import { emptyDocument } from '../../helpers/model.ts';

/** A bare document for synthetic alignment fixtures: one numbered clause per text. */
export function makeDoc(id: string, texts: string[], extra: Partial<DocumentModel> = {}): DocumentModel {
  const clauses: Clause[] = texts.map((text, i) => ({
    id: `khoan-${i + 1}`,
    kind: 'clause',
    label: `${i + 1}.`,
    title: null,
    text,
    line: i + 1,
    children: [],
  }));
  return emptyDocument({
    id,
    source: { file: `${id}.txt`, sha256: '', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false },
    clauses,
    ...extra,
  });
}

/** Five clauses on five different tasks, worded as provincial directives word them. */
export const TASKS = [
  'Sở Giáo dục và Đào tạo chỉ đạo các trường học đưa nội dung giáo dục quốc phòng, an ninh và kiến thức về biên giới quốc gia vào chương trình ngoại khóa; tổ chức cuộc thi tìm hiểu về chủ quyền biên giới, biển, đảo cho học sinh.',
  'Sở Y tế bố trí đội ngũ y, bác sĩ tăng cường cho các trạm y tế xã biên giới; phối hợp với quân y các đồn biên phòng khám, chữa bệnh, cấp phát thuốc miễn phí cho Nhân dân khu vực biên giới.',
  'Sở Nông nghiệp và Môi trường hướng dẫn Nhân dân khu vực biên giới chuyển đổi cơ cấu cây trồng, vật nuôi; hỗ trợ giống, kỹ thuật canh tác để nâng cao thu nhập, ổn định đời sống, gắn bó với đất, với làng bản.',
  'Công an tỉnh chủ trì đấu tranh phòng, chống tội phạm ma túy, mua bán người, xuất nhập cảnh trái phép qua biên giới; bảo đảm an ninh chính trị, trật tự an toàn xã hội ở khu vực biên giới.',
  'Báo và Phát thanh, truyền hình tỉnh mở chuyên trang, chuyên mục về biên giới; đưa tin kịp thời các hoạt động kết nghĩa, đỡ đầu và gương người tốt, việc tốt trong bảo vệ chủ quyền lãnh thổ.',
];

/** Clauses of a wholly different document: a school's plan for the new school year. */
export const UNRELATED = [
  'Nhà trường tổ chức lễ khai giảng năm học mới vào ngày 05 tháng 9, mời đại diện cha mẹ học sinh tham dự.',
  'Giáo viên chủ nhiệm rà soát danh sách học sinh, cập nhật thông tin liên lạc và lập kế hoạch chủ nhiệm lớp.',
  'Tổ chuyên môn xây dựng phân phối chương trình, đề kiểm tra định kỳ và kế hoạch bồi dưỡng học sinh giỏi.',
  'Bộ phận kế toán quyết toán kinh phí năm học trước, lập dự toán mua sắm bàn ghế, thiết bị dạy học.',
];
