import { defineTexts } from '../../domain/text/texts';

/** The application's frame and the words every page uses: menu, buttons, errors. */
export const layoutMessages = defineTexts({
  appName: { vi: 'Cầu Nối', en: 'Cầu Nối' },
  appTagline: { vi: 'Cơ sở dữ liệu người Việt Nam ở nước ngoài', en: 'Database of overseas Vietnamese' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  create: { vi: 'Thêm mới', en: 'New' },
  edit: { vi: 'Sửa', en: 'Edit' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  loadMore: { vi: 'Xem thêm', en: 'Load more' },
  all: { vi: 'Tất cả', en: 'All' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  menuDashboard: { vi: 'Tổng quan', en: 'Overview' },
  menuPersons: { vi: 'Kiều bào', en: 'Overseas Vietnamese' },
  menuAssociations: { vi: 'Hội đoàn', en: 'Associations' },
  menuExperts: { vi: 'Chuyên gia, trí thức', en: 'Experts' },
  menuImports: { vi: 'Nhập, xuất dữ liệu', en: 'Import and export' },
  menuAdmin: { vi: 'Quản trị', en: 'Administration' },
  menuUsers: { vi: 'Tài khoản', en: 'Users' },
  menuAudit: { vi: 'Nhật ký truy cập', en: 'Audit log' },
  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  forbiddenTitle: { vi: 'Bạn không có quyền truy cập trang này', en: 'You may not open this page' },
  backHome: { vi: 'Về trang chủ', en: 'Back home' },
  errorGeneric: { vi: 'Đã có lỗi xảy ra', en: 'Something went wrong' },
});
