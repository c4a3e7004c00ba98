import { ACTIVITY_STATUS, dateOrder, field, l, type RegisterSpec } from './registerSpec';

// The registers the seeds name beside the first ten (issue 21): each is only a description; the
// register service, routes, pages, exports and tests are the same for all.

/**
 * Học bổng ngoài Hiệp định: scholarships the province grants, at a partner locality's request (Lào,
 * Campuchia), to its students beyond those of the intergovernmental agreements.
 */
export const SCHOLARSHIPS: RegisterSpec = {
  key: 'scholarships',
  table: 'scholarship',
  title: l('Học bổng ngoài Hiệp định', 'Scholarships outside the agreements'),
  singular: l('Học bổng', 'Scholarship'),
  orderBy: 'year',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('name', 'name', l('Tên chương trình học bổng', 'Scholarship'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('requester', 'requester', l('Đối tác đề nghị', 'Requested by'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { required: true, list: true, filter: true }),
    field('year', 'year', l('Năm', 'Year'), 'integer', { required: true, list: true }),
    field('institution', 'institution', l('Cơ sở đào tạo tiếp nhận', 'Host institution'), 'text', { search: true }),
    field('places', 'places', l('Số suất đề nghị', 'Places requested'), 'integer', { list: true }),
    field('awarded', 'awarded', l('Số suất được cấp', 'Places granted'), 'integer'),
    field('funding', 'funding', l('Kinh phí', 'Funding'), 'money'),
    field('levels', 'levels', l('Bậc học', 'Levels'), 'enums', {
      options: {
        undergraduate: l('Đại học', 'Undergraduate'),
        master: l('Thạc sĩ', 'Master'),
        doctorate: l('Tiến sĩ', 'Doctorate'),
        short_course: l('Ngắn hạn', 'Short course'),
      },
    }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        requested: l('Đang đề nghị', 'Requested'),
        granted: l('Được cấp', 'Granted'),
        declined: l('Không được cấp', 'Declined'),
      },
    }),
    field('notes', 'notes', l('Ghi chú', 'Notes'), 'longText'),
  ],
};

/** Dự án hợp tác với các tỉnh của Lào, Campuchia: roads, a friendship park, equipment, offices. */
export const NEIGHBOUR_PROJECTS: RegisterSpec = {
  key: 'neighbour-projects',
  table: 'neighbour_project',
  title: l('Dự án hợp tác với tỉnh bạn Lào, Campuchia', 'Projects with Lao and Cambodian provinces'),
  singular: l('Dự án', 'Project'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('name', 'name', l('Tên dự án', 'Project'), 'text', { required: true, list: true, search: true }),
    field('partner', 'partner', l('Tỉnh bạn', 'Partner province'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { required: true, list: true, filter: true }),
    field('kind', 'kind', l('Loại công trình', 'Kind'), 'enum', {
      required: true,
      filter: true,
      options: {
        road: l('Đường giao thông', 'Road'),
        park: l('Công viên hữu nghị', 'Friendship park'),
        equipment: l('Trang thiết bị', 'Equipment'),
        office: l('Trụ sở làm việc', 'Offices'),
        other: l('Khác', 'Other'),
      },
    }),
    field('cost', 'cost', l('Kinh phí', 'Cost'), 'money'),
    field('startOn', 'start_on', l('Khởi công', 'Started'), 'date', { list: true }),
    field('endOn', 'end_on', l('Hoàn thành', 'Finished'), 'date'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: ACTIVITY_STATUS,
    }),
    field('outcomes', 'outcomes', l('Kết quả', 'Outcomes'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Lớp bồi dưỡng nghiệp vụ đối ngoại for officials. */
export const TRAINING_COURSES: RegisterSpec = {
  key: 'training-courses',
  table: 'training_course',
  title: l('Bồi dưỡng nghiệp vụ đối ngoại', 'Foreign-affairs training for officials'),
  singular: l('Lớp bồi dưỡng', 'Course'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('title', 'title', l('Tên lớp', 'Course'), 'text', { required: true, list: true, search: true }),
    field('organiser', 'organiser', l('Đơn vị tổ chức', 'Organised by'), 'text', { list: true, search: true }),
    field('topics', 'topics', l('Nội dung', 'Topics'), 'enums', {
      filter: true,
      options: {
        foreign_affairs: l('Nghiệp vụ đối ngoại', 'Foreign affairs'),
        economic_diplomacy: l('Ngoại giao kinh tế', 'Economic diplomacy'),
        ngo_aid: l('Vận động, quản lý viện trợ phi chính phủ', 'NGO aid'),
        overseas_vietnamese: l('Công tác người Việt Nam ở nước ngoài', 'Overseas Vietnamese affairs'),
        languages: l('Ngoại ngữ', 'Languages'),
      },
    }),
    field('startOn', 'start_on', l('Từ ngày', 'From'), 'date', { required: true, list: true }),
    field('endOn', 'end_on', l('Đến ngày', 'To'), 'date', { required: true }),
    field('location', 'location', l('Địa điểm', 'Where'), 'text'),
    field('participants', 'participants', l('Số học viên', 'Participants'), 'integer', { list: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      filter: true,
      options: ACTIVITY_STATUS,
    }),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Hợp tác lao động với địa phương nước ngoài (Korea, Japan: seasonal and contract work). */
export const LABOUR_COOPERATION: RegisterSpec = {
  key: 'labour-cooperation',
  table: 'labour_cooperation',
  title: l('Hợp tác lao động với địa phương nước ngoài', 'Labour cooperation with foreign localities'),
  singular: l('Chương trình hợp tác lao động', 'Labour programme'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('partner', 'partner', l('Địa phương đối tác', 'Partner locality'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { required: true, list: true, filter: true }),
    field('kind', 'kind', l('Hình thức', 'Kind'), 'enum', {
      required: true,
      filter: true,
      options: {
        seasonal: l('Lao động thời vụ', 'Seasonal work'),
        contract: l('Lao động theo hợp đồng', 'Contract work'),
      },
    }),
    field('sectors', 'sectors', l('Ngành nghề', 'Sectors'), 'tags'),
    field('workers', 'workers', l('Số lao động', 'Workers'), 'integer', { list: true }),
    field('startOn', 'start_on', l('Bắt đầu', 'Started'), 'date', { list: true }),
    field('agreementIds', 'agreement_ids', l('Thỏa thuận liên quan', 'Related agreements'), 'agreements'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      filter: true,
      options: ACTIVITY_STATUS,
    }),
    field('notes', 'notes', l('Ghi chú', 'Notes'), 'longText'),
  ],
};

/** Đối tác thương mại theo quốc gia: what the province trades with each country, by year. */
export const TRADE_PARTNERS: RegisterSpec = {
  key: 'trade-partners',
  table: 'trade_partner',
  title: l('Đối tác thương mại theo quốc gia', 'Trade partners by country'),
  singular: l('Đối tác thương mại', 'Trade partner'),
  orderBy: 'year',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { required: true, list: true, filter: true }),
    field('year', 'year', l('Năm', 'Year'), 'integer', { required: true, list: true }),
    field('exports', 'exports', l('Kim ngạch xuất khẩu', 'Exports'), 'money', { list: true }),
    field('imports', 'imports', l('Kim ngạch nhập khẩu', 'Imports'), 'money'),
    field('products', 'products', l('Mặt hàng chính', 'Main products'), 'tags', { search: true }),
    field('keyPartners', 'key_partners', l('Đối tác tiêu biểu', 'Key partners'), 'text', { search: true }),
    field('notes', 'notes', l('Ghi chú', 'Notes'), 'longText'),
  ],
};

/** Truyền thông của cộng đồng: overseas Vietnamese media and journalists' visits home. */
export const MEDIA_VISITS: RegisterSpec = {
  key: 'media-visits',
  table: 'media_visit',
  title: l('Phóng viên, truyền thông kiều bào về thăm', "Overseas media and journalists' visits"),
  singular: l('Đoàn phóng viên', 'Visit'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('outlet', 'outlet', l('Cơ quan truyền thông', 'Media outlet'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { list: true, filter: true }),
    field('startOn', 'start_on', l('Từ ngày', 'From'), 'date', { required: true, list: true }),
    field('endOn', 'end_on', l('Đến ngày', 'To'), 'date', { required: true }),
    field('journalists', 'journalists', l('Phóng viên', 'Journalists'), 'tags', { search: true }),
    field('personIds', 'person_ids', l('Phóng viên là kiều bào có hồ sơ', 'Recorded overseas Vietnamese'), 'persons'),
    field('programme', 'programme', l('Chương trình, nội dung', 'Programme'), 'longText'),
    field('coverage', 'coverage', l('Tin, bài đã đăng', 'Coverage'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Chức sắc, tín đồ tôn giáo là kiều bào về nước tham gia sinh hoạt tôn giáo. */
export const RELIGIOUS_VISITS: RegisterSpec = {
  key: 'religious-visits',
  table: 'religious_visit',
  title: l('Chức sắc tôn giáo kiều bào về thăm', 'Visits of religious dignitaries'),
  singular: l('Đoàn chức sắc', 'Visit'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('leader', 'leader', l('Trưởng đoàn, chức sắc', 'Dignitary'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('religion', 'religion', l('Tôn giáo', 'Religion'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        buddhism: l('Phật giáo', 'Buddhism'),
        catholicism: l('Công giáo', 'Catholicism'),
        protestantism: l('Tin lành', 'Protestantism'),
        caodaism: l('Cao Đài', 'Caodaism'),
        hoa_hao: l('Phật giáo Hòa Hảo', 'Hòa Hảo Buddhism'),
        other: l('Khác', 'Other'),
      },
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { list: true, filter: true }),
    field('startOn', 'start_on', l('Từ ngày', 'From'), 'date', { required: true, list: true }),
    field('endOn', 'end_on', l('Đến ngày', 'To'), 'date', { required: true }),
    field('personIds', 'person_ids', l('Thành viên có hồ sơ', 'Recorded members'), 'persons'),
    field('activities', 'activities', l('Hoạt động', 'Activities'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Người có công với cách mạng đang định cư ở nước ngoài, and the regimes they receive. */
export const MERIT_ABROAD: RegisterSpec = {
  key: 'merit-abroad',
  table: 'merit_abroad',
  title: l('Người có công với cách mạng ở nước ngoài', 'People with merit to the revolution living abroad'),
  singular: l('Người có công', 'Person with merit'),
  orderBy: 'full_name',
  orderDescending: false,
  hasNotes: false,
  fields: [
    field('fullName', 'full_name', l('Họ và tên', 'Full name'), 'text', { required: true, list: true, search: true }),
    field('personId', 'person_id', l('Hồ sơ kiều bào', 'Registry record'), 'person'),
    field('country', 'country', l('Nước định cư', 'Country of residence'), 'country', { list: true, filter: true }),
    field('merit', 'merit', l('Diện', 'Kind'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        revolution: l('Người có công với cách mạng', 'Merit to the revolution'),
        resistance: l('Người tham gia kháng chiến', 'Resistance participant'),
        defence: l('Tham gia chiến tranh bảo vệ Tổ quốc', 'Defence of the Fatherland'),
        international_duty: l('Làm nhiệm vụ quốc tế', 'International duty'),
      },
    }),
    field('regime', 'regime', l('Chế độ đãi ngộ', 'Benefits'), 'longText'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      filter: true,
      options: {
        reviewing: l('Đang xem xét', 'Under review'),
        receiving: l('Đang hưởng chế độ', 'Receiving'),
        stopped: l('Dừng hưởng', 'Stopped'),
      },
    }),
  ],
};

export const ENGAGEMENT_REGISTERS = [
  SCHOLARSHIPS,
  NEIGHBOUR_PROJECTS,
  TRAINING_COURSES,
  LABOUR_COOPERATION,
  TRADE_PARTNERS,
  MEDIA_VISITS,
  RELIGIOUS_VISITS,
  MERIT_ABROAD,
] as const;
