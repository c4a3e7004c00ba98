import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf, encodeWindows1258, MESSY_ROWS, messyWorkbook, provinceWorkbook } from '../../helpers/importFixtures';
import { commitAndWait as commitAndWaitIn, upload, uploadAndCheck } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

// Cần Thơ (92) and Hà Nội (01).
let t: TestApp;
let admin: Client;
let officer: Client;
let otherOfficer: Client;

beforeAll(async () => {
  t = await startTestApp();
  await t.createUser(...USERS.ministry);
  await t.createUser(...USERS.ctOfficer);
  await t.createUser('hn.officer', 'province_officer', '01');
  [admin, officer, otherOfficer] = await Promise.all([
    t.login('bo.admin'),
    t.login('ct.officer'),
    t.login('hn.officer'),
  ]);
});
afterAll(() => t.close());

const commitAndWait = (client: Client, id: string) => commitAndWaitIn(t, client, id);

describe('import of a hand-made csv', () => {
  // Each test imports a file of its own: the same bytes twice would be "imported before", and the
  // same names would meet in another test's lists.
  // No tag is one typo from a word of the names ("Thọ" would find "Thị"): search tolerates one.
  const tags = ['Kiên', 'Trung', 'Khôi', 'Cường', 'Khang', 'Phúc', 'Lộc', 'Vĩnh', 'Quyết', 'Hiếu'];
  function messyFile() {
    const tag = tags.shift()!;
    const rows = MESSY_ROWS.map((row) =>
      row.map((cell, i) => (i === 1 && /^\d+$/.test(row[0]!) ? `${cell} ${tag}` : cell)),
    );
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows), 'utf8')]);
    return { tag, content };
  }
  const uploaded = async (content: Buffer) => {
    const response = await upload(officer, 'can-tho.csv', content);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const committed = async () => {
    const file = messyFile();
    const checked = await uploadAndCheck(officer, 'can-tho.csv', file.content);
    const batch = await commitAndWait(officer, checked.id);
    return { ...file, batch };
  };
  const namesFound = async (q: string) =>
    (await officer.get(`/api/persons?q=${encodeURIComponent(q)}&limit=50`))
      .json()
      .items.map((p: { fullName: string }) => p.fullName);

  it('finds the header below the titles and maps the Vietnamese headers', async () => {
    const batch = await uploaded(messyFile().content);
    expect(batch).toMatchObject({ fileKind: 'csv', headerRow: 4, sourceProvinceCode: '92', status: 'uploaded' });
    expect(batch.columns.map((c: { column: string }) => c.column)).toEqual([
      'rowNumber',
      'fullName',
      'sex',
      'birthDate',
      'residenceCountry',
      'phone',
    ]);
  });

  it('dry-runs: counts valid and invalid rows and names each problem', async () => {
    const { tag, content } = messyFile();
    const batch = await uploaded(content);
    const checked = (await officer.post(`/api/imports/${batch.id}/check`)).json();
    expect(checked).toMatchObject({ status: 'checked', rowsTotal: 4, rowsValid: 3, rowsInvalid: 1 });
    const problems = (await officer.get(`/api/imports/${batch.id}/problems`)).json();
    expect(problems.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rowNumber: 8, column: 'sex', code: 'sexInvalid', value: 'X' }),
        expect.objectContaining({ rowNumber: 8, column: 'birthDate', code: 'dateInvalid', value: '31/02/1980' }),
        expect.objectContaining({ rowNumber: 8, column: 'residenceCountry', code: 'unknownCountry' }),
        expect.objectContaining({ rowNumber: 8, column: 'phone', code: 'phoneIgnored', value: 'abc' }),
      ]),
    );
    expect(await namesFound(`nguyen van an ${tag}`)).toEqual([]);
  });

  it('offers the report as xlsx', async () => {
    const batch = await uploaded(messyFile().content);
    await officer.post(`/api/imports/${batch.id}/check`);
    const report = await officer.get(`/api/imports/${batch.id}/report.xlsx`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('commits the valid rows only, attributed to the officer province', async () => {
    const { tag, batch } = await committed();
    expect(batch).toMatchObject({ status: 'committed', rowsCommitted: 3 });
    const list = (await officer.get(`/api/persons?q=${encodeURIComponent(tag)}&sourceProvince=92`)).json();
    expect(list.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      `Nguyễn Văn An ${tag}`,
      `Phạm Thị Hồng Nhung ${tag}`,
      `Trần Thị Bích ${tag}`,
    ]);
    expect(list.items.find((p: { fullName: string }) => p.fullName === `Nguyễn Văn An ${tag}`)).toMatchObject({
      sex: 'male',
      birthDate: { year: 1970, month: 5, day: 12 },
      residenceCountry: 'US',
    });
  });

  it('refuses the same file a second time and says so', async () => {
    const { content, batch } = await committed();
    const again = await uploadAndCheck(officer, 'can-tho-copy.csv', content);
    expect(again.alreadyImportedAs).toMatchObject({ id: batch.id });
    // Rows that surely are the persons just stored are proposed as skips (nothing new); the rest as possible duplicates.
    expect(again).toMatchObject({ rowsSkip: 2, rowsDuplicate: 1 });
    const commit = await officer.post(`/api/imports/${again.id}/commit`);
    expect(commit.statusCode).toBe(409);
    expect(commit.json().error.code).toBe('ALREADY_IMPORTED');
  });

  it('keeps batches within the province', async () => {
    const { content } = messyFile();
    const batch = await uploaded(content);
    expect((await otherOfficer.get(`/api/imports/${batch.id}`)).statusCode).toBe(404);
    const own = (await officer.get('/api/imports')).json();
    expect(own.find((b: { id: string }) => b.id === batch.id)).toMatchObject({ createdBy: 'ct.officer' });
    expect((await otherOfficer.get('/api/imports')).json()).toEqual([]);
    const elsewhere = await upload(officer, 'x.csv', content, { sourceProvince: 'Hà Nội' });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('rolls a batch back as a whole (administrators only)', async () => {
    const { tag, batch } = await committed();
    expect((await officer.post(`/api/imports/${batch.id}/rollback`)).statusCode).toBe(403);
    const rolledBack = await admin.post(`/api/imports/${batch.id}/rollback`);
    expect(rolledBack.statusCode, rolledBack.body).toBe(200);
    expect(rolledBack.json().status).toBe('rolled_back');
    expect(await namesFound(`nguyen van an ${tag}`)).toEqual([]);
  });

  it("names the fields an imported person's history holds, and writes its rollback as a deletion", async () => {
    const { tag, batch } = await committed();
    const found = (await officer.get(`/api/persons?q=${encodeURIComponent(`nguyen van an ${tag}`)}`)).json();
    const id = found.items[0].id;
    const createdResponse = await officer.get(`/api/persons/${id}/history`);
    expect(createdResponse.statusCode, createdResponse.body).toBe(200);
    const created = createdResponse.json();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ version: 1, action: 'create' });
    // The fields the row filled, named; their values are the record's first version.
    expect(created[0].changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['fullName', 'birthDate', 'residenceCountry', 'sex']),
    );
    await admin.post(`/api/imports/${batch.id}/rollback`);
    const history = (await admin.get(`/api/persons/${id}/history`)).json();
    expect(history[0]).toMatchObject({ version: 2, action: 'delete' });
    expect(history[0].changes).toEqual([{ field: 'deleted', from: false, to: true }]);
  });
});

describe('encodings and formats', () => {
  const rows = [
    ['Họ và tên', 'Năm sinh', 'Quê quán'],
    ['Huỳnh Thị Ngọc Hân', '1966', 'Sóc Trăng'],
  ];

  it.each([
    ['UTF-8 without BOM', Buffer.from(csvOf(rows, ';'), 'utf8')],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvOf(rows, '\t'), 'utf16le')])],
    ['Windows-1258', encodeWindows1258(csvOf(rows))],
    // Mac-made files and legacy converters write letters and their marks apart.
    ['UTF-8 decomposed (NFD)', Buffer.from(csvOf(rows).normalize('NFD'), 'utf8')],
  ])('reads %s', async (_label, content) => {
    const checked = await uploadAndCheck(admin, 'enc.csv', content, { sourceProvince: 'Cần Thơ' });
    expect(checked).toMatchObject({ rowsValid: 1, rowsInvalid: 0 });
    expect(checked.columns.map((c: { column: string }) => c.column)).toEqual(['fullName', 'birthYear', 'hometown']);
    await commitAndWait(admin, checked.id);
    const found = (await admin.get('/api/persons?q=huynh thi ngoc han')).json();
    expect(found.items[0]).toMatchObject({ fullName: 'Huỳnh Thị Ngọc Hân', hometownProvinceCode: '92' });
    await admin.post(`/api/imports/${checked.id}/rollback`);
  });

  it('composes every cell as it reads it: a decomposed Nam | Nữ header is the birth date under the sex', async () => {
    const file = [
      ['Họ và tên', 'Ngày sinh', ''],
      ['', 'Nam', 'Nữ'],
      ['Ông Thị Ngọc Diệp', '', '1972'],
    ];
    const content = Buffer.from(csvOf(file).normalize('NFD'), 'utf8');
    const checked = await uploadAndCheck(officer, 'mac-nam-nu.csv', content);
    expect(checked.columns.map((c: { column: string | null }) => c.column)).toEqual([
      'fullName',
      'birthDateMale',
      'birthDateFemale',
    ]);
    expect(checked).toMatchObject({ rowsValid: 1, rowsInvalid: 0 });
  });

  it('reports a column it does not understand on the header row, and never drops it silently', async () => {
    const file = [
      ['Họ và tên', 'Năm sinh', 'Màu mắt'],
      ['Tô Thị Hạnh Duyên', '1971', 'nâu'],
    ];
    const checked = await uploadAndCheck(officer, 'cot-la.csv', Buffer.from(csvOf(file), 'utf8'));
    expect(checked.columns.map((c: { column: string | null }) => c.column)).toEqual(['fullName', 'birthYear', null]);
    const problems = (await officer.get(`/api/imports/${checked.id}/problems`)).json();
    expect(problems.items).toEqual([
      expect.objectContaining({ rowNumber: 1, column: 'C', code: 'columnIgnored', value: 'Màu mắt' }),
    ]);
    expect(problems.items[0].message).toMatch(/không được nhập/);
  });

  it('reads a province list: Nam | Nữ dates, merged cells down, sections, repeated header, footer and signers left out', async () => {
    const tag = 'Thạch';
    const checked = await uploadAndCheck(officer, 'ninh-kieu.xlsx', await provinceWorkbook(tag));
    expect(checked.columns.map((c: { column: string | null }) => c.column)).toEqual([
      'rowNumber',
      'fullName',
      'birthDateMale',
      'birthDateFemale',
      'hometown',
      'residence',
    ]);
    expect(checked).toMatchObject({ headerRow: 5, rowsTotal: 3, rowsValid: 3, rowsInvalid: 0 });
    await commitAndWait(officer, checked.id);
    const list = (await officer.get(`/api/persons?q=${encodeURIComponent(tag)}&limit=50`)).json();
    const byName = (name: string) => list.items.find((p: { fullName: string }) => p.fullName === `${name} ${tag}`);
    expect(list.total).toBe(3);
    expect(byName('Trần Văn Hùng')).toMatchObject({
      sex: 'male',
      birthDate: { year: 1977, month: 2, day: 14 },
      residenceCountry: 'AT',
      residenceCity: 'Wien',
    });
    // The hometown is merged down over the family: it is each one's.
    const mai = (await officer.get(`/api/persons/${byName('Trần Thị Mai').id}`)).json();
    expect(mai).toMatchObject({
      sex: 'female',
      birthDate: { year: 1980, month: 3, day: 5 },
      hometownText: 'Phường An Hòa, Ninh Kiều',
      residenceCountry: 'FR',
      residenceCity: 'Paris',
    });
    expect(byName('Lê Thị Thu')).toMatchObject({ sex: 'female', birthDate: { year: 1965 }, residenceCountry: 'AU' });
    const signers = (await officer.get(`/api/persons?q=${encodeURIComponent('Nguyễn Thị Lập')}`)).json();
    expect(signers.items).toEqual([]);
    await officer.post(`/api/imports/${checked.id}/rollback`);
  });

  it('reads a hand-made xlsx: merged title, grouped header, date cells and serial numbers', async () => {
    const checked = await uploadAndCheck(admin, 'ds.xlsx', await messyWorkbook(), { sourceProvince: 'Cần Thơ' });
    expect(checked).toMatchObject({ fileKind: 'xlsx', headerRow: 4, rowsValid: 3, rowsInvalid: 0 });
    expect(checked.columns.map((c: { column: string }) => c.column)).toEqual([
      'rowNumber',
      'fullName',
      'birthDate',
      'residenceCountry',
      'relativeName',
      'relativeRelationship',
      'relativePhone',
    ]);
    await commitAndWait(admin, checked.id);
    const list = (await admin.get('/api/persons?sourceProvince=92&country=DE')).json();
    expect(list.items.map((p: { fullName: string; birthDate: unknown }) => [p.fullName, p.birthDate])).toEqual([
      ['Đặng Văn Long', { year: 1985, month: 3, day: 31 }],
    ]);
  });
});

describe('bad files', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'FILE_EMPTY'],
    [
      'an image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]),
      'FILE_IS_IMAGE',
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'FILE_IS_PDF'],
    [
      'a web page saved as .xls',
      Buffer.from(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>Họ và tên</td></tr></table></body></html>',
      ),
      'FILE_IS_HTML',
    ],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'FILE_TYPE_UNSUPPORTED'],
    ['a damaged xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'FILE_CORRUPTED'],
    ['a sheet without a name column', Buffer.from('Ngày sinh,Giới tính\n1/1/1980,Nam\n'), 'HEADER_NOT_FOUND'],
  ])('refuses %s', async (_label, content, code) => {
    const response = await upload(admin, 'bad.xlsx', content, { sourceProvince: 'Cần Thơ' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe(code);
  });

  it.each([
    ['a Word document', 'word/document.xml', 'FILE_IS_WORD'],
    ['an OpenDocument file', 'content.xml', 'FILE_IS_OPENDOCUMENT'],
    ['a zip of other files', 'danh-sach.pdf', 'FILE_IS_ARCHIVE'],
  ])('refuses %s under a spreadsheet name, saying what it is', async (_label, entry, code) => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/octet-stream');
    zip.file(entry, 'x');
    const content = await zip.generateAsync({ type: 'nodebuffer' });
    const response = await upload(admin, 'danh-sach.xlsx', content, { sourceProvince: 'Cần Thơ' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe(code);
  });

  it.each([
    ['a header alone', 'Họ và tên,Năm sinh\n'],
    ['a header and its footer', 'Họ và tên,Năm sinh\n,\nTổng cộng: 0,\nNGƯỜI LẬP BIỂU,\nNguyễn Văn Ký,\n'],
  ])('refuses %s at upload', async (_label, text) => {
    const response = await upload(admin, 'h.csv', Buffer.from(text), { sourceProvince: '92' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('NO_DATA_ROWS');
  });

  it('refuses two columns of one single value at upload, naming them', async () => {
    const content = Buffer.from('Họ và tên,Ngày sinh,Sinh ngày\nLý Văn Tư,1/1/1970,1/1/1971\n');
    const response = await upload(admin, 'dup.csv', content, { sourceProvince: '92' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'DUPLICATE_COLUMNS',
      details: [{ path: 'columns.birthDate', code: 'duplicateColumns', message: 'B "Ngày sinh" và C "Sinh ngày"' }],
    });
  });

  it('adds up two phone columns, and takes a corrected mapping that is remembered for the source', async () => {
    // A source of its own (the province and an association): what it remembers reaches no other test.
    const association = await officer.post('/api/associations', {
      kind: 'relatives',
      name: 'Hội thân nhân phường An Khánh',
    });
    expect(association.statusCode, association.body).toBe(201);
    const source = { sourceAssociation: association.json().name };
    const content = Buffer.from('Họ và tên,SĐT,Điện thoại\nLý Văn Tư,0901234567,0912345678\n');
    const uploaded = (await upload(officer, 'dup.csv', content, source)).json();
    expect(uploaded.columns.map((c: { column: string }) => c.column)).toEqual(['fullName', 'phone', 'phone']);
    const checked = await officer.post(`/api/imports/${uploaded.id}/check`);
    expect(checked.json()).toMatchObject({ rowsValid: 1, rowsInvalid: 0 });
    const remapped = await officer.put(`/api/imports/${uploaded.id}/mapping`, {
      columns: [{ index: 2, column: 'relativePhone' }],
    });
    expect(remapped.statusCode, remapped.body).toBe(200);
    expect((await officer.post(`/api/imports/${uploaded.id}/check`)).json()).toMatchObject({ rowsValid: 1 });
    const next = (
      await upload(
        officer,
        'dup2.csv',
        Buffer.from('Họ và tên,SĐT,Điện thoại\nLý Văn Năm,0901234567,0912345678\n'),
        source,
      )
    ).json();
    expect(next.columns.map((c: { column: string }) => c.column)).toEqual(['fullName', 'phone', 'relativePhone']);
  });
});

it('serves the template with the canonical columns', async () => {
  const response = await officer.get('/api/imports/template.xlsx');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
});
