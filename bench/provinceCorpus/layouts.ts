import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { encodeWindows1258 } from '../../test/helpers/importFixtures';
import { pick, seededRandom, variantOf, writtenPerson, type WrittenPerson } from './persons';

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
  /** The sheet row of each person, by the name the row writes. */
  rowOf: Map<string, number>;
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

/** The persons of a file (and those carried over from another province's list), in sections. */
function sectioned(random: Random, province: string, count: number, used: Set<string>, carried: WrittenPerson[]) {
  const persons = [...Array.from({ length: count }, () => writtenPerson(random, [province], used)), ...carried];
  const sections = ['HUYỆN PHONG ĐIỀN', 'QUẬN NINH KIỀU', 'CÁC ĐỊA PHƯƠNG KHÁC'];
  return { persons, sections };
}

const invalidPerson = (person: WrittenPerson, i: number): WrittenPerson =>
  i % 2 ? { ...person, birthWritten: '31/02/1980' } : { ...person, countryWritten: 'Atlantis' };

// Which person each generated row writes: their sheet rows are known once the sheet is assembled.
const PERSON_OF_ROW = new WeakMap<Cell[], WrittenPerson>();

function rowNumbers(rows: readonly Cell[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  rows.forEach((row, i) => {
    const person = PERSON_OF_ROW.get(row);
    if (person) numbers.set(person.truth.fullName, i + 1);
  });
  return numbers;
}

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
      const cells = spec.row(p, ++n);
      PERSON_OF_ROW.set(cells, p);
      rows.push(cells);
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

type Layout = (random: Random, used: Set<string>, count: number, carried: WrittenPerson[]) => Promise<CorpusFile>;

/** Cần Thơ's layout: the birth date under Nam | Nữ, residence in one cell, sections, footer. */
const canTho: Layout = async (random, used, count, carried) => {
  const { persons, sections } = sectioned(random, '92', count, used, carried);
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
    rowOf: rowNumbers(rows),
  };
};

/** Hải Phòng's layout: a Windows-1258 csv with ; and every column apart. */
const haiPhong: Layout = async (random, used, count, carried) => {
  const { persons, sections } = sectioned(random, '31', count, used, carried);
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
    rowOf: rowNumbers(rows),
  };
};

/** A list typed on a Mac: UTF-8, decomposed (NFD), commas. */
const macList: Layout = async (random, used, count, carried) => {
  const { persons, sections } = sectioned(random, '86', count, used, carried);
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
    rowOf: rowNumbers(rows),
  };
};

/** A relatives' association: date cells and serials, the phone as ĐTDĐ, a one-cell address. */
const association: Layout = async (random, used, count, carried) => {
  const listed = sectioned(random, '79', count, used, carried);
  // Names in capitals, as the association typed them.
  const persons = listed.persons.map((p) => {
    const name = p.name.toUpperCase();
    return { ...p, name, truth: { ...p.truth, fullName: name } };
  });
  const sections = listed.sections;
  const invalid = persons.splice(0, 2).map(invalidPerson);
  const spec: LayoutSpec = {
    header: [['STT', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'NGÀY SINH', 'ĐỊA CHỈ HIỆN NAY', 'ĐTDĐ', 'QUÊ QUÁN']],
    row: (p, n) => [
      n,
      p.name,
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
  return {
    name: 'hoi-than-nhan.xlsx',
    province: '79',
    content: await xlsxOf(rows, ['A1:G1', 'A2:G2'], [4]),
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
    rowOf: rowNumbers(rows),
  };
};

/** Excel's "Unicode text": UTF-16 with tabs, headers in capitals. */
const unicodeText: Layout = async (random, used, count, carried) => {
  const { persons, sections } = sectioned(random, '48', count, used, carried);
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
  return {
    name: 'da-nang.txt.csv',
    province: '48',
    content,
    persons,
    nonData: [...sections, ...SIGNERS],
    invalid: 2,
    rowOf: rowNumbers(rows),
  };
};

/** Sex marked with an x under Nam | Nữ, two phone columns, the numbered columns under the header. */
const marked: Layout = async (random, used, count, carried) => {
  const { persons, sections } = sectioned(random, '37', count, used, carried);
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
    rowOf: rowNumbers(rows),
  };
};

const LAYOUTS: Layout[] = [canTho, haiPhong, macList, association, unicodeText, marked];

/** One person in two files: the file and name of each copy. */
export interface TruePair {
  a: { file: number; name: string };
  b: { file: number; name: string };
}

const CARRIED_SHARE = 0.08;

/**
 * The corpus: one file per layout, `rows` persons each, from a seed (the same seed, the same files).
 * Some persons of each file are in the next file too, written otherwise: the true duplicate pairs.
 */
export async function provinceCorpus(seed: number, rows: number): Promise<{ files: CorpusFile[]; pairs: TruePair[] }> {
  const random = seededRandom(seed);
  const used = new Set<string>();
  const files: CorpusFile[] = [];
  const pairs: TruePair[] = [];
  let carried: { from: number; original: WrittenPerson; copy: WrittenPerson }[] = [];
  for (const [i, layout] of LAYOUTS.entries()) {
    const file = await layout(
      random,
      used,
      rows,
      carried.map((c) => c.copy),
    );
    files.push(file);
    // The copies carried in close the file's persons (sections take them in order).
    const copies = carried.length ? file.persons.slice(-carried.length) : [];
    carried.forEach((c, k) => {
      const copy = copies[k];
      if (copy)
        pairs.push({ a: { file: c.from, name: c.original.truth.fullName }, b: { file: i, name: copy.truth.fullName } });
    });
    const fresh = file.persons.slice(0, rows - 2);
    carried = fresh
      .filter(() => random() < CARRIED_SHARE)
      .map((original) => ({ from: i, original, copy: variantOf(random, original) }));
  }
  return { files, pairs };
}

export { pick };
