import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../../helpers/importFixtures';
import { commitAndWait, uploadAndCheck } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

const osaka = {
  kind: 'overseas',
  name: 'Hội người Việt Nam tại Osaka',
  country: 'JP',
  city: 'Osaka',
  fields: ['business', 'cultural'],
  phones: ['+81 6 1234 5678'],
  emails: ['Hoi@Example.jp'],
  leaders: [{ name: 'Trần Văn Nhật', title: 'Chủ tịch', phone: '+81 90 1111 2222' }],
};
const relativesOfCanTho = { kind: 'relatives', name: 'Hội thân nhân kiều bào thành phố Cần Thơ' };

describe('associations (hội đoàn, hội thân nhân)', () => {
  let t: TestApp;
  let officer: Client;
  let haiPhong: Client;
  let national: Client;
  let viewer: Client;
  let agency: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctViewer);
    await t.createUser(...USERS.ctAgency);
    officer = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    national = await t.login(USERS.ministry[0]);
    viewer = await t.login('ct.viewer');
    agency = await t.login('ct.agency');
  });
  afterAll(() => t.close());

  async function create(client: Client, body: unknown) {
    const response = await client.post('/api/associations', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("records an overseas association in the officer's province, with leaders and normalised contacts", async () => {
    const association = await create(officer, osaka);
    expect(association).toMatchObject({
      kind: 'overseas',
      provinceCode: '92',
      country: 'JP',
      phones: ['+81612345678'],
      emails: ['hoi@example.jp'],
      leaders: [{ name: 'Trần Văn Nhật', title: 'Chủ tịch', phone: '+819011112222', email: null }],
      members: 0,
      personsSupplied: 0,
      version: 1,
    });
  });

  it('names the field of what is wrong, and refuses the same name twice in one province', async () => {
    const noCountry = await officer.post('/api/associations', { kind: 'overseas', name: 'Hội sinh viên' });
    expect(noCountry.statusCode).toBe(400);
    expect(noCountry.json().error.details).toEqual([expect.objectContaining({ path: 'country', code: 'required' })]);
    const badKind = await officer.post('/api/associations', { ...osaka, kind: 'club' });
    expect(badKind.json().error.details[0].path).toBe('kind');
    await create(officer, { ...osaka, name: 'Hội doanh nhân Việt Nam tại Nhật Bản' });
    const again = await officer.post('/api/associations', {
      ...osaka,
      name: 'HOI DOANH NHAN VIET NAM TAI NHAT BAN',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0]).toMatchObject({ path: 'name', code: 'associationExists' });
    // Another province may have its own association of that name.
    await create(haiPhong, { ...osaka, name: 'Hội doanh nhân Việt Nam tại Nhật Bản' });
  });

  it('finds associations by name without diacritics, kind, country and field, within the jurisdiction', async () => {
    await create(officer, {
      ...osaka,
      name: 'Hội sinh viên Việt Nam tại Hàn Quốc',
      country: 'KR',
      fields: ['student'],
    });
    await create(haiPhong, { ...osaka, name: 'Hội sinh viên Việt Nam tại Hàn Quốc (Hải Phòng)', country: 'KR' });
    const list = (await officer.get('/api/associations?q=sinh vien&country=Hàn Quốc&field=student')).json();
    expect(list.items.map((a: { name: string }) => a.name)).toEqual(['Hội sinh viên Việt Nam tại Hàn Quốc']);
    expect((await national.get('/api/associations?q=sinh vien')).json().total).toBe(2);
    expect((await officer.get('/api/associations?province=31')).statusCode).toBe(403);
    expect((await officer.get('/api/associations?country=Atlantis')).json().error.details[0].path).toBe('country');
  });

  it('changes an association with the version read, and refuses a stale one', async () => {
    const association = await create(officer, { ...osaka, name: 'Hội người Việt tại Kyoto', city: 'Kyoto' });
    const changed = await officer.put(`/api/associations/${association.id}`, {
      ...osaka,
      name: 'Hội người Việt tại Kyoto',
      city: 'Kyōto',
      status: 'inactive',
      version: 1,
    });
    expect(changed.json()).toMatchObject({ city: 'Kyōto', status: 'inactive', version: 2 });
    const stale = await officer.put(`/api/associations/${association.id}`, { ...osaka, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await haiPhong.get(`/api/associations/${association.id}`)).statusCode).toBe(404);
  });

  it('keeps members (persons of the registry) with role and dates', async () => {
    const association = await create(officer, relativesOfCanTho);
    const person = (await officer.post('/api/persons', { fullName: 'Võ Thị Hạnh', hometownText: 'Cần Thơ' })).json();
    const added = await officer.post(`/api/associations/${association.id}/members`, {
      personId: person.id,
      role: 'vice_chair',
      joinedOn: '2020-01-15',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().memberList).toEqual([
      expect.objectContaining({
        personId: person.id,
        fullName: 'Võ Thị Hạnh',
        role: 'vice_chair',
        joinedOn: '2020-01-15',
      }),
    ]);
    const memberId = added.json().memberList[0].id;
    const badDates = await officer.put(`/api/associations/${association.id}/members/${memberId}`, {
      personId: person.id,
      joinedOn: '2020-01-15',
      leftOn: '2019-01-01',
    });
    expect(badDates.json().error.details[0]).toMatchObject({ path: 'leftOn', code: 'dateRange' });
    const memberships = (await officer.get(`/api/associations?personId=${person.id}`)).json();
    expect(memberships.items.map((a: { id: string }) => a.id)).toEqual([association.id]);
    const removed = await officer.delete(`/api/associations/${association.id}/members/${memberId}`);
    expect(removed.json()).toMatchObject({ members: 0, memberList: [] });
  });

  it("refuses a member of another province's registry", async () => {
    const association = await create(officer, { ...relativesOfCanTho, name: 'Hội thân nhân quận Ninh Kiều' });
    const other = (await haiPhong.post('/api/persons', { fullName: 'Đỗ Văn Hải', hometownText: 'Hải Phòng' })).json();
    const response = await officer.post(`/api/associations/${association.id}/members`, { personId: other.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ path: 'personId', code: 'personUnknown' });
  });

  it('counts the persons each association supplied, through the person form and through imports', async () => {
    const association = await create(officer, { ...relativesOfCanTho, name: 'Hội thân nhân huyện Phong Điền' });
    const byForm = await officer.post('/api/persons', {
      fullName: 'Lâm Văn Phúc',
      hometownText: 'Cần Thơ',
      sourceAssociationId: association.id,
    });
    expect(byForm.json()).toMatchObject({ sourceAssociationId: association.id, sourceAssociation: association.name });
    const file = Buffer.from(
      csvOf([
        ['Họ và tên', 'Năm sinh'],
        ['Lâm Thị Quý', '1970'],
        ['Lâm Văn Lộc', '1972'],
      ]),
    );
    const checked = await uploadAndCheck(officer, 'phong-dien.csv', file, {
      sourceAssociation: 'HOI THAN NHAN HUYEN PHONG DIEN',
    });
    expect(checked).toMatchObject({ associationId: association.id, sourceAssociation: association.name });
    await commitAndWait(t, officer, checked.id);
    const read = (await officer.get(`/api/associations/${association.id}`)).json();
    expect(read.personsSupplied).toBe(3);
    expect(read.lastSuppliedAt).toEqual(expect.any(String));
    expect(read.imports).toEqual([
      expect.objectContaining({ id: checked.id, fileName: 'phong-dien.csv', rowsCommitted: 2 }),
    ]);
    const unknown = await officer.post('/api/persons', {
      fullName: 'Lâm Văn Tài',
      hometownText: 'Cần Thơ',
      sourceAssociationId: '00000000-0000-0000-0000-000000000000',
    });
    expect(unknown.json().error.details[0]).toMatchObject({ path: 'sourceAssociationId', code: 'associationUnknown' });
  });

  it('exports the filtered list as xlsx with Vietnamese headers, audited', async () => {
    await create(officer, { ...osaka, name: '=Hội người Việt tại Nagoya', city: 'Nagoya' });
    const response = await officer.get('/api/associations/export.xlsx?q=nagoya');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Tên hội');
    expect(sheet.getRow(2).getCell(1).value).toBe("'=Hội người Việt tại Nagoya");
    expect(sheet.rowCount).toBe(2);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'association.export')
      .execute();
    expect(audit.at(-1)?.details).toMatchObject({ rows: 1, complete: true });
  });

  it('lets viewers and agency officers read, not write', async () => {
    expect((await viewer.get('/api/associations')).statusCode).toBe(200);
    expect((await agency.get('/api/associations')).statusCode).toBe(200);
    expect((await viewer.post('/api/associations', osaka)).statusCode).toBe(403);
    expect((await agency.get('/api/associations/export.csv')).statusCode).toBe(403);
  });
});
