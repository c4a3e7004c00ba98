import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { encodeWindows1258 } from '../../test/helpers/importFixtures';
import { pick, seededRandom, writtenPerson, type WrittenPerson } from './persons';

/** A generated province file and what it holds. */
export interface CorpusFile {
  name: string;
  province: string;
  content: Buffer;
  persons: WrittenPerson[];
  /** Texts of rows that are not persons (section labels, signers): none may become a person. */
  nonData: string[];
  /** Rows a person would refuse (an impossible date, an unknown country). */
  invalid: number;
}

type Cell = string | number | Date | null;
type Random = () => number;

const cellText = (value: Cell) =>
  value instanceof Date
    ? `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`
    : String(value ?? '');

const SIGNERS = ['Nguyễn Thị Lập Biểu', 'Trần Văn Thủ Trưởng', 'Phạm Quang Ký'];
const FOOTER = (place: string): Cell[][] => [
  [null, `Tổng cộng: danh sách có nhiều người`],
  [],
  [null, null, null, `${place}, ngày 20 tháng 10 năm 2025`],
  [null, 'NGƯỜI LẬP BIỂU', null, 'TM. ỦY BAN NHÂN DÂN'],
  [null, '(Ký, ghi rõ họ tên)', null, 'CHỦ TỊCH'],
  [],
  [null, SIGNERS[0]!, null, SIGNERS[1]!],
];

function csvOf(rows: Cell[][], delimiter: string): string {
  const quote = (text: string) => (/[",;\t\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map((c) => quote(cellText(c))).join(delimiter)).join('\r\n') + '\r\n';
}

/** The persons of a file in sections, with two rows a person would refuse among them. */
function sectioned(random: Random, province: string, count: number, used: Set<string>) {
  const persons = Array.from({ length: count }, () => writtenPerson(random, [province], used));
  const sections = ['HUYỆN PHONG ĐIỀN', 'QUẬN NINH KIỀU', 'CÁC ĐỊA PHƯƠNG KHÁC'];
  return { persons, sections };
}

const invalidPerson = (person: WrittenPerson, i: number): WrittenPerson =>
  i % 2 ? { ...person, birthWritten: '31/02/1980' } : { ...person, countryWritten: 'Atlantis' };

interface LayoutSpec {
  header: Cell[][];
  row: (p: WrittenPerson, n: number) => Cell[];
}

/** Rows of a layout: header, then sections of persons (the header again for a new page), two refused rows, the footer. */
function layoutRows(
  spec: LayoutSpec,
  persons: WrittenPerson[],
  sections: string[],
  invalid: WrittenPerson[],
  place: string,
) {
  const rows: Cell[][] = [...spec.header];
  const perSection = Math.ceil(persons.length / sections.length);
  let n = 0;
  sections.forEach((label, s) => {
    rows.push([['I', 'II', 'III', 'IV'][s] ?? '', label]);
    for (const p of persons.slice(s * perSection, (s + 1) * perSection)) {
      rows.push(spec.row(p, ++n));
      if (n % 60 === 0) rows.push(spec.header.at(-1) ?? []);
    }
  });
  for (const p of invalid) rows.push(spec.row(p, ++n));
  rows.push([++n], [++n]);
  return [...rows, ...FOOTER(place)];
}

const LETTERHEAD = (title: string): Cell[][] => [
  ['UBND THÀNH PHỐ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ NGOẠI VỤ', null, null, 'Độc lập - Tự do - Hạnh phúc'],
  [],
  [title],
  ['(Kèm theo Công văn số 123/SNgV-LS)'],
  [],
];

async function xlsxOf(rows: Cell[][], merges: string[], dateColumns: number[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  for (const column of dateColumns) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const residence = (p: WrittenPerson) => `${p.truth.city}, ${p.countryWritten}`;
const sexWord = (p: WrittenPerson, forms: [string, string]) => (p.truth.sex === 'male' ? forms[0] : forms[1]);
const asText = (value: string | number | Date) => (value instanceof Date ? cellText(value) : value);

type Layout = (random: Random, used: Set<string>, count: number) => Promise<CorpusFile>;

/** Cần Thơ's layout: the birth date under Nam | Nữ, residence in one cell, sections, footer. */
const canTho: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '92', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const top = LETTERHEAD('DANH SÁCH KIỀU BÀO CÓ THÂN NHÂN TẠI THÀNH PHỐ CẦN THƠ');
  const header: Cell[][] = [
    ['STT', 'Họ và tên', 'Ngày tháng năm sinh', null, 'Quê quán', 'Nơi cư trú hiện nay', 'Số ĐT liên hệ'],
    [null, null, 'Nam', 'Nữ', null, null, null],
  ];
  const spec: LayoutSpec = {
    header,
    row: (p, n) => {
      const born = p.truth.sex === 'male' ? [p.birthWritten, null] : [null, p.birthWritten];
      return [n, p.name, ...born, p.hometownWritten, residence(p), p.phoneWritten];
    },
  };
  const rows = [...top, ...layoutRows(spec, persons, sections, invalid, 'Cần Thơ')];
  const h = top.length + 1;
  const merges = [
    `A4:G4`,
    `A${h}:A${h + 1}`,
    `B${h}:B${h + 1}`,
    `C${h}:D${h}`,
    `E${h}:E${h + 1}`,
    `F${h}:F${h + 1}`,
    `G${h}:G${h + 1}`,
  ];
  return {
    name: 'can-tho-kieu-bao.xlsx',
    province: '92',
    content: await xlsxOf(rows, merges, [3, 4]),
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
  };
};

/** Hải Phòng's layout: a Windows-1258 csv with ; and every column apart. */
const haiPhong: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '31', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const spec: LayoutSpec = {
    header: [
      ['TT', 'Họ tên kiều bào', 'Giới tính', 'Năm sinh', 'Nước định cư', 'Thành phố', 'Quê quán', 'SỐ ĐT', 'Ghi chú'],
    ],
    row: (p, n) => [
      n,
      p.name,
      sexWord(p, ['Nam', 'Nữ']),
      asText(p.birthWritten),
      p.countryWritten,
      p.truth.city,
      p.hometownWritten,
      p.phoneWritten,
      '',
    ],
  };
  const rows = [
    ['DANH SÁCH NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI QUÊ HẢI PHÒNG'],
    [],
    ...layoutRows(spec, persons, sections, invalid, 'Hải Phòng'),
  ];
  return {
    name: 'hai-phong.csv',
    province: '31',
    content: encodeWindows1258(csvOf(rows, ';')),
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
  };
};

/** A list typed on a Mac: UTF-8, decomposed (NFD), commas. */
const macList: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '86', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const spec: LayoutSpec = {
    header: [['Họ và tên', 'Sinh ngày', 'Giới', 'Quốc gia', 'Điện thoại', 'Quê quán']],
    row: (p) => [
      p.name,
      asText(p.birthWritten),
      sexWord(p, ['nam', 'nữ']),
      p.countryWritten,
      p.phoneWritten,
      p.hometownWritten,
    ],
  };
  const rows = [['Danh sách bà con ở nước ngoài'], ...layoutRows(spec, persons, sections, invalid, 'Vĩnh Long')];
  return {
    name: 'vinh-long-mac.csv',
    province: '86',
    content: Buffer.from(csvOf(rows, ',').normalize('NFD'), 'utf8'),
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
  };
};

/** A relatives' association: date cells and serials, the phone as ĐTDĐ, a one-cell address. */
const association: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '79', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const spec: LayoutSpec = {
    header: [['STT', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'NGÀY SINH', 'ĐỊA CHỈ HIỆN NAY', 'ĐTDĐ', 'QUÊ QUÁN']],
    row: (p, n) => [
      n,
      p.name.toUpperCase(),
      sexWord(p, ['Nam', 'Nữ']),
      p.birthWritten,
      residence(p),
      p.phoneWritten,
      p.hometownWritten,
    ],
  };
  const rows = [
    ['HỘI THÂN NHÂN KIỀU BÀO'],
    ['DANH SÁCH HỘI VIÊN CÓ NGƯỜI THÂN Ở NƯỚC NGOÀI'],
    [],
    ...layoutRows(spec, persons, sections, invalid, 'TP. Hồ Chí Minh'),
  ];
  const upper = persons.map((p) => ({ ...p, truth: { ...p.truth, fullName: p.name.toUpperCase() } }));
  return {
    name: 'hoi-than-nhan.xlsx',
    province: '79',
    content: await xlsxOf(rows, ['A1:G1', 'A2:G2'], [4]),
    persons: upper,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
  };
};

/** Excel's "Unicode text": UTF-16 with tabs, headers in capitals. */
const unicodeText: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '48', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const spec: LayoutSpec = {
    header: [['STT', 'HỌ VÀ TÊN', 'NĂM SINH', 'NAM/NỮ', 'NƯỚC ĐANG CƯ TRÚ', 'ĐIỆN THOẠI', 'QUÊ QUÁN']],
    row: (p, n) => [
      n,
      p.name,
      asText(p.birthWritten),
      sexWord(p, ['Nam', 'Nữ']),
      p.countryWritten,
      p.phoneWritten,
      p.hometownWritten,
    ],
  };
  const rows = layoutRows(spec, persons, sections, invalid, 'Đà Nẵng');
  const content = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvOf(rows, '\t'), 'utf16le')]);
  return { name: 'da-nang.txt.csv', province: '48', content, persons, nonData: [...sections, ...SIGNERS], invalid: 2 };
};

/** Sex marked with an x under Nam | Nữ, two phone columns, the numbered columns under the header. */
const marked: Layout = async (random, used, count) => {
  const { persons, sections } = sectioned(random, '37', count, used);
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const header: Cell[][] = [
    [
      'STT',
      'Họ và tên',
      'Giới tính',
      null,
      'Ngày sinh',
      'Nước đang cư trú',
      'Điện thoại 1',
      'Điện thoại 2',
      'Nguyên quán',
    ],
    [null, null, 'Nam', 'Nữ', null, null, null, null, null],
  ];
  const spec: LayoutSpec = {
    header,
    row: (p, n) => {
      const [first, second = ''] = p.phoneWritten.split('; ');
      const marks = p.truth.sex === 'male' ? ['x', null] : [null, 'x'];
      return [n, p.name, ...marks, p.birthWritten, p.countryWritten, first ?? '', second, p.hometownWritten];
    },
  };
  const body = layoutRows(spec, persons, sections, invalid, 'Ninh Bình');
  const rows = [
    ...LETTERHEAD('DANH SÁCH KIỀU BÀO TỈNH NINH BÌNH'),
    header[0]!,
    header[1]!,
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
    ...body.slice(2),
  ];
  const h = 7;
  const merges = ['A4:I4', `A${h}:A${h + 1}`, `B${h}:B${h + 1}`, `C${h}:D${h}`, `E${h}:E${h + 1}`, `F${h}:F${h + 1}`];
  return {
    name: 'ninh-binh.xlsx',
    province: '37',
    content: await xlsxOf(rows, merges, [5]),
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
  };
};

const LAYOUTS: Layout[] = [canTho, haiPhong, macList, association, unicodeText, marked];

/** The corpus: one file per layout, `rows` persons each, from a seed (the same seed, the same files). */
export async function provinceCorpus(seed: number, rows: number): Promise<CorpusFile[]> {
  const random = seededRandom(seed);
  const used = new Set<string>();
  const files: CorpusFile[] = [];
  for (const layout of LAYOUTS) files.push(await layout(random, used, rows));
  return files;
}

export { pick };
