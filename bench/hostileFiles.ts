import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';

/** A file a hostile (or careless) user might upload. */
export interface HostileFile {
  name: string;
  path: string;
  what: string;
}

const MB = 1024 ** 2;

const blockOf = (unit: string) => Buffer.from(unit.repeat(Math.ceil(MB / unit.length)));

/** Writes `head`, then `unit` repeated to about `total` bytes, a megabyte at a time. */
async function writeRepeated(path: string, head: string, unit: string, total: number) {
  const out = createWriteStream(path);
  const block = blockOf(unit);
  out.write(head);
  for (let written = 0; written < total; written += block.length) {
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface ZipPart {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
}

/** A part whose middle is `unit` repeated to `total` bytes, deflated as it is made: never held inflated. */
async function repeatedPart(name: string, head: string, unit: string, total: number, tail: string): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const block = blockOf(unit);
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await once(deflate, 'drain');
  };
  await write(Buffer.from(head));
  for (let written = 0; written < total; written += block.length) await write(block);
  await write(Buffer.from(tail));
  deflate.end();
  await once(deflate, 'end');
  return { name, deflated: Buffer.concat(chunks), crc, size };
}

const xmlPart = (name: string, xml: string) => repeatedPart(name, xml, ' ', 0, '');

/** A zip of deflated parts; with `claimedSize`, its headers state that size for every part (a lie). */
function zipOf(parts: ZipPart[], claimedSize?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = claimedSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts around the first sheet that make a zip an xlsx. */
async function workbookParts(): Promise<ZipPart[]> {
  return Promise.all([
    xmlPart('[Content_Types].xml', '<Types/>'),
    xmlPart('xl/workbook.xml', '<workbook><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    xmlPart(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  ]);
}

const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>';

/**
 * The hostile files of the benchmark, written to `dir`, each about `megabytes` big on disk or
 * inflated: lines and fields without end, a row of a million columns, zip bombs with honest and with
 * lying headers (rows that go on, one shared string of a gigabyte).
 */
export async function writeHostileFiles(dir: string, megabytes: number): Promise<HostileFile[]> {
  const bytes = megabytes * MB;
  const file = (name: string, what: string) => ({ name, path: join(dir, name), what });
  const files = {
    oneLine: file('mot-dong.csv', `csv of one ${megabytes} MB line`),
    unclosedQuote: file('ngoac-mo.csv', `csv whose quote never closes (${megabytes} MB)`),
    wideRow: file('dong-rong.csv', `csv row of ${((bytes / 2) | 0).toLocaleString('en')} columns`),
    bomb: file('bom-zip.xlsx', 'xlsx zip bomb: 1 GiB of rows, headers honest'),
    lyingBomb: file('bom-zip-gia.xlsx', 'xlsx zip bomb: 1 GiB of rows, headers lying'),
    stringBomb: file('bom-chuoi.xlsx', 'xlsx: one shared string of 1 GiB, headers lying'),
  };
  await writeRepeated(files.oneLine.path, 'Họ và tên,', 'A', bytes);
  await writeRepeated(files.unclosedQuote.path, 'Họ và tên,Ghi chú\nNguyễn Văn An,"', 'dòng mới\n', bytes);
  await writeRepeated(files.wideRow.path, 'Họ và tên,', 'x,', bytes);
  const parts = await workbookParts();
  const rows = await repeatedPart(
    'xl/worksheets/sheet1.xml',
    `<worksheet><sheetData>${HEADER_ROW}`,
    '<a/>',
    1024 * MB,
    '</sheetData></worksheet>',
  );
  await writeFile(files.bomb.path, zipOf([...parts, rows]));
  await writeFile(files.lyingBomb.path, zipOf([...parts, rows], 2048));
  const sheet = await xmlPart(
    'xl/worksheets/sheet1.xml',
    `<worksheet><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  );
  const strings = await repeatedPart('xl/sharedStrings.xml', '<sst><si><t>', 'A', 1024 * MB, '</t></si></sst>');
  await writeFile(files.stringBomb.path, zipOf([...parts, sheet, strings], 2048));
  return Object.values(files);
}

/** A JSON body nested `depth` arrays deep: "[[[…]]]". */
export const nestedJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
