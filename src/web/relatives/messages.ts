import { defineTexts } from '../../domain/text/texts';

/** The relatives' pages (thân nhân). */
export const relativeMessages = defineTexts({
  menuRelatives: { vi: 'Thân nhân', en: 'Relatives' },
  relativesTitle: { vi: 'Thân nhân trong nước', en: 'Relatives in Việt Nam' },
  relativesSearchName: {
    vi: 'Họ tên thân nhân (có dấu hoặc không)',
    en: "Relative's name (with or without diacritics)",
  },
  relativesSearchPhone: { vi: 'Số điện thoại', en: 'Phone' },
  relativesPersons: { vi: 'Số kiều bào liên quan', en: 'Persons linked' },
  relativesNone: {
    vi: 'Chưa có thân nhân nào. Thân nhân được thêm từ hồ sơ kiều bào.',
    en: 'No relatives yet. Relatives are added from persons’ records.',
  },
  relativeExisting: { vi: 'Thân nhân đã có', en: 'Recorded relative' },
  relativeExistingHint: {
    vi: 'Chọn một thân nhân đã có trong dữ liệu (ví dụ cùng là mẹ của hai kiều bào): sửa số điện thoại, địa chỉ ở đây thì mọi hồ sơ liên quan đều thấy',
    en: 'Choose a relative already recorded (the mother of two persons abroad, say): a phone or address changed here shows on every record linked to them',
  },
  relativeNew: { vi: 'Thân nhân mới', en: 'New relative' },
  relativeNoneFound: { vi: 'Không thấy thân nhân nào', en: 'No relative found' },
  relativeTypeToSearch: { vi: 'Gõ ít nhất 2 chữ để tìm', en: 'Type at least 2 letters to search' },
  relativeLinkedPersons: { vi: 'Kiều bào có thân nhân này', en: 'Persons abroad with this relative' },
  relativeSharedNote: {
    vi: 'Sửa ở đây thì mọi hồ sơ kiều bào có thân nhân này đều thấy thông tin mới.',
    en: 'A change here shows on every person linked to this relative.',
  },
  relativeSaved: { vi: 'Đã lưu thân nhân', en: 'Relative saved' },
  relativeOtherProvinces: { vi: 'và {n} hồ sơ ở địa bàn khác', en: 'and {n} records of other jurisdictions' },
});
