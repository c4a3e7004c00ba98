import type { PersonCategory } from '../../domain/persons/categories';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { pick, seededRandom, weightedPicker } from './random';

// Shares of Vietnamese family names (họ), roughly as surveys report them.
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2.5],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trương', 0.6],
  ['Lâm', 0.4],
  ['Mai', 0.4],
  ['Tô', 0.3],
  ['Châu', 0.3],
];
const MIDDLE_MALE = [
  'Văn',
  'Văn',
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quốc',
  'Thanh',
  'Công',
  'Hoàng',
  'Gia',
  'Trọng',
  'Xuân',
];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Minh', 'Hồng', 'Phương', 'Mỹ', 'Bích'];
const GIVEN_MALE = [
  'An',
  'Anh',
  'Bình',
  'Cường',
  'Dũng',
  'Duy',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khang',
  'Khánh',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quang',
  'Sơn',
  'Tài',
  'Tâm',
  'Thành',
  'Thắng',
  'Thịnh',
  'Toàn',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Vũ',
  'Bảo',
  'Lộc',
  'Tín',
  'Hậu',
  'Kiên',
];
const GIVEN_FEMALE = [
  'An',
  'Anh',
  'Bích',
  'Chi',
  'Dung',
  'Duyên',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hồng',
  'Hương',
  'Huyền',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quỳnh',
  'Thảo',
  'Thu',
  'Thủy',
  'Trang',
  'Trinh',
  'Tuyết',
  'Uyên',
  'Vân',
  'Vy',
  'Xuân',
  'Yến',
  'Diễm',
  'Tiên',
];
export const ENGLISH_NAMES = [
  'Linda',
  'Kevin',
  'Tony',
  'Jenny',
  'David',
  'Anna',
  'Peter',
  'Lisa',
  'John',
  'Mary',
  'Tom',
  'Kim',
];

// [country, weight, cities]: where overseas Vietnamese live, roughly by community size.
const COUNTRIES: readonly (readonly [string, number, readonly string[]])[] = [
  ['US', 2200, ['San Jose', 'Houston', 'Westminster', 'Garden Grove', 'Seattle', 'Dallas', 'Philadelphia']],
  ['JP', 600, ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka', 'Saitama']],
  ['KR', 300, ['Seoul', 'Busan', 'Incheon', 'Daegu']],
  ['TW', 300, ['Taipei', 'Taichung', 'Kaohsiung', 'Taoyuan']],
  ['AU', 350, ['Sydney', 'Melbourne', 'Brisbane', 'Adelaide']],
  ['CA', 300, ['Toronto', 'Montreal', 'Vancouver', 'Calgary']],
  ['FR', 300, ['Paris', 'Lyon', 'Marseille', 'Toulouse']],
  ['DE', 200, ['Berlin', 'Leipzig', 'Hamburg', 'Frankfurt am Main']],
  ['GB', 90, ['London', 'Birmingham', 'Manchester']],
  ['CZ', 80, ['Praha', 'Cheb', 'Brno']],
  ['RU', 80, ['Moskva', 'Sankt-Peterburg']],
  ['KH', 160, ['Phnom Penh', 'Siem Reap', 'Kampong Chhnang']],
  ['LA', 100, ['Vientiane', 'Pakse', 'Savannakhet']],
  ['TH', 100, ['Bangkok', 'Udon Thani', 'Nakhon Phanom']],
  ['PL', 30, ['Warszawa']],
  ['UY', 1, ['Montevideo']],
];
// 2025 province codes, weighted towards the provinces with many people abroad.
const HOMETOWNS: readonly (readonly [string, number])[] = [
  ['79', 20],
  ['01', 12],
  ['31', 8],
  ['92', 7],
  ['48', 5],
  ['46', 4],
  ['40', 5],
  ['38', 4],
  ['42', 4],
  ['44', 3],
  ['37', 3],
  ['33', 3],
  ['24', 2],
  ['25', 2],
  ['91', 3],
  ['86', 3],
  ['82', 3],
  ['96', 2],
  ['80', 2],
  ['75', 2],
  ['56', 2],
  ['52', 2],
  ['51', 1],
  ['66', 1],
  ['68', 1],
  ['22', 1],
  ['19', 1],
  ['15', 1],
  ['08', 1],
  ['20', 1],
  ['04', 0.5],
  ['11', 0.5],
  ['12', 0.5],
  ['14', 0.5],
];
const HOMETOWN_TEXT: Readonly<Record<string, readonly string[]>> = {
  '92': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang', 'quận Ninh Kiều, TP. Cần Thơ'],
  '31': ['Hải Phòng', 'Hải Dương', 'huyện Thủy Nguyên, Hải Phòng'],
  '79': ['TP. Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
};
const CATEGORIES: readonly (readonly [PersonCategory, number])[] = [
  ['settled', 60],
  ['worker', 15],
  ['student', 10],
  ['married_to_foreigner', 5],
  ['expert', 4],
  ['business', 4],
  ['adopted', 1],
  ['returnee', 1],
];
const EXPERTISE = [
  'Công nghệ thông tin',
  'Y học',
  'Nuôi trồng thủy sản',
  'Tài chính',
  'Cơ khí',
  'Giáo dục',
  'Nông nghiệp',
];
const RELATIONSHIPS = ['cha', 'mẹ', 'anh', 'chị', 'em', 'con', 'vợ', 'chồng'];
const AGENCIES = ['Sở Ngoại vụ', 'Hội thân nhân kiều bào', 'Công an tỉnh'];

/** A generator of realistic, entirely made-up persons; the same seed gives the same persons. */
export function syntheticPersons(seed: number) {
  const random = seededRandom(seed);
  const familyName = weightedPicker(random, FAMILY_NAMES);
  const country = weightedPicker(
    random,
    COUNTRIES.map((c) => [c, c[1]] as const),
  );
  const hometown = weightedPicker(random, HOMETOWNS);
  const category = weightedPicker(random, CATEGORIES);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

  return (): PersonInput => {
    const isFemale = random() < 0.5;
    const fullName = [
      familyName(),
      pick(random, isFemale ? MIDDLE_FEMALE : MIDDLE_MALE),
      pick(random, isFemale ? GIVEN_FEMALE : GIVEN_MALE),
    ].join(' ');
    const [countryCode, , cities] = country();
    const province = hometown();
    const year = 1940 + Math.floor(random() * 65);
    const precision = random();
    const month = 1 + Math.floor(random() * 12);
    const categories = [...new Set([category(), ...(random() < 0.1 ? [category()] : [])])];
    const relativeFamily = familyName();
    const person: PersonInput = {
      fullName,
      aliases: random() < 0.15 ? [{ name: pick(random, ENGLISH_NAMES), kind: 'english' }] : [],
      sex: isFemale ? 'female' : 'male',
      birthDate:
        precision < 0.2
          ? { year }
          : precision < 0.3
            ? { year, month }
            : { year, month, day: 1 + Math.floor(random() * 28) },
      nationalities: random() < 0.4 ? ['VN', countryCode] : ['VN'],
      residenceCountry: countryCode,
      residenceCity: pick(random, cities),
      addressAbroad: null,
      hometownText: pick(random, HOMETOWN_TEXT[province] ?? ['']) || null,
      hometownProvinceCode: province,
      hometownCommuneCode: null,
      categories,
      educationLevel: null,
      occupation: null,
      expertise: categories.includes('expert') ? [pick(random, EXPERTISE)] : [],
      phones: random() < 0.6 ? [`+849${digits(8)}`] : [],
      emails: [],
      identityDocuments:
        random() < 0.3
          ? [{ type: 'passport', number: `${pick(random, ['B', 'C'])}${digits(7)}`, issuingCountry: 'VN' }]
          : [],
      relatives:
        random() < 0.5
          ? [
              {
                relativeId: null,
                fullName: `${relativeFamily} ${pick(random, MIDDLE_MALE)} ${pick(random, GIVEN_MALE)}`,
                relationship: pick(random, RELATIONSHIPS),
                phone: null,
                address: null,
                provinceCode: province,
              },
            ]
          : [],
      notes: null,
      sourceProvinceCode: province,
      sourceAgency: pick(random, AGENCIES),
      sourceAssociation: null,
      sourceAssociationId: null,
      sourceDate: null,
    };
    // The draw that gave the one consent field before migration 0028 (consent is now per purpose,
    // src/server/demo/seedConsents.ts): left in the stream so that a seed gives the persons it gave.
    random();
    return person;
  };
}
