import type { PersonInput } from '../src/domain/persons/personSchemas';
import { COUNTRIES } from '../src/domain/reference/countries';
import { PROVINCES } from '../src/domain/reference/provinceData';
import { pick, seededRandom, weightedPicker } from '../src/server/demo/random';
import { syntheticPersons } from '../src/server/demo/syntheticPersons';

/*
 * A national-shaped population for the national benchmark, independent of the demo generator's
 * small vocabulary (three name words from ~60): the family names and their shares as surveys of
 * Vietnamese surnames report them, a thousand-odd given-name syllables, one or two middle words and
 * one or two given words, every one of the 34 provinces, and the countries of the world with the
 * large communities weighted as they are. The other fields come from the demo generator.
 */

// Họ: shares in per mille, the long tail after the twenty commonest at one to five per mille each.
const FAMILY = `Nguyễn:380 Trần:110 Lê:95 Phạm:70 Hoàng:30 Huỳnh:25 Phan:45 Vũ:20 Võ:20 Đặng:21 Bùi:20
  Đỗ:14 Hồ:13 Ngô:13 Dương:10 Lý:5 Đinh:6 Trương:6 Lâm:4 Mai:4 Tô:3 Châu:3 Đoàn:4 Lương:3 Trịnh:4
  Cao:3 Lưu:2 Tạ:2 Hà:3 Thái:2 Tăng:1 Kiều:1 Quách:1 Diệp:1 La:1 Mạc:1 Khổng:1 Văn:1 Thân:1
  Phùng:2 Nghiêm:1 Chu:2 Triệu:2 Từ:1 Âu:1 Ông:1 Giang:1 Lục:1 Tống:1 Vương:2 Hứa:1 Khúc:1 Doãn:1
  Lạc:1 Mẫn:1 Ninh:1 Quan:1 Sầm:1 Tôn:1 Đàm:1 Kha:1 Lã:1 Mã:1 Bạch:1 Ung:1 Yên:1 Cù:1 Hàn:1`
  .trim()
  .split(/\s+/)
  .map((entry) => {
    const [name, share] = entry.split(':');
    return [name!, Number(share)] as const;
  });

const MIDDLE_MALE =
  'Văn Văn Văn Văn Hữu Đức Minh Quốc Thanh Công Hoàng Gia Trọng Xuân Đình Ngọc Quang Tấn Thế Bá Chí Duy Hải Mạnh Nhật Phú Tuấn Việt Anh Khắc'.split(
    ' ',
  );
const MIDDLE_FEMALE =
  'Thị Thị Thị Thị Ngọc Thanh Thu Kim Minh Hồng Phương Mỹ Bích Thùy Diệu Khánh Hoài Tuyết Xuân Bảo Cẩm Lan Mai Như Quỳnh Tường Vân Hải Ánh Hà'.split(
    ' ',
  );

// Tên: syllables that Vietnamese given names are made of; a name takes one, or two (Minh Khôi).
const GIVEN = `An Anh Ánh Bách Bảo Bằng Bích Biên Bình Bội Ca Cảnh Cát Cầm Cẩm Châu Chi Chiến Chinh Chính
  Chung Công Cúc Cường Danh Dao Diễm Diệp Diệu Dịu Doanh Du Dung Dũng Duy Duyên Dương Đan Đào Đạo Đạt
  Điệp Định Đoan Đông Đức Gấm Giang Giao Hà Hải Hạnh Hào Hảo Hằng Hân Hậu Hiền Hiển Hiệp Hiếu Hinh Hòa
  Hoài Hoan Hoàng Hồng Huấn Huệ Hùng Hưng Hương Hường Huy Huyền Huỳnh Kha Khải Khang Khanh Khánh Khiêm
  Khoa Khôi Khuê Kiên Kiều Kim Kỳ Lạc Lai Lam Lan Lâm Lập Lễ Liên Liễu Linh Loan Lộc Lợi Long Luân Lực
  Lương Ly Lý Mai Mạnh Miên Minh My Mỹ Nam Nga Ngà Ngân Nghi Nghĩa Ngọc Nguyên Nhã Nhàn Nhân Nhi Nhung
  Như Ninh Oanh Phát Phi Phong Phú Phúc Phụng Phước Phương Phượng Quân Quang Quế Quốc Quyên Quyết Quỳnh
  Sang Sơn Sương Tài Tâm Tân Thạch Thái Thảo Thanh Thành Thạnh Thắng Thi Thiện Thịnh Thoa Thông Thu Thuận
  Thục Thủy Thư Thương Tiên Tiến Tín Toàn Trâm Trang Trí Trinh Trọng Trúc Trung Tú Tuấn Tùng Tuyền Tuyết
  Uyên Vân Vi Việt Vinh Vĩnh Vũ Vy Xuân Yên Yến Ân Bắc Cao Chương Diên Điền Giáp Hạ Hợp Kế Khiết Lãm
  Lĩnh Mẫn Mộng Ngôn Nhạn Phẩm Quý Sĩ Tánh Thể Thiều Thọ Tịnh Trà Ước Vỹ Xương Ý`
  .trim()
  .split(/\s+/);
const ENGLISH =
  'Linda Kevin Tony Jenny David Anna Peter Lisa John Mary Tom Kim Michael Jennifer Steven Cindy Henry Vivian Andrew Tina Daniel Helen Brian Amy Jason Nancy Eric Julie Paul Susan'.split(
    ' ',
  );

// Kiều bào by country of residence, in thousands, roughly as the Ministry's figures give them; every
// other country of the world gets a small community (0.2 to 3 thousand).
const LARGE_COMMUNITIES: Readonly<Record<string, number>> = {
  US: 2200,
  JP: 600,
  AU: 350,
  KR: 300,
  TW: 300,
  CA: 300,
  FR: 300,
  DE: 200,
  KH: 160,
  LA: 100,
  TH: 100,
  GB: 90,
  CZ: 80,
  RU: 80,
  PL: 30,
  MY: 30,
  UA: 20,
  NL: 20,
  BE: 15,
  NO: 22,
  SE: 20,
  DK: 15,
  CH: 10,
  SG: 10,
  NZ: 10,
  HU: 5,
  SK: 5,
  BG: 3,
  IT: 5,
  ES: 3,
  AE: 10,
  SA: 5,
  CN: 30,
  HK: 10,
  MO: 5,
  PH: 3,
};

// People abroad by 2025 province, relative: the south and the old southern cities first.
const PROVINCE_WEIGHT: Readonly<Record<string, number>> = {
  '79': 200,
  '01': 80,
  '31': 60,
  '92': 40,
  '48': 35,
  '46': 25,
  '40': 45,
  '38': 30,
  '42': 35,
  '44': 25,
  '37': 20,
  '33': 25,
  '24': 15,
  '25': 12,
  '91': 25,
  '86': 25,
  '82': 25,
  '96': 15,
  '80': 20,
  '75': 30,
  '56': 20,
  '52': 15,
  '51': 10,
};

const CITIES = ['Thủ đô', 'Thành phố lớn', 'Vùng ngoại ô', 'Thị trấn'];

function countryPicker(random: () => number) {
  return weightedPicker(
    random,
    COUNTRIES.map((c) => [c.code, LARGE_COMMUNITIES[c.code] ?? 0.2 + 2.8 * random()] as const),
  );
}

/** A seeded generator of national-shaped persons: the same seed gives the same names and places. */
export function nationalPersons(seed: number): () => PersonInput {
  const random = seededRandom(seed);
  const base = syntheticPersons(seed + 1);
  const family = weightedPicker(random, FAMILY);
  const country = countryPicker(random);
  const province = weightedPicker(
    random,
    PROVINCES.map((p) => [p.code, PROVINCE_WEIGHT[p.code] ?? 6] as const),
  );
  // Given names by popularity: a Zipf-like law over the syllables in a fixed shuffled order.
  const given = weightedPicker(
    random,
    GIVEN.map((g, i) => [g, 1 / (1 + ((i * 7919) % GIVEN.length))] as const),
  );
  return () => {
    const person = base();
    const isFemale = person.sex === 'female';
    const middles = random() < 0.25 ? 2 : random() < 0.05 ? 0 : 1;
    const givens = random() < 0.3 ? 2 : 1;
    const words = [
      family(),
      ...Array.from({ length: middles }, () => pick(random, isFemale ? MIDDLE_FEMALE : MIDDLE_MALE)),
      ...Array.from({ length: givens }, given),
    ];
    const code = province();
    const residence = country();
    return {
      ...person,
      fullName: words.join(' '),
      aliases: random() < 0.12 ? [{ name: pick(random, ENGLISH), kind: 'english' }] : [],
      residenceCountry: residence,
      residenceCity: pick(random, CITIES),
      nationalities: person.nationalities.length > 1 ? ['VN', residence] : ['VN'],
      hometownProvinceCode: code,
      hometownText: null,
      sourceProvinceCode: code,
      relatives: person.relatives.map((r) => ({ ...r, provinceCode: code })),
    };
  };
}

/** Search texts as people type them, from the same vocabulary. */
export const NATIONAL_SEARCHES = {
  commonName: ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Văn Minh', 'nguyen thi hoa', 'Phạm Văn Nam', 'NGUYỄN THỊ MAI'],
  rareName: ['Khổng Thục Nhạn', 'Sầm Ước Lãm', 'Ung Thiều Vỹ', 'Kha Khiết Mộng', 'Lạc Tánh Xương', 'Bạch Phẩm Ý'],
  oneCommonWord: ['Nguyễn', 'nguyen', 'Trần', 'Văn', 'Thị', 'Lê'],
  typo: ['Nguyen Van Hungg', 'Tran Thi Lna', 'Le Van Mnh', 'Pham Van Nma', 'Nguyễn Thị Hao', 'Vo Van Thanhh'],
};
