import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { copyLine } from '../src/db/copyRows';
import type { DB } from '../src/db/schema';
import { PERSON_CATEGORY_LABELS } from '../src/domain/persons/categories';
import type { PersonInput } from '../src/domain/persons/personSchemas';
import { findCountry } from '../src/domain/reference/countries';
import { syntheticPersons } from '../src/server/demo/syntheticPersons';
import { personRows, type PersonOrigin } from '../src/server/persons/writes/bulkPersonWrites';
import type { IdentityCrypto } from '../src/server/secrets/identityCrypto';

const HEADER = [
  'STT',
  'Họ và tên',
  'Tên khác',
  'Giới tính',
  'Ngày sinh',
  'Quốc tịch',
  'Nước định cư',
  'Thành phố',
  'Quê quán',
  'Diện',
  'Lĩnh vực chuyên môn',
  'SĐT',
  'Số hộ chiếu',
  'Họ tên thân nhân',
  'Quan hệ với thân nhân',
  'Đồng ý cung cấp thông tin',
];

// Every hundredth row has a sex nobody can read: the dry run reports it and the commit leaves it out.
const isInvalidRow = (index: number) => index % 100 === 99;

const pad = (n: number) => String(n).padStart(2, '0');

/** A person as a province types them: Vietnamese names of countries, dd/mm/yyyy dates, spaced phones. */
function csvLine(index: number, p: PersonInput): string {
  const birth = p.birthDate;
  const date = !birth
    ? ''
    : birth.day
      ? `${pad(birth.day)}/${pad(birth.month!)}/${birth.year}`
      : birth.month
        ? `${pad(birth.month)}/${birth.year}`
        : String(birth.year);
  const phone = p.phones[0]?.replace(/^\+84(\d{3})(\d{3})(\d+)$/, '0$1 $2 $3') ?? '';
  const relative = p.relatives[0];
  const cells = [
    String(index + 1),
    p.fullName,
    p.aliases.map((a) => a.name).join('; '),
    isInvalidRow(index) ? 'không rõ' : p.sex === 'female' ? 'Nữ' : 'Nam',
    date,
    p.nationalities.map((code) => findCountry(code)?.nameVi ?? code).join(', '),
    p.residenceCountry ? (findCountry(p.residenceCountry)?.nameVi ?? p.residenceCountry) : '',
    p.residenceCity ?? '',
    p.hometownText ?? '',
    p.categories.map((c) => PERSON_CATEGORY_LABELS[c].vi).join(', '),
    p.expertise.join('; '),
    phone,
    p.identityDocuments[0]?.number ?? '',
    relative?.fullName ?? '',
    relative?.relationship ?? '',
    // Consent as lists write it: yes for most, no for some (a no is recorded, a yes needs evidence).
    ['Có', 'Có', 'Không', ''][index % 4]!,
  ];
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n';
}

export interface CopyFile {
  table: keyof DB;
  columns: string[];
  path: string;
}

/** The tables a load of persons writes, each referring only to the ones before it. */
export const PERSON_TABLES = [
  'person',
  'person_identity_document',
  'relative',
  'person_relative',
  'person_match_key',
  'person_change',
] as const;

/**
 * Writes, for the same made-up persons, the spreadsheet a province would send (csv with a title
 * row) and, for its valid lines, the very rows our import stores (attributed to `origin`) in COPY's
 * text format, table by table.
 */
export async function writeImportFiles(dir: string, rows: number, crypto: IdentityCrypto, origin: PersonOrigin) {
  const csvPath = join(dir, `import-${rows}.csv`);
  const csv = createWriteStream(csvPath);
  const files = PERSON_TABLES.map((table) => copyFile(dir, table));
  await write(csv, '\ufeffDANH SÁCH NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI (số liệu thử nghiệm)\r\n' + HEADER.join(',') + '\r\n');
  const next = syntheticPersons(7);
  let valid = 0;
  for (let i = 0; i < rows; i++) {
    const person = { ...next(), sourceProvinceCode: '92', sourceAgency: null };
    await write(csv, csvLine(i, person));
    if (isInvalidRow(i)) continue;
    valid++;
    const { tables } = personRows(crypto, [person], origin);
    for (const [index, table] of PERSON_TABLES.entries()) await files[index]!.add(tables[table]);
  }
  csv.end();
  await once(csv, 'close');
  const copyFiles = await Promise.all(files.map((file) => file.close()));
  return { csvPath, copyFiles, valid };
}

function copyFile(dir: string, table: keyof DB) {
  const path = join(dir, `${table}.copy`);
  const stream = createWriteStream(path);
  let columns: string[] | null = null;
  return {
    async add(rows: readonly Record<string, unknown>[]) {
      for (const row of rows) {
        columns ??= Object.keys(row);
        await write(stream, copyLine(row, columns));
      }
    },
    async close(): Promise<CopyFile> {
      stream.end();
      await once(stream, 'close');
      return { table, columns: columns ?? [], path };
    },
  };
}

async function write(stream: WriteStream, text: string) {
  if (!stream.write(text)) await once(stream, 'drain');
}
