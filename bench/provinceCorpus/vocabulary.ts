/**
 * What the province corpus writes, kept apart from the demo and dedupe generators: names, countries
 * as Vietnamese officials and relatives write them, and phone numbers as each country writes them.
 */
export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Võ',
  'Vũ',
  'Phan',
  'Trương',
  'Bùi',
  'Đặng',
  'Đỗ',
  'Ngô',
  'Hồ',
  'Dương',
  'Lý',
  'Đoàn',
  'Lưu',
  'Quách',
  'Thạch',
  'Lâm',
  'Tăng',
  'Châu',
  'Mai',
  'Tô',
  'Kim',
  'Triệu',
  'Diệp',
  'Lữ',
];
export const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Thanh', 'Công', 'Đức', 'Ngọc', 'Hoài', 'Tấn', 'Chí', 'Gia'];
export const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Kim', 'Mỹ', 'Bích', 'Hồng', 'Thu', 'Diễm', 'Phương'];
export const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hào',
  'Hiếu',
  'Hùng',
  'Khải',
  'Khoa',
  'Lâm',
  'Lộc',
  'Long',
  'Nam',
  'Nghĩa',
  'Nhân',
  'Phong',
  'Phúc',
  'Quang',
  'Sang',
  'Sơn',
  'Tài',
  'Tâm',
  'Thắng',
  'Thành',
  'Thiện',
  'Thịnh',
  'Toàn',
  'Trí',
  'Trung',
  'Tuấn',
  'Vinh',
  'Vũ',
  'Xuân',
  'Khang',
  'Kiệt',
  'Duy',
  'Hưng',
  'Quý',
];
export const GIVEN_FEMALE = [
  'Anh',
  'Châu',
  'Diệp',
  'Dung',
  'Giang',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Huệ',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Nhi',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Thủy',
  'Trang',
  'Trinh',
  'Tuyết',
  'Uyên',
  'Vân',
  'Xuân',
  'Yến',
  'Hiền',
  'Thư',
  'Vy',
];

/** A country: its code, the ways lists write it, a city, and how a local mobile number is written. */
export interface CorpusCountry {
  code: string;
  written: string[];
  cities: string[];
  /** A local number from 8 random digits: as written, and in E.164. */
  phone: (digits: string) => [written: string, e164: string];
}

const d = (digits: string, from: number, to: number) => digits.slice(from, to);

export const COUNTRIES: CorpusCountry[] = [
  {
    code: 'US',
    written: ['Hoa Kỳ', 'Mỹ', 'USA', 'Hoa Kỳ (Mỹ)', 'Hợp chủng quốc Hoa Kỳ', 'My'],
    cities: ['San Jose', 'Houston', 'Westminster', 'Seattle'],
    phone: (x) => [`(408) 7${d(x, 0, 2)}-${d(x, 2, 6)}`, `+14087${d(x, 0, 6)}`],
  },
  {
    code: 'AU',
    written: ['Úc', 'Australia', 'Ô-xtrây-li-a', 'Uc'],
    cities: ['Sydney', 'Melbourne', 'Adelaide'],
    // Mobiles 040x (044x and 045x are not all allocated).
    phone: (x) => [`040${d(x, 0, 1)} ${d(x, 1, 4)} ${d(x, 4, 7)}`, `+6140${d(x, 0, 7)}`],
  },
  {
    code: 'DE',
    written: ['Đức', 'CHLB Đức', 'Cộng hòa Liên bang Đức', 'Germany', 'Duc'],
    cities: ['Berlin', 'Leipzig', 'Hamburg'],
    phone: (x) => [`0151 ${d(x, 0, 8)}`, `+49151${d(x, 0, 8)}`],
  },
  {
    code: 'FR',
    written: ['Pháp', 'Cộng hòa Pháp', 'France', 'Phap'],
    cities: ['Paris', 'Lyon', 'Marseille'],
    phone: (x) => [`06 ${d(x, 0, 2)} ${d(x, 2, 4)} ${d(x, 4, 6)} ${d(x, 6, 8)}`, `+336${d(x, 0, 8)}`],
  },
  {
    code: 'BE',
    written: ['Bỉ', 'Vương quốc Bỉ', 'Belgium', 'Bi'],
    cities: ['Bruxelles', 'Antwerpen'],
    phone: (x) => [`047${d(x, 0, 1)} ${d(x, 1, 3)} ${d(x, 3, 5)} ${d(x, 5, 7)}`, `+3247${d(x, 0, 7)}`],
  },
  {
    code: 'RU',
    written: ['Nga', 'Liên bang Nga', 'LB Nga', 'Russia', 'NGA'],
    cities: ['Moskva', 'Sankt-Peterburg'],
    phone: (x) => [`+7 916 ${d(x, 0, 3)} ${d(x, 3, 5)} ${d(x, 5, 7)}`, `+7916${d(x, 0, 7)}`],
  },
  {
    code: 'KR',
    written: ['Hàn Quốc', 'Đại Hàn', 'Nam Hàn', 'Korea', 'Han Quoc'],
    cities: ['Seoul', 'Busan', 'Ansan'],
    phone: (x) => [`010-${d(x, 0, 4)}-${d(x, 4, 8)}`, `+8210${d(x, 0, 8)}`],
  },
  {
    code: 'JP',
    written: ['Nhật Bản', 'Nhật', 'Japan', 'Nhat Ban'],
    cities: ['Tokyo', 'Osaka', 'Nagoya'],
    phone: (x) => [`090-${d(x, 0, 4)}-${d(x, 4, 8)}`, `+8190${d(x, 0, 8)}`],
  },
  {
    code: 'TW',
    written: ['Đài Loan', 'Đài Loan (Trung Quốc)', 'Taiwan', 'Dai Loan'],
    cities: ['Đài Bắc', 'Đài Trung', 'Cao Hùng'],
    // A Taiwanese mobile is written like a Vietnamese one: only the residence says which.
    phone: (x) => [`09${d(x, 0, 2)} ${d(x, 2, 5)} ${d(x, 5, 8)}`, `+8869${d(x, 0, 8)}`],
  },
  {
    code: 'CA',
    written: ['Canada', 'Ca-na-đa', 'Canađa'],
    cities: ['Toronto', 'Montréal', 'Vancouver'],
    phone: (x) => [`(416) 8${d(x, 0, 2)}-${d(x, 2, 6)}`, `+14168${d(x, 0, 6)}`],
  },
  {
    code: 'UA',
    written: ['Ukraina', 'U-crai-na', 'Ukraine'],
    cities: ['Kyiv', 'Kharkiv'],
    phone: (x) => [`+380 67 ${d(x, 0, 3)} ${d(x, 3, 5)} ${d(x, 5, 7)}`, `+38067${d(x, 0, 7)}`],
  },
  {
    code: 'CZ',
    written: ['Séc', 'Cộng hòa Séc', 'CH Séc', 'Czech'],
    cities: ['Praha', 'Brno'],
    phone: (x) => [`+420 7${d(x, 0, 2)} ${d(x, 2, 5)} ${d(x, 5, 8)}`, `+4207${d(x, 0, 8)}`],
  },
];

/** How lists write "no phone". */
export const NO_PHONE = ['không có', 'chưa có', '-', 'không', 'Không có', ''];
