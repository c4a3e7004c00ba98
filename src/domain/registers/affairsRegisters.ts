import { dateOrder, field, l, type RegisterSpec } from './registerSpec';
import { ENGAGEMENT_REGISTERS } from './engagementRegisters';

const COOPERATION_FIELDS = {
  economy: l('Kinh tế', 'Economy'),
  trade: l('Thương mại', 'Trade'),
  investment: l('Đầu tư', 'Investment'),
  agriculture: l('Nông nghiệp', 'Agriculture'),
  education: l('Giáo dục, đào tạo', 'Education'),
  culture: l('Văn hóa', 'Culture'),
  tourism: l('Du lịch', 'Tourism'),
  health: l('Y tế', 'Health'),
  science: l('Khoa học, công nghệ', 'Science and technology'),
  environment: l('Môi trường, biến đổi khí hậu', 'Environment'),
  labour: l('Lao động', 'Labour'),
  people_exchange: l('Giao lưu nhân dân', "People's exchange"),
};

const SECTORS = {
  agriculture: l('Nông nghiệp, thủy sản', 'Agriculture and fisheries'),
  processing: l('Chế biến, chế tạo', 'Manufacturing'),
  trade: l('Thương mại, dịch vụ', 'Trade and services'),
  tourism: l('Du lịch, nhà hàng, khách sạn', 'Tourism and hospitality'),
  real_estate: l('Bất động sản, hạ tầng', 'Real estate and infrastructure'),
  energy: l('Năng lượng', 'Energy'),
  it: l('Công nghệ thông tin', 'Information technology'),
  education: l('Giáo dục', 'Education'),
  health: l('Y tế', 'Health'),
  logistics: l('Logistics', 'Logistics'),
  other: l('Khác', 'Other'),
};

/** Thỏa thuận hợp tác: agreements and MOUs of the province and its agencies with foreign partners. */
export const AGREEMENTS: RegisterSpec = {
  key: 'agreements',
  table: 'agreement',
  title: l('Thỏa thuận hợp tác quốc tế', 'International agreements'),
  singular: l('Thỏa thuận', 'Agreement'),
  orderBy: 'partner',
  orderDescending: false,
  hasNotes: true,
  fields: [
    field('partner', 'partner', l('Đối tác nước ngoài', 'Foreign partner'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('partnerKind', 'partner_kind', l('Loại đối tác', 'Kind of partner'), 'enum', {
      required: true,
      options: {
        locality: l('Chính quyền địa phương', 'Local government'),
        organisation: l('Tổ chức', 'Organisation'),
      },
    }),
    field('country', 'country', l('Quốc gia', 'Country'), 'country', { required: true, list: true, filter: true }),
    field('title', 'title', l('Tên văn bản', 'Title'), 'text', { required: true, search: true }),
    field('level', 'level', l('Cấp ký kết', 'Level'), 'enum', {
      required: true,
      list: true,
      options: { province: l('Cấp tỉnh', 'Province'), department: l('Cấp sở, ngành', 'Department') },
    }),
    field('signingAgency', 'signing_agency', l('Cơ quan ký kết', 'Signing agency'), 'text', { search: true }),
    field('fields', 'fields', l('Lĩnh vực', 'Fields'), 'enums', { options: COOPERATION_FIELDS, filter: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        planned: l('Dự kiến ký', 'Planned'),
        signed: l('Đã ký, còn hiệu lực', 'Signed'),
        renewal_planned: l('Dự kiến gia hạn', 'Renewal planned'),
        renewed: l('Đã gia hạn', 'Renewed'),
        expired: l('Hết hiệu lực', 'Expired'),
        terminated: l('Chấm dứt', 'Terminated'),
      },
    }),
    field('plannedOn', 'planned_on', l('Ngày dự kiến ký', 'Planned for'), 'date'),
    field('signedOn', 'signed_on', l('Ngày ký', 'Signed on'), 'date', { list: true }),
    field('renewedOn', 'renewed_on', l('Ngày gia hạn', 'Renewed on'), 'date'),
    field('expiresOn', 'expires_on', l('Ngày hết hạn', 'Expires on'), 'date', { list: true }),
    field('summary', 'summary', l('Nội dung chính', 'Summary'), 'longText'),
  ],
  refine: dateOrder('signedOn', 'expiresOn'),
};

/** Đoàn ra, đoàn vào: delegations going abroad and received from abroad. */
export const DELEGATIONS: RegisterSpec = {
  key: 'delegations',
  table: 'delegation',
  title: l('Đoàn ra, đoàn vào', 'Delegations'),
  singular: l('Đoàn', 'Delegation'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: true,
  fields: [
    field('title', 'title', l('Tên đoàn', 'Delegation'), 'text', { required: true, list: true, search: true }),
    field('direction', 'direction', l('Loại đoàn', 'Direction'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: { out: l('Đoàn ra', 'Going abroad'), in: l('Đoàn vào', 'Received') },
    }),
    field('countries', 'countries', l('Quốc gia', 'Countries'), 'countries', { list: true, filter: true }),
    field('startOn', 'start_on', l('Từ ngày', 'From'), 'date', { required: true, list: true }),
    field('endOn', 'end_on', l('Đến ngày', 'To'), 'date', { required: true }),
    field('leader', 'leader', l('Trưởng đoàn', 'Head of delegation'), 'text', { search: true, list: true }),
    field('purpose', 'purpose', l('Mục đích', 'Purpose'), 'longText'),
    field('staff', 'staff', l('Thành viên (cán bộ)', 'Members (officials)'), 'tags'),
    field('personIds', 'person_ids', l('Thành viên là kiều bào', 'Overseas Vietnamese members'), 'persons'),
    field('agreementIds', 'agreement_ids', l('Thỏa thuận liên quan', 'Related agreements'), 'agreements'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: { planned: l('Dự kiến', 'Planned'), done: l('Đã thực hiện', 'Done'), cancelled: l('Hủy', 'Cancelled') },
    }),
    field('outcomes', 'outcomes', l('Kết quả', 'Outcomes'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Dự án phi chính phủ nước ngoài. */
export const NGO_PROJECTS: RegisterSpec = {
  key: 'ngo-projects',
  table: 'ngo_project',
  title: l('Dự án phi chính phủ nước ngoài', 'Foreign NGO projects'),
  singular: l('Dự án', 'Project'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: true,
  fields: [
    field('name', 'name', l('Tên dự án', 'Project'), 'text', { required: true, list: true, search: true }),
    field('donor', 'donor', l('Nhà tài trợ', 'Donor'), 'text', { required: true, list: true, search: true }),
    field('donorCountry', 'donor_country', l('Quốc gia nhà tài trợ', "Donor's country"), 'country', { filter: true }),
    field('fields', 'fields', l('Lĩnh vực', 'Fields'), 'enums', { options: COOPERATION_FIELDS, filter: true }),
    field('budget', 'budget', l('Kinh phí', 'Budget'), 'money', { list: true }),
    field('startOn', 'start_on', l('Bắt đầu', 'Start'), 'date', { list: true }),
    field('endOn', 'end_on', l('Kết thúc', 'End'), 'date'),
    field('location', 'location', l('Địa bàn', 'Location'), 'text', { search: true }),
    field('partnerAgency', 'partner_agency', l('Cơ quan đối tác', 'Partner agency'), 'text', { search: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        proposed: l('Đề xuất', 'Proposed'),
        approved: l('Đã phê duyệt', 'Approved'),
        ongoing: l('Đang thực hiện', 'Ongoing'),
        completed: l('Hoàn thành', 'Completed'),
        suspended: l('Tạm dừng', 'Suspended'),
      },
    }),
    field('summary', 'summary', l('Nội dung', 'Summary'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

/** Doanh nghiệp của kiều bào in the province. */
export const BUSINESSES: RegisterSpec = {
  key: 'businesses',
  table: 'business',
  title: l('Doanh nghiệp kiều bào', 'Overseas Vietnamese businesses'),
  singular: l('Doanh nghiệp', 'Business'),
  orderBy: 'name',
  orderDescending: false,
  hasNotes: true,
  fields: [
    field('name', 'name', l('Tên doanh nghiệp', 'Business'), 'text', { required: true, list: true, search: true }),
    field('taxCode', 'tax_code', l('Mã số thuế', 'Tax code'), 'text', { search: true }),
    field('ownerPersonIds', 'owner_person_ids', l('Chủ sở hữu (kiều bào)', 'Owners (overseas Vietnamese)'), 'persons', {
      list: true,
    }),
    field('ownerCountry', 'owner_country', l('Nước của nhà đầu tư', "Investor's country"), 'country', {
      filter: true,
      list: true,
    }),
    field('sector', 'sector', l('Ngành nghề', 'Sector'), 'enum', {
      required: true,
      options: SECTORS,
      list: true,
      filter: true,
    }),
    field('address', 'address', l('Địa chỉ', 'Address'), 'text'),
    field('capital', 'capital', l('Vốn', 'Capital'), 'money', { list: true }),
    field('jobs', 'jobs', l('Số lao động', 'Jobs'), 'integer', { list: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      filter: true,
      options: {
        active: l('Đang hoạt động', 'Active'),
        suspended: l('Tạm ngừng', 'Suspended'),
        closed: l('Giải thể', 'Closed'),
      },
    }),
    field('summary', 'summary', l('Ghi chú', 'Notes'), 'longText'),
  ],
};

export const INVESTMENT_PROJECTS: RegisterSpec = {
  key: 'investment-projects',
  table: 'investment_project',
  title: l('Dự án đầu tư của kiều bào', 'Investment projects of overseas Vietnamese'),
  singular: l('Dự án đầu tư', 'Investment project'),
  orderBy: 'name',
  orderDescending: false,
  hasNotes: false,
  fields: [
    field('name', 'name', l('Tên dự án', 'Project'), 'text', { required: true, list: true, search: true }),
    field('businessId', 'business_id', l('Doanh nghiệp', 'Business'), 'business', { list: true }),
    field('sector', 'sector', l('Ngành', 'Sector'), 'enum', {
      required: true,
      options: SECTORS,
      list: true,
      filter: true,
    }),
    field('location', 'location', l('Địa điểm', 'Location'), 'text', { search: true }),
    field('capital', 'capital', l('Vốn đầu tư', 'Capital'), 'money', { list: true }),
    field('jobs', 'jobs', l('Số lao động', 'Jobs'), 'integer', { list: true }),
    field('licensedOn', 'licensed_on', l('Ngày cấp phép', 'Licensed on'), 'date'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        proposed: l('Đang xúc tiến', 'Proposed'),
        licensed: l('Đã cấp phép', 'Licensed'),
        building: l('Đang xây dựng', 'Under construction'),
        operating: l('Đang hoạt động', 'Operating'),
        stopped: l('Dừng', 'Stopped'),
      },
    }),
    field('summary', 'summary', l('Ghi chú', 'Notes'), 'longText'),
  ],
};

/** Kiến nghị, vướng mắc of investors and how they were handled. */
export const INVESTMENT_ISSUES: RegisterSpec = {
  key: 'investment-issues',
  table: 'investment_issue',
  title: l('Kiến nghị, vướng mắc của nhà đầu tư', "Investors' problems"),
  singular: l('Kiến nghị', 'Problem'),
  orderBy: 'raised_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('businessId', 'business_id', l('Doanh nghiệp', 'Business'), 'business', { list: true }),
    field('raisedOn', 'raised_on', l('Ngày nêu', 'Raised on'), 'date', { required: true, list: true }),
    field('content', 'content', l('Nội dung kiến nghị', 'Problem'), 'longText', {
      required: true,
      list: true,
      search: true,
    }),
    field('handledBy', 'handled_by', l('Cơ quan xử lý', 'Handled by'), 'text', { list: true, search: true }),
    field('resolution', 'resolution', l('Kết quả xử lý', 'Resolution'), 'longText'),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        open: l('Mới tiếp nhận', 'Open'),
        in_progress: l('Đang xử lý', 'In progress'),
        resolved: l('Đã giải quyết', 'Resolved'),
      },
    }),
    field('resolvedOn', 'resolved_on', l('Ngày giải quyết', 'Resolved on'), 'date'),
  ],
  refine: (input, ctx) => {
    if (!input.businessId) ctx.addIssue({ code: 'custom', message: 'required', path: ['businessId'] });
    dateOrder('raisedOn', 'resolvedOn')(input, ctx);
  },
};

/** Danh mục dự án kêu gọi đầu tư: published to overseas Vietnamese (the open ones). */
export const CATALOGUE: RegisterSpec = {
  key: 'catalogue',
  table: 'catalogue_project',
  title: l('Danh mục dự án kêu gọi đầu tư', 'Projects open for investment'),
  singular: l('Dự án kêu gọi đầu tư', 'Project open for investment'),
  orderBy: 'name',
  orderDescending: false,
  hasNotes: false,
  fields: [
    field('name', 'name', l('Tên dự án', 'Project'), 'text', { required: true, list: true, search: true }),
    field('sector', 'sector', l('Lĩnh vực', 'Sector'), 'enum', {
      required: true,
      options: SECTORS,
      list: true,
      filter: true,
    }),
    field('location', 'location', l('Địa điểm', 'Location'), 'text', { required: true, list: true, search: true }),
    field('scale', 'scale', l('Quy mô', 'Scale'), 'text', { list: true }),
    field('capital', 'capital', l('Tổng vốn dự kiến', 'Expected capital'), 'money', { list: true }),
    field('incentives', 'incentives', l('Ưu đãi', 'Incentives'), 'longText'),
    field('contact', 'contact', l('Liên hệ', 'Contact'), 'text', { required: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: { open: l('Đang kêu gọi', 'Open'), closed: l('Đã có nhà đầu tư, dừng kêu gọi', 'Closed') },
    }),
  ],
};

/** Sự kiện: Tết gatherings, cultural exchanges, investment promotion conferences. */
export const EVENTS: RegisterSpec = {
  key: 'events',
  table: 'event',
  title: l('Sự kiện, hoạt động', 'Events'),
  singular: l('Sự kiện', 'Event'),
  orderBy: 'start_on',
  orderDescending: true,
  hasNotes: true,
  fields: [
    field('title', 'title', l('Tên sự kiện', 'Event'), 'text', { required: true, list: true, search: true }),
    field('kind', 'kind', l('Loại sự kiện', 'Kind'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        tet_gathering: l('Gặp mặt kiều bào dịp Tết', 'Tết gathering'),
        cultural_exchange: l('Giao lưu văn hóa', 'Cultural exchange'),
        investment_promotion: l('Xúc tiến đầu tư', 'Investment promotion'),
        conference: l('Hội nghị, hội thảo', 'Conference'),
        commemoration: l('Lễ kỷ niệm', 'Commemoration'),
        other: l('Khác', 'Other'),
      },
    }),
    field('mode', 'mode', l('Hình thức', 'Mode'), 'enum', {
      required: true,
      list: true,
      options: {
        on_site: l('Trực tiếp', 'On site'),
        online: l('Trực tuyến', 'Online'),
        hybrid: l('Kết hợp', 'Hybrid'),
      },
    }),
    field('startOn', 'start_on', l('Từ ngày', 'From'), 'date', { required: true, list: true }),
    field('endOn', 'end_on', l('Đến ngày', 'To'), 'date', { required: true }),
    field('location', 'location', l('Địa điểm', 'Location'), 'text', { list: true, search: true }),
    field('description', 'description', l('Nội dung', 'Description'), 'longText'),
    field('followUp', 'follow_up', l('Việc theo dõi sau sự kiện', 'Follow-up'), 'longText'),
  ],
  refine: dateOrder('startOn', 'endOn'),
};

const DONATION_PURPOSES = {
  health: l('Y tế', 'Health'),
  disabled_children: l('Trẻ em khuyết tật', 'Disabled children'),
  preschool: l('Giáo dục mầm non', 'Pre-school'),
  orphans: l('Trẻ mồ côi', 'Orphans'),
  women_vocational: l('Dạy nghề cho phụ nữ nghèo', 'Vocational training for poor women'),
  disaster_relief: l('Khắc phục thiên tai', 'Disaster relief'),
  education: l('Khuyến học', 'Education'),
  poverty: l('Xóa đói giảm nghèo, an sinh', 'Poverty relief'),
  other: l('Khác', 'Other'),
};

/** Ủng hộ, viện trợ nhân đạo from overseas Vietnamese and their organisations. */
export const DONATIONS: RegisterSpec = {
  key: 'donations',
  table: 'donation',
  title: l('Kiều bào ủng hộ, tài trợ', 'Donations'),
  singular: l('Khoản ủng hộ', 'Donation'),
  orderBy: 'received_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('donor', 'donor', l('Người, tổ chức ủng hộ', 'Donor'), 'text', { required: true, list: true, search: true }),
    field('donorKind', 'donor_kind', l('Loại nhà tài trợ', 'Kind of donor'), 'enum', {
      required: true,
      filter: true,
      options: {
        person: l('Cá nhân', 'Person'),
        association: l('Hội đoàn', 'Association'),
        business: l('Doanh nghiệp', 'Business'),
        other: l('Khác', 'Other'),
      },
    }),
    field('donorPersonId', 'donor_person_id', l('Kiều bào (nếu có hồ sơ)', 'Person (if recorded)'), 'person'),
    field('donorAssociationId', 'donor_association_id', l('Hội (nếu có)', 'Association (if recorded)'), 'association'),
    field('donorCountry', 'donor_country', l('Nước', 'Country'), 'country', { filter: true }),
    field('purpose', 'purpose', l('Mục đích', 'Purpose'), 'enum', {
      required: true,
      options: DONATION_PURPOSES,
      list: true,
      filter: true,
    }),
    field('amount', 'value', l('Số tiền', 'Amount'), 'money', { list: true }),
    field('inKind', 'in_kind', l('Hiện vật', 'In kind'), 'text', { list: true }),
    field('receivedOn', 'received_on', l('Ngày tiếp nhận', 'Received on'), 'date', { required: true, list: true }),
    field('recipient', 'recipient', l('Đơn vị tiếp nhận', 'Recipient'), 'text', { search: true }),
    field('note', 'note', l('Ghi chú', 'Notes'), 'longText'),
  ],
  refine: (input, ctx) => {
    if (!input.amount && !input.inKind) ctx.addIssue({ code: 'custom', message: 'amountOrInKind', path: ['amount'] });
  },
};

/** Khen thưởng: commendations proposed for overseas Vietnamese, and granted. */
export const COMMENDATIONS: RegisterSpec = {
  key: 'commendations',
  table: 'commendation',
  title: l('Khen thưởng kiều bào', 'Commendations'),
  singular: l('Khen thưởng', 'Commendation'),
  consentMark: { purpose: 'publication', personField: 'recipientPersonId' },
  orderBy: 'proposed_on',
  orderDescending: true,
  hasNotes: false,
  fields: [
    field('recipient', 'recipient', l('Người, tổ chức được khen', 'Recipient'), 'text', {
      required: true,
      list: true,
      search: true,
    }),
    field('recipientKind', 'recipient_kind', l('Loại', 'Kind'), 'enum', {
      required: true,
      filter: true,
      options: {
        person: l('Cá nhân', 'Person'),
        association: l('Hội đoàn', 'Association'),
        business: l('Doanh nghiệp', 'Business'),
      },
    }),
    field('recipientPersonId', 'recipient_person_id', l('Kiều bào (nếu có hồ sơ)', 'Person (if recorded)'), 'person'),
    field(
      'recipientAssociationId',
      'recipient_association_id',
      l('Hội (nếu có)', 'Association (if recorded)'),
      'association',
    ),
    field('form', 'form', l('Hình thức khen thưởng', 'Form'), 'text', { required: true, list: true }),
    field('reason', 'reason', l('Thành tích', 'Reason'), 'longText', { required: true, search: true }),
    field('status', 'status', l('Tình trạng', 'Status'), 'enum', {
      required: true,
      list: true,
      filter: true,
      options: {
        proposed: l('Đề nghị', 'Proposed'),
        granted: l('Đã khen thưởng', 'Granted'),
        refused: l('Không được khen', 'Refused'),
      },
    }),
    field('proposedOn', 'proposed_on', l('Ngày đề nghị', 'Proposed on'), 'date', { required: true, list: true }),
    field('grantedOn', 'granted_on', l('Ngày quyết định', 'Granted on'), 'date'),
    field('decisionNumber', 'decision_number', l('Số quyết định', 'Decision number'), 'text', { search: true }),
  ],
  refine: dateOrder('proposedOn', 'grantedOn'),
};

export const AFFAIRS_REGISTERS = [
  AGREEMENTS,
  DELEGATIONS,
  NGO_PROJECTS,
  BUSINESSES,
  INVESTMENT_PROJECTS,
  INVESTMENT_ISSUES,
  CATALOGUE,
  EVENTS,
  DONATIONS,
  COMMENDATIONS,
  ...ENGAGEMENT_REGISTERS,
] as const;
