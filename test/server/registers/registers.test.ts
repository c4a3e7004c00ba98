import { CONSENT_PURPOSE_LABELS } from '../../../src/domain/consent/consentPurposes';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFFAIRS_REGISTERS,
  AGREEMENTS,
  BUSINESSES,
  DONATIONS,
  EVENTS,
} from '../../../src/domain/registers/affairsRegisters';
import type { FieldSpec, RegisterSpec } from '../../../src/domain/registers/registerSpec';
import { USERS, registerFieldValue, registerRecordBody, type RegisterRefs } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';
import { multipart } from '../../helpers/multipart';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

describe('foreign affairs registers', () => {
  let t: TestApp;
  let officer: Client;
  let haiPhong: Client;
  let viewer: Client;
  const refs: RegisterRefs = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    viewer = await t.login('ct.viewer');
    refs.person = (
      await officer.post('/api/persons', {
        fullName: 'Đặng Văn Đầu',
        sex: 'male',
        hometownText: 'Cần Thơ',
        residenceCountry: 'JP',
      })
    ).json().id;
    refs.association = (
      await officer.post('/api/associations', { kind: 'overseas', name: 'Hội người Việt tại Tokyo', country: 'JP' })
    ).json().id;
    refs.agreement = (await officer.post('/api/agreements', sample(AGREEMENTS))).json().record.id;
    refs.business = (await officer.post('/api/businesses', sample(BUSINESSES))).json().record.id;
  });
  afterAll(() => t.close());

  const valueOf = (field: FieldSpec) => registerFieldValue(field, refs);
  const sample = (spec: RegisterSpec) => registerRecordBody(spec, refs);

  describe.each(AFFAIRS_REGISTERS.map((spec) => [spec.key, spec] as const))('%s', (_key, spec) => {
    it('stores every field and gives it back, names what it refers to, and changes it with the version read', async () => {
      const input = sample(spec);
      const created = await officer.post(`/api/${spec.key}`, input);
      expect(created.statusCode, created.body).toBe(201);
      const { record, names } = created.json();
      expect(record).toMatchObject({ ...input, provinceCode: '92', version: 1 });
      for (const field of spec.fields.filter((f) => f.kind === 'person' || f.kind === 'persons')) {
        expect(names[refs.person!], field.name).toBe('Đặng Văn Đầu');
      }
      const first = spec.fields.find((f) => f.kind === 'text')!;
      const changed = await officer.put(`/api/${spec.key}/${record.id}`, {
        ...input,
        [first.name]: 'Đã sửa',
        version: 1,
      });
      expect(changed.json().record).toMatchObject({ [first.name]: 'Đã sửa', version: 2 });
      expect((await officer.put(`/api/${spec.key}/${record.id}`, { ...input, version: 1 })).statusCode).toBe(409);
    });

    it('audits a read of a record that names persons of the registry', async () => {
      const { record } = (await officer.post(`/api/${spec.key}`, sample(spec))).json();
      expect((await viewer.get(`/api/${spec.key}/${record.id}`)).statusCode).toBe(200);
      const reads = await t.db
        .selectFrom('audit_log')
        .select(['username', 'details'])
        .where('action', '=', `${spec.table}.read`)
        .where('entity_id', '=', record.id)
        .execute();
      const namesPersons = spec.fields.some((f) => f.kind === 'person' || f.kind === 'persons');
      expect(reads).toEqual(namesPersons ? [{ username: 'ct.viewer', details: { persons: [refs.person] } }] : []);
    });

    it('lists by search and filters within the jurisdiction, and exports with Vietnamese headers', async () => {
      const created = (await officer.post(`/api/${spec.key}`, sample(spec))).json().record;
      const filter = spec.fields.find((f) => f.filter && (f.kind === 'enum' || f.kind === 'country'));
      const query = filter ? `?${filter.name}=${encodeURIComponent(String(valueOf(filter)))}` : '';
      const listed = (await officer.get(`/api/${spec.key}${query}`)).json();
      expect(listed.items.map((r: { id: string }) => r.id)).toContain(created.id);
      expect((await haiPhong.get(`/api/${spec.key}`)).json().items.map((r: { id: string }) => r.id)).not.toContain(
        created.id,
      );
      expect((await haiPhong.get(`/api/${spec.key}/${created.id}`)).statusCode).toBe(404);
      const file = await officer.get(`/api/${spec.key}/export.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      // Every field under its label; a list of commendations also marks each person's consent to publication.
      const mark = spec.consentMark
        ? [`Đồng ý: ${CONSENT_PURPOSE_LABELS[spec.consentMark.purpose].vi.toLowerCase()}`]
        : [];
      expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
        undefined,
        ...spec.fields.map((f) => f.label.vi),
        ...mark,
      ]);
    });

    it('names a missing required field, lets viewers read but not write, and deletes', async () => {
      const required = spec.fields.find((f) => f.required)!;
      const missing = await officer.post(`/api/${spec.key}`, { ...sample(spec), [required.name]: undefined });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details.map((d: { path: string }) => d.path)).toContain(required.name);
      const created = (await officer.post(`/api/${spec.key}`, sample(spec))).json().record;
      expect((await viewer.get(`/api/${spec.key}/${created.id}`)).statusCode).toBe(200);
      expect((await viewer.post(`/api/${spec.key}`, sample(spec))).statusCode).toBe(403);
      expect((await officer.delete(`/api/${spec.key}/${created.id}`)).statusCode).toBe(204);
      expect((await officer.get(`/api/${spec.key}/${created.id}`)).statusCode).toBe(404);
    });
  });

  it('checks dates in order, an amount or a gift in kind, and known choices', async () => {
    const backwards = await officer.post('/api/agreements', {
      ...sample(AGREEMENTS),
      signedOn: '2026-05-01',
      expiresOn: '2025-05-01',
    });
    expect(backwards.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'expiresOn', code: 'dateRange' }),
    );
    const nothing = await officer.post('/api/donations', { ...sample(DONATIONS), amount: null, inKind: null });
    expect(nothing.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'amount', code: 'amountOrInKind' }),
    );
    const badStatus = await officer.post('/api/agreements', { ...sample(AGREEMENTS), status: 'maybe' });
    expect(badStatus.json().error.details[0].path).toBe('status');
    const badMoney = await officer.post('/api/donations', {
      ...sample(DONATIONS),
      amount: { amount: 10, currency: 'XYZ' },
    });
    expect(badMoney.json().error.details[0].path).toBe('amount.currency');
  });

  it("refuses references to another province's persons", async () => {
    const other = (await haiPhong.post('/api/persons', { fullName: 'Vương Văn Xa', hometownText: 'Hải Phòng' })).json();
    const delegation = await officer.post('/api/delegations', {
      ...sample(AFFAIRS_REGISTERS[1]),
      personIds: [refs.person, other.id],
    });
    expect(delegation.json().error.details[0]).toMatchObject({ path: 'personIds.1', code: 'referenceUnknown' });
  });

  it('keeps dated follow-up notes and documents of an agreement', async () => {
    const noted = await officer.post(`/api/agreements/${refs.agreement}/notes`, {
      notedOn: '2026-03-10',
      title: 'Đoàn công tác sang Nhật Bản',
      content: 'Trao đổi hợp tác nông nghiệp',
    });
    expect(noted.json().notes[0]).toMatchObject({ title: 'Đoàn công tác sang Nhật Bản', createdBy: 'ct.officer' });
    const content = Buffer.from('%PDF biên bản ghi nhớ');
    const uploaded = await officer.request({
      method: 'POST',
      url: `/api/agreements/${refs.agreement}/files`,
      ...multipart({}, { name: 'ban-ghi-nho.pdf', content }),
    });
    const [file] = uploaded.json().files;
    expect((await officer.get(`/api/agreements/${refs.agreement}/files/${file.id}`)).rawPayload.equals(content)).toBe(
      true,
    );
  });

  it('invites a filtered list to an event, follows registration and attendance, exports it for a mail merge', async () => {
    const mai = await officer.post('/api/persons', {
      fullName: 'Hồ Thị Mai',
      sex: 'female',
      hometownText: 'Cần Thơ',
      residenceCountry: 'JP',
      emails: ['mai@example.jp'],
    });
    // She agreed to be contacted about events; Đặng Văn Đầu (in Japan too) did not say.
    await giveConsent(officer, mai.json().id, ['contact']);
    await officer.post('/api/persons', {
      fullName: 'Tạ Văn Pháp',
      sex: 'male',
      hometownText: 'Cần Thơ',
      residenceCountry: 'FR',
    });
    const event = (await officer.post('/api/events', sample(EVENTS))).json().record;
    const invited = await officer.post(`/api/events/${event.id}/invitations`, {
      persons: { country: 'Nhật Bản' },
      associations: { country: 'JP' },
    });
    expect(invited.json()).toEqual({ invited: 2, alreadyInvited: 0, withoutContactConsent: 1, mailed: 0 });
    const again = await officer.post(`/api/events/${event.id}/invitations`, { persons: { country: 'JP' } });
    expect(again.json()).toEqual({ invited: 0, alreadyInvited: 1, withoutContactConsent: 1, mailed: 0 });
    const list = (await officer.get(`/api/events/${event.id}/invitations`)).json();
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['Hồ Thị Mai', 'Hội người Việt tại Tokyo']);
    const invitation = list.items.find((i: { name: string }) => i.name === 'Hồ Thị Mai');
    expect(
      (await officer.patch(`/api/events/${event.id}/invitations/${invitation.id}`, { status: 'registered' })).json()
        .status,
    ).toBe('registered');
    await officer.patch(`/api/events/${event.id}/invitations/${invitation.id}`, { status: 'attended' });
    expect((await officer.get(`/api/events/${event.id}/invitations`)).json().byStatus).toEqual({
      invited: 1,
      attended: 1,
    });
    const csv = (await officer.get(`/api/events/${event.id}/invitations/export.csv`)).body;
    const line = (...cells: string[]) => cells.map((cell) => `"${cell}"`).join(',');
    expect(csv).toContain(
      line('Danh xưng', 'Họ tên / Tên hội', 'Địa chỉ', 'Quốc gia', 'Email', 'Điện thoại', 'Tình trạng'),
    );
    expect(csv).toContain(line('Bà', 'Hồ Thị Mai', '', 'Nhật Bản', 'mai@example.jp', '', 'Đã tham dự'));
    expect(csv).toContain(line('Quý Hội', 'Hội người Việt tại Tokyo'));
    const stats = (await officer.get('/api/statistics?year=2026')).json().affairs;
    expect(stats.attended).toBe(1);
    expect(stats.events).toBeGreaterThan(0);
    expect(stats.agreementsByStatus[0]).toMatchObject({ code: 'planned' });
    expect((await officer.get('/api/statistics/affairs?year=2026')).json()).toEqual(stats);
    expect((await haiPhong.get('/api/statistics/affairs?year=2026')).json().attended).toBe(0);
    const nobody = await officer.post(`/api/events/${event.id}/invitations`, {});
    expect(nobody.statusCode).toBe(400);
    expect((await viewer.get(`/api/events/${event.id}/invitations`)).statusCode).toBe(403);
  });

  it('publishes the open projects of the catalogue without signing in', async () => {
    const spec = AFFAIRS_REGISTERS.find((r) => r.key === 'catalogue')!;
    await officer.post('/api/catalogue', {
      ...sample(spec),
      name: 'Khu nông nghiệp công nghệ cao Phong Điền',
      status: 'open',
    });
    await officer.post('/api/catalogue', { ...sample(spec), name: 'Dự án đã có nhà đầu tư', status: 'closed' });
    const published = await t.anonymous().get('/api/public/catalogue?province=Cần Thơ');
    expect(published.statusCode).toBe(200);
    const names = published.json().map((p: { name: string }) => p.name);
    expect(names).toContain('Khu nông nghiệp công nghệ cao Phong Điền');
    expect(names).not.toContain('Dự án đã có nhà đầu tư');
    expect(published.json()[0].provinceName).toBe('Cần Thơ');
    expect((await t.anonymous().get('/api/catalogue')).statusCode).toBe(401);
  });
});
