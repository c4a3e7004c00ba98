import type { Text } from '../text/texts';

/**
 * The fields experts work in and localities ask for: a group ("agriculture") and its specialities
 * ("agriculture.aquaculture"). A need for a group is met by any of its specialities.
 */
export const EXPERT_FIELD_LABELS = {
  agriculture: { vi: 'Nông nghiệp', en: 'Agriculture' },
  'agriculture.aquaculture': { vi: 'Nuôi trồng thủy sản', en: 'Aquaculture' },
  'agriculture.crops': { vi: 'Trồng trọt, giống cây trồng', en: 'Crops and plant breeding' },
  'agriculture.livestock': { vi: 'Chăn nuôi, thú y', en: 'Livestock and veterinary' },
  'agriculture.food_technology': { vi: 'Công nghệ thực phẩm, sau thu hoạch', en: 'Food technology' },
  health: { vi: 'Y tế, dược', en: 'Health' },
  'health.medicine': { vi: 'Y khoa', en: 'Medicine' },
  'health.pharmacy': { vi: 'Dược', en: 'Pharmacy' },
  'health.public_health': { vi: 'Y tế công cộng', en: 'Public health' },
  it: { vi: 'Công nghệ thông tin', en: 'Information technology' },
  'it.software': { vi: 'Phần mềm', en: 'Software' },
  'it.data_ai': { vi: 'Dữ liệu, trí tuệ nhân tạo', en: 'Data and AI' },
  'it.cybersecurity': { vi: 'An toàn thông tin', en: 'Cybersecurity' },
  'it.semiconductors': { vi: 'Vi mạch, bán dẫn', en: 'Semiconductors' },
  engineering: { vi: 'Kỹ thuật, công nghệ', en: 'Engineering' },
  'engineering.civil': { vi: 'Xây dựng, giao thông', en: 'Civil engineering' },
  'engineering.mechanical': { vi: 'Cơ khí, tự động hóa', en: 'Mechanical and automation' },
  'engineering.energy': { vi: 'Năng lượng, năng lượng tái tạo', en: 'Energy' },
  'engineering.logistics': { vi: 'Logistics, cảng', en: 'Logistics and ports' },
  environment: { vi: 'Môi trường, tài nguyên', en: 'Environment' },
  'environment.climate': { vi: 'Biến đổi khí hậu', en: 'Climate change' },
  'environment.water': { vi: 'Tài nguyên nước, xâm nhập mặn', en: 'Water resources' },
  economics: { vi: 'Kinh tế, quản trị', en: 'Economics and management' },
  'economics.finance': { vi: 'Tài chính, ngân hàng', en: 'Finance and banking' },
  'economics.trade': { vi: 'Thương mại, xuất nhập khẩu', en: 'Trade' },
  'economics.tourism': { vi: 'Du lịch', en: 'Tourism' },
  'economics.management': { vi: 'Quản trị doanh nghiệp', en: 'Business management' },
  education: { vi: 'Giáo dục, đào tạo', en: 'Education' },
  'education.higher': { vi: 'Giáo dục đại học', en: 'Higher education' },
  'education.vocational': { vi: 'Giáo dục nghề nghiệp', en: 'Vocational training' },
  'education.languages': { vi: 'Ngoại ngữ, tiếng Việt', en: 'Languages' },
  law: { vi: 'Luật', en: 'Law' },
  'law.international': { vi: 'Luật quốc tế, thương mại quốc tế', en: 'International law' },
  science: { vi: 'Khoa học cơ bản', en: 'Natural sciences' },
  'science.biotechnology': { vi: 'Công nghệ sinh học', en: 'Biotechnology' },
  'science.materials': { vi: 'Vật liệu', en: 'Materials' },
  culture: { vi: 'Văn hóa, nghệ thuật, truyền thông', en: 'Culture, arts and media' },
} as const satisfies Record<string, Text>;

export type ExpertField = keyof typeof EXPERT_FIELD_LABELS;
export const EXPERT_FIELDS = Object.keys(EXPERT_FIELD_LABELS) as ExpertField[];

/** The group of a field: "agriculture" for "agriculture.aquaculture", the field itself for a group. */
export const fieldGroup = (field: string) => field.split('.')[0]!;

/** Languages an expert works in (ISO 639-1). */
export const EXPERT_LANGUAGE_LABELS = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
  fr: { vi: 'Tiếng Pháp', en: 'French' },
  de: { vi: 'Tiếng Đức', en: 'German' },
  ru: { vi: 'Tiếng Nga', en: 'Russian' },
  ja: { vi: 'Tiếng Nhật', en: 'Japanese' },
  ko: { vi: 'Tiếng Hàn', en: 'Korean' },
  zh: { vi: 'Tiếng Trung', en: 'Chinese' },
  cs: { vi: 'Tiếng Séc', en: 'Czech' },
  pl: { vi: 'Tiếng Ba Lan', en: 'Polish' },
  es: { vi: 'Tiếng Tây Ban Nha', en: 'Spanish' },
  th: { vi: 'Tiếng Thái', en: 'Thai' },
  lo: { vi: 'Tiếng Lào', en: 'Lao' },
  km: { vi: 'Tiếng Khmer', en: 'Khmer' },
} as const satisfies Record<string, Text>;
export type ExpertLanguage = keyof typeof EXPERT_LANGUAGE_LABELS;
export const EXPERT_LANGUAGES = Object.keys(EXPERT_LANGUAGE_LABELS) as ExpertLanguage[];

/** What an expert is willing to do for the locality. */
export const WILLINGNESS = ['return_work', 'advise_remote', 'teach', 'invest'] as const;
export type Willingness = (typeof WILLINGNESS)[number];
export const WILLINGNESS_LABELS: Readonly<Record<Willingness, Text>> = {
  return_work: { vi: 'Về nước làm việc', en: 'Return to work' },
  advise_remote: { vi: 'Tư vấn từ xa', en: 'Advise remotely' },
  teach: { vi: 'Giảng dạy', en: 'Teach' },
  invest: { vi: 'Đầu tư', en: 'Invest' },
};

export const DEGREES = [
  'bachelor',
  'engineer',
  'master',
  'doctor',
  'associate_professor',
  'professor',
  'other',
] as const;
export type Degree = (typeof DEGREES)[number];
export const DEGREE_LABELS: Readonly<Record<Degree, Text>> = {
  bachelor: { vi: 'Cử nhân', en: 'Bachelor' },
  engineer: { vi: 'Kỹ sư', en: 'Engineer' },
  master: { vi: 'Thạc sĩ', en: 'Master' },
  doctor: { vi: 'Tiến sĩ', en: 'Doctor (PhD)' },
  associate_professor: { vi: 'Phó Giáo sư', en: 'Associate professor' },
  professor: { vi: 'Giáo sư', en: 'Professor' },
  other: { vi: 'Khác', en: 'Other' },
};

/** How an officer reached out to an expert, and what came of it. */
export const CONTACT_CHANNELS = ['email', 'phone', 'meeting', 'online', 'event', 'letter', 'other'] as const;
export const CONTACT_CHANNEL_LABELS: Readonly<Record<(typeof CONTACT_CHANNELS)[number], Text>> = {
  email: { vi: 'Thư điện tử', en: 'Email' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  meeting: { vi: 'Gặp trực tiếp', en: 'Meeting' },
  online: { vi: 'Họp trực tuyến', en: 'Online meeting' },
  event: { vi: 'Tại sự kiện', en: 'At an event' },
  letter: { vi: 'Công văn, thư mời', en: 'Letter' },
  other: { vi: 'Khác', en: 'Other' },
};
export const CONTACT_OUTCOMES = ['pending', 'interested', 'agreed', 'declined', 'no_answer'] as const;
export const CONTACT_OUTCOME_LABELS: Readonly<Record<(typeof CONTACT_OUTCOMES)[number], Text>> = {
  pending: { vi: 'Đang chờ phản hồi', en: 'Awaiting an answer' },
  interested: { vi: 'Quan tâm', en: 'Interested' },
  agreed: { vi: 'Đồng ý tham gia', en: 'Agreed' },
  declined: { vi: 'Từ chối', en: 'Declined' },
  no_answer: { vi: 'Không liên lạc được', en: 'No answer' },
};
