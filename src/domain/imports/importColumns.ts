/**
 * The columns an import understands (the canonical columns of the template), with the header
 * texts provinces write for them. Variants are compared in normalised form (no diacritics,
 * lower-case, punctuation as spaces), so "HỌ VÀ TÊN", "Họ và tên:" and "ho va ten" are one.
 */
export const IMPORT_COLUMNS = [
  'rowNumber',
  'fullName',
  'otherNames',
  'sex',
  'sexMale',
  'sexFemale',
  'birthDate',
  'birthDateMale',
  'birthDateFemale',
  'birthYear',
  'nationality',
  'residence',
  'residenceCountry',
  'residenceCity',
  'addressAbroad',
  'hometown',
  'categories',
  'educationLevel',
  'occupation',
  'expertise',
  'phone',
  'email',
  'passportNumber',
  'relativeName',
  'relativeRelationship',
  'relativePhone',
  'relativeAddress',
  'notes',
  'sourceAssociation',
  'consent',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

interface ColumnDefinition {
  vi: string;
  en: string;
  /** Header texts, normalised; the first Vietnamese one is the template's header. */
  variants: string[];
}

export const IMPORT_COLUMN_DEFINITIONS: Readonly<Record<ImportColumn, ColumnDefinition>> = {
  rowNumber: { vi: 'STT', en: 'No.', variants: ['stt', 'so tt', 'so thu tu', 'tt', 'no', 'number'] },
  fullName: {
    vi: 'Họ và tên',
    en: 'Full name',
    variants: ['ho va ten', 'ho ten', 'ho va ten kieu bao', 'ho ten kieu bao', 'ten kieu bao', 'full name', 'name'],
  },
  otherNames: {
    vi: 'Tên khác',
    en: 'Other names',
    variants: ['ten khac', 'ten goi khac', 'ten nuoc ngoai', 'ten tieng anh', 'other names', 'alias', 'aliases'],
  },
  sex: { vi: 'Giới tính', en: 'Sex', variants: ['gioi tinh', 'gioi', 'nam nu', 'nam hay nu', 'phai', 'sex', 'gender'] },
  // The classic layouts of a group over "Nam | Nữ": a mark under "Giới tính", the date under "Ngày sinh".
  sexMale: { vi: 'Giới tính: Nam (đánh dấu)', en: 'Sex: male (marked)', variants: [] },
  sexFemale: { vi: 'Giới tính: Nữ (đánh dấu)', en: 'Sex: female (marked)', variants: [] },
  birthDate: {
    vi: 'Ngày sinh',
    en: 'Date of birth',
    variants: ['ngay sinh', 'ngay thang nam sinh', 'sinh ngay', 'date of birth', 'birth date', 'dob'],
  },
  birthDateMale: { vi: 'Ngày sinh: Nam', en: 'Date of birth: male', variants: [] },
  birthDateFemale: { vi: 'Ngày sinh: Nữ', en: 'Date of birth: female', variants: [] },
  birthYear: { vi: 'Năm sinh', en: 'Year of birth', variants: ['nam sinh', 'year of birth', 'birth year', 'yob'] },
  nationality: { vi: 'Quốc tịch', en: 'Nationality', variants: ['quoc tich', 'nationality', 'nationalities'] },
  residence: {
    vi: 'Nơi cư trú (nước, thành phố, địa chỉ trong một ô)',
    en: 'Residence (country, city, address in one cell)',
    variants: [
      'noi cu tru hien nay',
      'noi o hien nay',
      'cho o hien nay',
      'dia chi hien nay',
      'dia chi hien tai',
      'noi cu tru',
      'noi dinh cu',
      'noi sinh song',
      'dia chi lien he o nuoc ngoai',
      'current residence',
      'residence',
    ],
  },
  residenceCountry: {
    vi: 'Quốc gia cư trú',
    en: 'Country of residence',
    variants: [
      'quoc gia cu tru',
      'quoc gia dang cu tru',
      'nuoc dang cu tru',
      'nuoc dinh cu',
      'dinh cu tai nuoc',
      'nuoc so tai',
      'nuoc o',
      'nuoc cu tru',
      'quoc gia dinh cu',
      'quoc gia',
      'nuoc',
      'country of residence',
      'country',
    ],
  },
  residenceCity: {
    vi: 'Thành phố cư trú',
    en: 'City of residence',
    variants: ['thanh pho cu tru', 'thanh pho', 'tinh bang', 'city of residence', 'city'],
  },
  addressAbroad: {
    vi: 'Địa chỉ ở nước ngoài',
    en: 'Address abroad',
    variants: ['dia chi o nuoc ngoai', 'dia chi nuoc ngoai', 'dia chi cu tru', 'dia chi', 'address abroad', 'address'],
  },
  hometown: {
    vi: 'Quê quán',
    en: 'Hometown',
    variants: ['que quan', 'que', 'nguyen quan', 'que quan tinh', 'que goc', 'hometown', 'home province', 'home town'],
  },
  categories: {
    vi: 'Diện',
    en: 'Categories',
    variants: ['dien', 'doi tuong', 'phan loai', 'dien cu tru', 'categories', 'category'],
  },
  educationLevel: {
    vi: 'Trình độ',
    en: 'Education level',
    variants: ['trinh do', 'trinh do hoc van', 'hoc van', 'hoc vi', 'education level', 'education'],
  },
  occupation: {
    vi: 'Nghề nghiệp',
    en: 'Occupation',
    variants: ['nghe nghiep', 'nghe nghiep hien nay', 'cong viec', 'occupation', 'job'],
  },
  expertise: {
    vi: 'Lĩnh vực chuyên môn',
    en: 'Fields of expertise',
    variants: ['linh vuc chuyen mon', 'chuyen mon', 'chuyen nganh', 'linh vuc', 'expertise', 'field'],
  },
  phone: {
    vi: 'Số điện thoại',
    en: 'Phone',
    variants: [
      'so dien thoai',
      'so dien thoai lien he',
      'dien thoai lien he',
      'dien thoai lien lac',
      'sdt',
      'so dt',
      'dt',
      'dtdd',
      'dt dd',
      'dien thoai',
      'dien thoai di dong',
      'di dong',
      'so di dong',
      'zalo',
      'phone',
      'phone number',
      'telephone',
      'tel',
      'mobile',
    ],
  },
  email: { vi: 'Email', en: 'Email', variants: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'hop thu', 'mail'] },
  passportNumber: {
    vi: 'Số hộ chiếu',
    en: 'Passport number',
    variants: ['so ho chieu', 'ho chieu', 'passport number', 'passport', 'passport no'],
  },
  relativeName: {
    vi: 'Họ tên thân nhân',
    en: 'Relative in Viet Nam',
    variants: ['ho ten than nhan', 'ho va ten than nhan', 'than nhan', 'nguoi than', 'relative name', 'relative'],
  },
  relativeRelationship: {
    vi: 'Quan hệ với thân nhân',
    en: 'Relationship',
    variants: ['quan he voi than nhan', 'quan he', 'moi quan he', 'relationship'],
  },
  relativePhone: {
    vi: 'SĐT thân nhân',
    en: "Relative's phone",
    variants: ['sdt than nhan', 'so dt than nhan', 'so dien thoai than nhan', 'dien thoai than nhan', 'relative phone'],
  },
  relativeAddress: {
    vi: 'Địa chỉ thân nhân',
    en: "Relative's address",
    variants: ['dia chi than nhan', 'dia chi nguoi than', 'relative address'],
  },
  notes: { vi: 'Ghi chú', en: 'Notes', variants: ['ghi chu', 'ghi chu khac', 'notes', 'note', 'remarks'] },
  sourceAssociation: {
    vi: 'Hội cung cấp',
    en: 'Supplied by association',
    variants: ['hoi cung cap', 'hoi than nhan', 'nguon', 'don vi cung cap', 'association', 'source'],
  },
  consent: {
    vi: 'Đồng ý cung cấp thông tin',
    en: 'Consent',
    variants: ['dong y cung cap thong tin', 'dong y', 'consent'],
  },
};

/** Columns a list may have twice or more ("Điện thoại 1", "Điện thoại 2"): their values add up. */
export const REPEATABLE_COLUMNS: readonly ImportColumn[] = [
  'phone',
  'email',
  'otherNames',
  'nationality',
  'expertise',
  'categories',
  'notes',
];

/** Columns a file's layout gives but the template does not: it writes one column per field. */
const LAYOUT_ONLY_COLUMNS: readonly ImportColumn[] = [
  'sexMale',
  'sexFemale',
  'birthDateMale',
  'birthDateFemale',
  'residence',
];

/** The template's columns, in order. */
export const TEMPLATE_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS.filter((c) => !LAYOUT_ONLY_COLUMNS.includes(c));

/**
 * Under a group header that names relatives ("Thông tin thân nhân" above "Họ tên | SĐT | Địa chỉ"),
 * a person's column means the relative's.
 */
export const RELATIVE_COUNTERPART: Partial<Record<ImportColumn, ImportColumn>> = {
  fullName: 'relativeName',
  phone: 'relativePhone',
  addressAbroad: 'relativeAddress',
  relativeRelationship: 'relativeRelationship',
};
