import { defineMessages } from '../i18n/defineMessages';

export const relativeMessages = defineMessages(
  {
    menuRelatives: 'Thân nhân',
    relativesTitle: 'Thân nhân trong nước',
    relativesSearchName: 'Họ tên thân nhân (có dấu hoặc không)',
    relativesSearchPhone: 'Số điện thoại',
    relativesPersons: 'Số kiều bào liên quan',
    relativesNone: 'Chưa có thân nhân nào. Thân nhân được thêm từ hồ sơ kiều bào.',
    relativeExisting: 'Thân nhân đã có',
    relativeExistingHint:
      'Chọn một thân nhân đã có trong dữ liệu (ví dụ cùng là mẹ của hai kiều bào): sửa số điện thoại, địa chỉ ở đây thì mọi hồ sơ liên quan đều thấy',
    relativeNew: 'Thân nhân mới',
    relativeNoneFound: 'Không thấy thân nhân nào',
    relativeTypeToSearch: 'Gõ ít nhất 2 chữ để tìm',
    relativeLinkedPersons: 'Kiều bào có thân nhân này',
    relativeSharedNote: 'Sửa ở đây thì mọi hồ sơ kiều bào có thân nhân này đều thấy thông tin mới.',
    relativeSaved: 'Đã lưu thân nhân',
    relativeOtherProvinces: 'và {n} hồ sơ ở địa bàn khác',
  },
  {
    menuRelatives: 'Relatives',
    relativesTitle: 'Relatives in Việt Nam',
    relativesSearchName: "Relative's name (with or without diacritics)",
    relativesSearchPhone: 'Phone',
    relativesPersons: 'Persons linked',
    relativesNone: 'No relatives yet. Relatives are added from persons’ records.',
    relativeExisting: 'Recorded relative',
    relativeExistingHint:
      'Choose a relative already recorded (the mother of two persons abroad, say): a phone or address changed here shows on every record linked to them',
    relativeNew: 'New relative',
    relativeNoneFound: 'No relative found',
    relativeTypeToSearch: 'Type at least 2 letters to search',
    relativeLinkedPersons: 'Persons abroad with this relative',
    relativeSharedNote: 'A change here shows on every person linked to this relative.',
    relativeSaved: 'Relative saved',
    relativeOtherProvinces: 'and {n} records of other jurisdictions',
  },
);
