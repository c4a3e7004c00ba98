import { defineTexts } from '../../domain/text/texts';

/** The organisation's units, missions abroad and consular registration. */
export const orgUnitMessages = defineTexts({
  menuOrgUnits: { vi: 'Hệ thống đơn vị', en: 'Organisation' },
  orgUnitsTitle: { vi: 'Hệ thống đơn vị', en: 'Organisation units' },
  orgProvinces: { vi: 'Tỉnh, thành phố', en: 'Provinces' },
  orgMissions: { vi: 'Cơ quan đại diện Việt Nam ở nước ngoài', en: 'Missions of Viet Nam abroad' },
  orgAgencies: { vi: 'Sở, ban, ngành', en: 'Agencies' },
  orgCommunes: { vi: 'Xã, phường, đặc khu (2025)', en: 'Communes (2025)' },
  orgUsers: { vi: 'tài khoản', en: 'accounts' },
  orgPickProvince: {
    vi: 'Chọn một tỉnh để xem sở, ngành và xã, phường',
    en: 'Pick a province to see its agencies and communes',
  },
  missionNew: { vi: 'Thêm cơ quan đại diện', en: 'New mission' },
  missionEdit: { vi: 'Sửa cơ quan đại diện', en: 'Edit mission' },
  missionCode: { vi: 'Mã (số vụ việc)', en: 'Code (case numbers)' },
  missionKind: { vi: 'Loại', en: 'Kind' },
  missionName: { vi: 'Tên', en: 'Name' },
  missionNameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  missionSeat: { vi: 'Nước đặt trụ sở', en: 'Seat country' },
  missionCity: { vi: 'Thành phố', en: 'City' },
  missionCountries: { vi: 'Địa bàn lãnh sự (các nước)', en: 'Consular district (countries)' },
  missionDistrictNote: { vi: 'Ghi chú địa bàn (bang, tỉnh)', en: 'District note (states, prefectures)' },
  missionActive: { vi: 'Đang hoạt động', en: 'Active' },
  consularTitle: { vi: 'Đăng ký công dân', en: 'Consular registration' },
  consularHint: {
    vi: 'Ghi hồ sơ công dân Việt Nam cư trú trong địa bàn theo tờ khai đã ký; hồ sơ do tỉnh quê hương quản lý và được đối chiếu trùng lặp.',
    en: 'Record a Vietnamese citizen of the district from their signed form; the home province keeps the record and it is checked for duplicates.',
  },
  consularFormNumber: { vi: 'Số tờ khai', en: 'Form number' },
  consularRegisteredOn: { vi: 'Ngày đăng ký', en: 'Registered on' },
  consularConsents: { vi: 'Công dân đồng ý (theo tờ khai)', en: 'The citizen agreed to (on the form)' },
  consularDone: { vi: 'Đã đăng ký công dân', en: 'Citizen registered' },
  consularDuplicates: {
    vi: '{count} hồ sơ có thể trùng: tỉnh quê hương sẽ xem xét',
    en: '{count} possible duplicates: the home province will review them',
  },
  consularNotShared: {
    vi: 'Công dân không đồng ý chia sẻ: cơ quan đại diện không xem lại được hồ sơ này',
    en: 'The citizen did not agree to sharing: the mission cannot see this record again',
  },
});
