import { defineTexts } from '../../domain/text/texts';

/** The dashboard (tổng quan). */
export const dashboardMessages = defineTexts({
  dashboardTitle: { vi: 'Tổng quan', en: 'Overview' },
  scopeNational: { vi: 'Toàn quốc', en: 'Nationwide' },
  activeUsers: { vi: 'Tài khoản đang hoạt động', en: 'Active users' },
  auditEventsToday: { vi: 'Thao tác hôm nay', en: 'Actions today' },
  failedLoginsToday: { vi: 'Đăng nhập sai hôm nay', en: 'Failed sign-ins today' },
  provinces2025: { vi: 'Tỉnh, thành phố (từ 01/7/2025)', en: 'Provinces (since 1 July 2025)' },
  legacyProvinces: { vi: 'Tỉnh, thành phố cũ (trước 01/7/2025)', en: 'Former provinces (before 1 July 2025)' },
  countries: { vi: 'Quốc gia, vùng lãnh thổ', en: 'Countries and territories' },
  mergeChartTitle: {
    vi: 'Sắp xếp đơn vị hành chính cấp tỉnh (Nghị quyết 202/2025/QH15): số tỉnh cũ hợp thành mỗi tỉnh mới',
    en: 'Provincial merger (Resolution 202/2025/QH15): former provinces in each new province',
  },
  personsByCountry: { vi: 'Kiều bào theo nước cư trú', en: 'Persons by country of residence' },
  personsByProvince: { vi: 'Kiều bào theo quê quán (tỉnh, thành phố 2025)', en: 'Persons by hometown (2025 province)' },
  totalPersons: { vi: 'Tổng số hồ sơ kiều bào', en: 'Person records' },
});
