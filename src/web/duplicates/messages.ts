import { defineTexts } from '../../domain/text/texts';

/** Reviewing possible duplicate records. */
export const duplicateMessages = defineTexts({
  menuDuplicates: { vi: 'Trùng lặp', en: 'Duplicates' },
  duplicatesTitle: { vi: 'Hồ sơ có thể trùng lặp', en: 'Possible duplicate records' },
  pairStatus_open: { vi: 'Chờ xem xét', en: 'To review' },
  pairStatus_deferred: { vi: 'Để sau', en: 'Deferred' },
  pairStatus_not_duplicate: { vi: 'Không trùng', en: 'Not duplicates' },
  pairStatus_merged: { vi: 'Đã gộp', en: 'Merged' },
  duplicatesCrossProvince: {
    vi: 'Có {n} cặp liên quan đến hồ sơ của tỉnh khác: cán bộ cấp Bộ xem xét.',
    en: '{n} pairs involve records of another province: national administrators review them.',
  },
  duplicatesNone: { vi: 'Không có cặp nào', en: 'No pairs' },
  duplicatesScore: { vi: 'Điểm', en: 'Score' },
  duplicatesRecordA: { vi: 'Hồ sơ A', en: 'Record A' },
  duplicatesRecordB: { vi: 'Hồ sơ B', en: 'Record B' },
  duplicatesFound: { vi: 'Phát hiện lúc', en: 'Found' },
  duplicatesCheckAll: { vi: 'Kiểm tra trùng lặp toàn bộ dữ liệu', en: 'Check the whole registry for duplicates' },
  duplicatesCheckRunning: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  duplicatesLastCheck: {
    vi: 'Lần kiểm tra gần nhất: {at}, {records} hồ sơ, {pairs} cặp',
    en: 'Last check: {at}, {records} records, {pairs} pairs',
  },
  duplicatesBack: { vi: 'Danh sách trùng lặp', en: 'Duplicate list' },
  duplicatesPair: { vi: 'Cặp hồ sơ', en: 'Pair of records' },
  duplicatesEvidence: {
    vi: 'Căn cứ (điểm càng cao càng có khả năng là một người)',
    en: 'Evidence (the higher the score, the likelier one person)',
  },
  duplicatesKeep: { vi: 'Giữ hồ sơ này', en: 'Keep this record' },
  duplicatesMergeHelp: {
    vi: 'Chọn hồ sơ giữ lại và, ở mỗi dòng khác nhau, giá trị đúng. Tên khác, điện thoại, email, giấy tờ và thân nhân của cả hai hồ sơ đều được giữ.',
    en: 'Choose the record to keep and, on each line that differs, the right value. Other names, phones, emails, documents and relatives of both records are all kept.',
  },
  duplicatesMerge: { vi: 'Gộp hai hồ sơ', en: 'Merge the two records' },
  duplicatesMergeConfirm: { vi: 'Gộp hai hồ sơ? Có thể hoàn tác.', en: 'Merge the two records? This can be undone.' },
  duplicatesNotDuplicate: { vi: 'Không phải trùng lặp', en: 'Not a duplicate' },
  duplicatesDefer: { vi: 'Để sau', en: 'Defer' },
  duplicatesReopen: { vi: 'Xem xét lại', en: 'Review again' },
  duplicatesUndo: { vi: 'Hoàn tác gộp', en: 'Undo the merge' },
  duplicatesUndoConfirm: {
    vi: 'Tách lại hai hồ sơ như trước khi gộp?',
    en: 'Split the records as they were before the merge?',
  },
  duplicatesOfPerson: {
    vi: 'Hồ sơ này có thể trùng với {n} hồ sơ khác',
    en: 'This record may duplicate {n} other records',
  },
  batchMergeTitle: { vi: 'Gộp hàng loạt các cặp chắc chắn', en: 'Merge the sure pairs at once' },
  batchMergeHelp: {
    vi: 'Các cặp có điểm rất cao (≥ 8) được gộp không cần xem từng cặp: giữ hồ sơ cũ hơn, lấy thêm thông tin còn thiếu từ hồ sơ kia. Cặp nào hai hồ sơ ghi khác nhau một thông tin thì để lại xem xét. Mỗi lần gộp đều hoàn tác được.',
    en: 'Pairs of a very high score (≥ 8) are merged without reviewing each: the older record stays and takes what it lacks from the other. A pair whose records disagree on a fact is left for review. Every merge can be undone.',
  },
  batchMergePreview: { vi: 'Xem trước', en: 'Preview' },
  batchMergeKept: { vi: 'Hồ sơ giữ lại', en: 'Record kept' },
  batchMergeOther: { vi: 'Hồ sơ gộp vào', en: 'Record merged in' },
  batchMergeFacts: { vi: 'Thông tin lấy thêm', en: 'Facts taken' },
  batchMergeConflict: { vi: 'Khác nhau, để lại xem xét', en: 'Differs, left for review' },
  batchMergeConfirm: { vi: 'Gộp {n} cặp?', en: 'Merge {n} pairs?' },
  batchMergeRun: { vi: 'Gộp {n} cặp', en: 'Merge {n} pairs' },
  batchMergeUndo: { vi: 'Hoàn tác {n} lần gộp vừa rồi', en: 'Undo the {n} merges just made' },
  batchMergeDone: {
    vi: 'Đã gộp {merged} cặp; {skipped} cặp để lại xem xét.',
    en: '{merged} pairs merged; {skipped} left for review.',
  },
});
