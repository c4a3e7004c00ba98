import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../helpers/multipart';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

const ARREST = {
  country: 'TW',
  type: 'arrest_detention',
  urgency: 'high',
  title: 'Lao động bị tạm giữ tại Đài Trung',
  summary: 'Gia đình báo tin anh bị tạm giữ sau khi rời nơi làm việc.',
  reportedBy: 'Mẹ của công dân',
};

describe('citizen protection cases (bảo hộ công dân)', () => {
  let t: TestApp;
  let officer: Client;
  let colleague: Client;
  let admin: Client;
  let national: Client;
  let haiPhongAdmin: Client;
  let viewer: Client;
  let colleagueId: number;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    colleagueId = await t.createUser('ct.colleague', 'province_officer', '92');
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.hpAdmin);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    await t.createUser(...USERS.ctAgency);
    officer = await t.login('ct.officer');
    colleague = await t.login('ct.colleague');
    admin = await t.login('ct.admin');
    national = await t.login(USERS.ministry[0]);
    haiPhongAdmin = await t.login('hp.admin');
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  async function openCase(client: Client = officer, body: object = ARREST) {
    const response = await client.post('/api/cases', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function step(client: Client, theCase: { id: string; version: number }, body: object) {
    return client.post(`/api/cases/${theCase.id}/status`, { version: theCase.version, ...body });
  }

  it("opens a case numbered by the province's year, received, assigned to its creator", async () => {
    const theCase = await openCase();
    const year = 2026; // the test clock's year in Vietnam (TEST_NOW)
    expect(theCase).toMatchObject({
      code: expect.stringMatching(new RegExp(`^BH-92-${year}-\\d{4}$`)),
      status: 'received',
      provinceCode: '92',
      assignedTo: { name: 'ct.officer' },
      nextStatuses: ['verifying', 'closed'],
    });
    expect(theCase.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created']);
    const second = await openCase();
    expect(Number(second.code.slice(-4))).toBe(Number(theCase.code.slice(-4)) + 1);
  });

  it('goes received → verifying → assisting → resolved → closed, and reopens', async () => {
    let theCase = await openCase();
    for (const status of ['verifying', 'assisting']) {
      const moved = await step(officer, theCase, { status });
      expect(moved.statusCode, moved.body).toBe(200);
      theCase = moved.json();
    }
    theCase = (await step(officer, theCase, { status: 'resolved', outcome: 'Đã được trả tự do, về nước' })).json();
    expect(theCase).toMatchObject({
      status: 'resolved',
      outcome: 'Đã được trả tự do, về nước',
      resolvedAt: expect.any(String),
    });

    const closingSilently = await step(officer, theCase, { status: 'closed' });
    expect(closingSilently.statusCode).toBe(400);
    expect(closingSilently.json().error.details[0].path).toBe('note');
    theCase = (await step(officer, theCase, { status: 'closed', note: 'Hồ sơ hoàn tất' })).json();
    expect(theCase).toMatchObject({ status: 'closed', closedAt: expect.any(String), nextStatuses: ['assisting'] });

    const reopened = await step(officer, theCase, { status: 'assisting', note: 'Gia đình báo công dân bị giữ lại' });
    expect(reopened.json()).toMatchObject({ status: 'assisting', resolvedAt: null, closedAt: null });
    expect(reopened.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'reopened',
      'status',
      'status',
      'status',
      'status',
      'created',
    ]);
  });

  it('refuses an illegal transition with a clear error naming what is allowed', async () => {
    const theCase = await openCase();
    const jump = await step(officer, theCase, { status: 'resolved' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: [
        {
          path: 'status',
          code: 'illegalTransition',
          message:
            'Không thể chuyển vụ việc từ "Tiếp nhận" sang "Đã giải quyết". Có thể chuyển sang: Xác minh, Đã đóng.',
        },
      ],
    });
    const stale = await step(officer, { ...theCase, version: theCase.version + 5 }, { status: 'verifying' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect((await officer.post(`/api/cases/${theCase.id}/status`, { status: 'lost', version: 1 })).statusCode).toBe(
      400,
    );
  });

  it('shows a case only to the assigned officer, their province admins and national admins', async () => {
    const theCase = await openCase();
    expect((await officer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
    expect((await national.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
    expect((await colleague.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);
    expect((await haiPhongAdmin.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(403);
    expect((await (await t.login('ct.agency')).get('/api/cases')).statusCode).toBe(403);
    const colleagueList = (await colleague.get('/api/cases')).json();
    expect(colleagueList.items.map((c: { id: string }) => c.id)).not.toContain(theCase.id);
    expect((await step(colleague, theCase, { status: 'verifying' })).statusCode).toBe(404);
  });

  it('lets administrators assign a case to an officer of its province, and no one else', async () => {
    const theCase = await openCase();
    expect(
      (await officer.post(`/api/cases/${theCase.id}/assign`, { userId: colleagueId, version: 1 })).statusCode,
    ).toBe(403);
    const assigned = await admin.post(`/api/cases/${theCase.id}/assign`, { userId: colleagueId, version: 1 });
    expect(assigned.json()).toMatchObject({ assignedTo: { id: colleagueId }, version: 2 });
    expect((await colleague.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);
    const haiPhongOfficer = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'hp.officer')
      .executeTakeFirstOrThrow();
    const wrong = await admin.post(`/api/cases/${theCase.id}/assign`, { userId: haiPhongOfficer.id, version: 2 });
    expect(wrong.json().error.details[0]).toMatchObject({ path: 'userId', code: 'assigneeInvalid' });
  });

  it('keeps tasks with due dates; overdue ones are listed for the dashboard until done', async () => {
    const theCase = await openCase();
    const withTasks = await officer.post(`/api/cases/${theCase.id}/tasks`, {
      title: 'Liên hệ Văn phòng Kinh tế Văn hóa',
      dueOn: '2020-01-01',
    });
    await officer.post(`/api/cases/${theCase.id}/tasks`, { title: 'Báo cáo Bộ', dueOn: '2099-01-01' });
    const [late] = withTasks.json().tasks;
    expect(late).toMatchObject({ isOverdue: true, doneAt: null });
    const overdue = (await officer.get('/api/cases/overdue-tasks')).json();
    expect(overdue).toContainEqual(
      expect.objectContaining({ taskId: late.id, caseCode: theCase.code, dueOn: '2020-01-01' }),
    );
    expect((await officer.get('/api/cases?overdue=true')).json().items.map((c: { id: string }) => c.id)).toContain(
      theCase.id,
    );
    const done = await officer.patch(`/api/cases/${theCase.id}/tasks/${late.id}`, { done: true });
    expect(done.json().tasks.find((task: { id: number }) => task.id === late.id)).toMatchObject({
      isOverdue: false,
      doneBy: 'ct.officer',
    });
    expect(
      (await officer.get('/api/cases/overdue-tasks')).json().map((o: { taskId: number }) => o.taskId),
    ).not.toContain(late.id);
    expect((await colleague.get('/api/cases/overdue-tasks')).json()).toEqual([]);
  });

  it('keeps notes and files; a download gives the same bytes and is audited', async () => {
    const theCase = await openCase();
    await officer.post(`/api/cases/${theCase.id}/notes`, { text: 'Đã gọi điện cho gia đình' });
    const content = Buffer.from('%PDF-1.4 biên bản làm việc');
    const uploaded = await officer.request({
      method: 'POST',
      url: `/api/cases/${theCase.id}/attachments`,
      ...multipart({}, { name: 'biên bản.pdf', content }),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const [file] = uploaded.json().attachments;
    expect(file).toMatchObject({ fileName: 'biên bản.pdf', size: content.length, uploadedBy: 'ct.officer' });
    const download = await officer.get(`/api/cases/${theCase.id}/attachments/${file.id}`);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n.pdf");
    expect((await colleague.get(`/api/cases/${theCase.id}/attachments/${file.id}`)).statusCode).toBe(404);
    const tooLarge = await officer.request({
      method: 'POST',
      url: `/api/cases/${theCase.id}/attachments`,
      ...multipart({}, { name: 'lon.bin', content: Buffer.alloc(21 * 1024 * 1024) }),
    });
    expect(tooLarge.statusCode).toBe(413);
    const kinds = (await officer.get(`/api/cases/${theCase.id}`)).json().timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['attachment', 'note', 'created']);
  });

  it('refers a case to an agency or the Ministry, and transfers it to another province', async () => {
    const theCase = await openCase();
    const toAgency = await officer.post(`/api/cases/${theCase.id}/referrals`, {
      to: 'agency',
      agency: 'Công an thành phố Cần Thơ',
      version: 1,
    });
    expect(toAgency.json()).toMatchObject({ handledBy: 'Công an thành phố Cần Thơ', version: 2 });
    const noAgency = await officer.post(`/api/cases/${theCase.id}/referrals`, { to: 'agency', version: 2 });
    expect(noAgency.json().error.details[0].path).toBe('agency');
    const toMinistry = await officer.post(`/api/cases/${theCase.id}/referrals`, { to: 'ministry', version: 2 });
    expect(toMinistry.json()).toMatchObject({ escalatedToMinistry: true });
    const transferred = await officer.post(`/api/cases/${theCase.id}/referrals`, {
      to: 'province',
      provinceCode: '31',
      version: 3,
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    expect(transferred.json()).toBeNull();
    expect((await officer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);
    expect((await haiPhongAdmin.get(`/api/cases/${theCase.id}`)).json()).toMatchObject({
      provinceCode: '31',
      assignedTo: null,
    });
  });

  it('links persons of the jurisdiction only', async () => {
    const person = (await officer.post('/api/persons', { fullName: 'Trịnh Văn Lực', hometownText: 'Cần Thơ' })).json();
    const theCase = await openCase(officer, { ...ARREST, persons: [{ personId: person.id }] });
    expect(theCase.persons).toEqual([expect.objectContaining({ personId: person.id, role: 'subject' })]);
    const other = (
      await (await t.login('hp.officer')).post('/api/persons', { fullName: 'Lã Văn Xa', hometownText: 'Hải Phòng' })
    ).json();
    const refused = await officer.post(`/api/cases/${theCase.id}/persons`, { personId: other.id, role: 'relative' });
    expect(refused.json().error.details[0]).toMatchObject({ path: 'personId', code: 'personUnknown' });
  });

  it('exports the cases the user may see, audited', async () => {
    const theCase = await openCase();
    const mine = await officer.get('/api/cases/export.csv');
    expect(mine.statusCode).toBe(200);
    expect(mine.body.split('\r\n')[0]).toContain('Số vụ việc');
    expect(mine.body).toContain(theCase.code);
    expect((await colleague.get('/api/cases/export.csv')).body).not.toContain(theCase.code);
    const audit = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'case.export').execute();
    expect(audit.at(-1)?.details).toMatchObject({ format: 'csv', complete: true });
  });

  it('audits every read of a case and of the list', async () => {
    const theCase = await openCase();
    await admin.get(`/api/cases/${theCase.id}`);
    await admin.get('/api/cases');
    const actions = await t.db
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('action', 'in', ['case.read', 'case.list'])
      .execute();
    expect(actions).toContainEqual({ action: 'case.read', username: 'ct.admin' });
    expect(actions).toContainEqual({ action: 'case.list', username: 'ct.admin' });
  });
});
