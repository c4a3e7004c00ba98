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
});
