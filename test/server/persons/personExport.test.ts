import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPersons } from '../../../src/server/demo/syntheticPersons';
import { bulkInsertPersons } from '../../../src/server/persons/writes/bulkPersonWrites';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('export of the filtered person list', () => {
  let t: TestApp;
  let canTho: Client;
  let viewer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    canTho = await t.login('ct.officer');
    viewer = await t.login('ct.viewer');
    const haiPhong = await t.login('hp.officer');
    const created = await Promise.all([
      canTho.post('/api/persons', {
        fullName: 'Trương Văn Ba',
        sex: 'male',
        birthDate: { year: 1961, month: 4, day: 30 },
        residenceCountry: 'US',
        hometownText: 'Cần Thơ',
        phones: ['+1 408 555 0100'],
        notes: '=HYPERLINK("http://evil.example","bấm vào")',
        identityDocuments: [{ type: 'passport', number: 'C7654321', issuingCountry: 'VN' }],
        relatives: [{ fullName: 'Trương Thị Tư', relationship: 'em gái', phone: '0901234567' }],
      }),
      canTho.post('/api/persons', { fullName: '@Lê Thị Năm', residenceCountry: 'FR', hometownText: 'Cần Thơ' }),
      haiPhong.post('/api/persons', { fullName: 'Vũ Văn Sáu', residenceCountry: 'US', hometownText: 'Hải Phòng' }),
    ]);
    for (const response of created) expect(response.statusCode, response.body).toBe(201);
  });
  afterAll(() => t.close());

  it('writes csv with Vietnamese headers, only the province’s persons, formulas neutralised', async () => {
    const response = await canTho.get('/api/persons/export.csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="danh-sach-kieu-bao-.*\.csv"/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parse(response.body.slice(1)) as string[][];
    expect(header).toEqual(expect.arrayContaining(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Quốc gia cư trú']));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[column('Họ và tên')])).toEqual(["'@Lê Thị Năm", 'Trương Văn Ba']);
    const ba = rows[1]!;
    expect(ba[column('Giới tính')]).toBe('Nam');
    expect(ba[column('Ngày sinh')]).toBe('30/04/1961');
    expect(ba[column('Quốc gia cư trú')]).toBe('Hoa Kỳ');
    expect(ba[column('Số điện thoại')]).toBe("'+14085550100");
    expect(ba[column('Ghi chú')]).toBe('\'=HYPERLINK("http://evil.example","bấm vào")');
    expect(ba[column('Họ tên thân nhân')]).toBe('Trương Thị Tư');
  });

  it('writes xlsx with the same rows, applying the list filters', async () => {
    const response = await canTho.get('/api/persons/export.xlsx?country=Hoa%20K%E1%BB%B3');
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const ba = (sheet.getRow(2).values as string[]).slice(1);
    expect(sheet.rowCount).toBe(2);
    expect(ba[header.indexOf('Họ và tên')]).toBe('Trương Văn Ba');
    // An officer may see identity numbers, and so the export holds them.
    expect(ba[header.indexOf('Số hộ chiếu')]).toBe('C7654321');
  });

  it('holds every match of a long list, page after page', async () => {
    const next = syntheticPersons(3);
    // Hà Nội's alone: no other list of this file holds them.
    const persons = Array.from({ length: 1_234 }, () => ({
      ...next(),
      hometownText: 'Hà Nội',
      hometownProvinceCode: '01',
      sourceProvinceCode: '01',
    }));
    await bulkInsertPersons(t.db, t.app.identityCrypto, persons, null);
    // Hà Nội's own officer: the list stays in its keeping province, so no consent to sharing is asked.
    await t.createUser(...USERS.hnOfficer);
    const haNoi = await t.login(USERS.hnOfficer[0]);
    const response = await haNoi.get('/api/persons/export.csv?sourceProvince=01&sort=updated');
    expect(response.statusCode).toBe(200);
    const rows = parse(response.body.slice(1)) as string[][];
    expect(rows).toHaveLength(1 + 1_234);
  });

  it('names a bad filter before any byte is sent', async () => {
    const response = await canTho.get('/api/persons/export.csv?country=Atlantis');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ path: 'country' })]);
  });

  it('is for staff only: a viewer may read records but not download the list', async () => {
    expect((await viewer.get('/api/persons')).statusCode).toBe(200);
    expect((await viewer.get('/api/persons/export.csv')).statusCode).toBe(403);
  });

  it('audits each export with its filters and the number of persons', async () => {
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    expect((await canTho.get('/api/persons/export.csv?q=truong van ba')).statusCode).toBe(200);
    expect((await canTho.get('/api/persons/export.xlsx?country=Hoa%20K%E1%BB%B3')).statusCode).toBe(200);
    const entries = await t.db
      .selectFrom('audit_log')
      .select(['username', 'details'])
      .where('action', '=', 'person.export')
      .where('id', '>', before.id ?? 0)
      .orderBy('id')
      .execute();
    expect(entries.map((e) => [e.username, e.details])).toEqual([
      [
        'ct.officer',
        {
          format: 'csv',
          filters: expect.objectContaining({ q: 'truong van ba' }),
          persons: 1,
          complete: true,
          withoutSharingConsent: 0,
        },
      ],
      [
        'ct.officer',
        {
          format: 'xlsx',
          filters: expect.objectContaining({ country: 'Hoa Kỳ' }),
          persons: 1,
          complete: true,
          withoutSharingConsent: 0,
        },
      ],
    ]);
  });
});
