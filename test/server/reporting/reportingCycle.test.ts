import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, planBody, reportBody, reportingRequestBody } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

// Three levels: the Ministry asks Cần Thơ and Hải Phòng; Cần Thơ's Sở Ngoại vụ assigns the work
// to the police through a plan task, consolidates the accepted report, submits; the Ministry
// returns, approves (locking the levels below) and un-approves.
describe('reporting requests up the tree', () => {
  let t: TestApp;
  let ministry: Client;
  let snv: Client;
  let police: Client;
  let haiPhong: Client;
  let haNoi: Client;
  let policeAgency: string;
  let requestCount = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    ministry = await t.login(USERS.ministry[0]);
    await t.createUser(...USERS.ctAdmin);
    const admin = await t.login(USERS.ctAdmin[0]);
    const coordinator = (await admin.post('/api/agencies', { name: 'Sở Ngoại vụ', isCoordinator: true })).json();
    policeAgency = (await admin.post('/api/agencies', { name: 'Công an thành phố Cần Thơ' })).json().id;
    const member = async (username: string, role: 'province_officer' | 'agency_officer', agencyId: string) => {
      const id = await t.createUser(username, role, '92');
      await t.db.updateTable('app_user').set({ agency_id: agencyId }).where('id', '=', id).execute();
      return t.login(username);
    };
    snv = await member('ct.snv', 'province_officer', coordinator.id);
    police = await member('ct.police', 'agency_officer', policeAgency);
    await t.createUser(...USERS.hpOfficer);
    haiPhong = await t.login(USERS.hpOfficer[0]);
    await t.createUser(...USERS.hnOfficer);
    haNoi = await t.login(USERS.hnOfficer[0]);
  });
  afterAll(() => t.close());

  async function issue(overrides: object = {}) {
    requestCount += 1;
    const body = reportingRequestBody({ number: `${requestCount}/UBNV-VP`, provinceCodes: ['92', '31'], ...overrides });
    const issued = await ministry.post('/api/reporting-requests', body);
    expect(issued.statusCode, issued.body).toBe(201);
    const detail = issued.json();
    const responseOf = (code: string) =>
      detail.responses.find((r: { provinceCode: string }) => r.provinceCode === code);
    return { id: detail.id as string, canTho: responseOf('92'), haiPhong: responseOf('31') };
  }

  /** Cần Thơ's plan with one task for the police, whose report the Sở Ngoại vụ has accepted. */
  async function acceptedPoliceReport(figures: Record<string, number>) {
    const tasks = [{ content: 'Giải quyết thủ tục cho kiều bào', leadAgencyId: policeAgency }];
    const plan = (await snv.post('/api/plans', planBody(tasks, { number: `${requestCount}/KH-UBND` }))).json();
    const report = await police.put(`/api/tasks/${plan.taskList[0].id}/report`, reportBody({ figures, submit: true }));
    expect(report.statusCode, report.body).toBe(200);
    const accepted = await snv.post(`/api/reports/${report.json().id}/review`, {
      decision: 'accept',
      version: report.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return { plan, taskId: plan.taskList[0].id as string };
  }

  /** A plan as it is, sent back as a change. */
  const samePlan = (plan: { number: string; version: number; taskList: { id: string; content: string }[] }) => ({
    ...planBody(plan.taskList.map((task) => ({ id: task.id, content: task.content, leadAgencyId: policeAgency }))),
    number: plan.number,
    version: plan.version,
  });

  it('goes request → assign → consolidate → submit → return → submit → approve (locked) → un-approve', async () => {
    const request = await issue();
    const { plan, taskId } = await acceptedPoliceReport({ events_held: 3, procedures_handled: 12 });

    // Assign: the response rests on the plan whose task the police reported on.
    let response = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      planId: plan.id,
      version: request.canTho.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const consolidation = (await snv.get(`/api/reporting-responses/${request.canTho.id}/consolidation`)).json();
    expect(consolidation).toMatchObject({ figures: { events_held: 3, procedures_handled: 12 }, accepted: 1 });

    // Nothing goes upward half filled in: each missing section is named.
    const early = await snv.post(`/api/reporting-responses/${request.canTho.id}/submit`, {
      version: response.json().version,
    });
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'figures.events_held',
      'figures.procedures_handled',
      'sections.0',
      'sections.1',
    ]);

    response = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      planId: plan.id,
      figures: consolidation.figures,
      sections: ['Tổ chức 3 sự kiện cho kiều bào.', 'Đề nghị hỗ trợ kinh phí.'],
      version: response.json().version,
    });
    let submitted = await snv.post(`/api/reporting-responses/${request.canTho.id}/submit`, {
      version: response.json().version,
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', onTime: true });
    const whileSent = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      sections: ['Sửa sau khi gửi'],
      version: submitted.json().version,
    });
    expect(whileSent.json().error.code).toBe('RESPONSE_NOT_WITH_PROVINCE');

    // The Ministry returns it with a comment (required), the province completes and submits again.
    const bare = await ministry.post(`/api/reporting-responses/${request.canTho.id}/review`, {
      decision: 'return',
      version: submitted.json().version,
    });
    expect(bare.statusCode).toBe(400);
    const returned = await ministry.post(`/api/reporting-responses/${request.canTho.id}/review`, {
      decision: 'return',
      comment: 'Đề nghị nêu rõ số kiều bào tham dự.',
      version: submitted.json().version,
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Đề nghị nêu rõ số kiều bào tham dự.' });
    response = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      planId: plan.id,
      figures: consolidation.figures,
      sections: ['Tổ chức 3 sự kiện với 250 kiều bào tham dự.', 'Đề nghị hỗ trợ kinh phí.'],
      version: returned.json().version,
    });
    submitted = await snv.post(`/api/reporting-responses/${request.canTho.id}/submit`, {
      version: response.json().version,
    });
    const approved = await ministry.post(`/api/reporting-responses/${request.canTho.id}/review`, {
      decision: 'approve',
      version: submitted.json().version,
    });
    expect(approved.json().status).toBe('approved');

    // Approved and locked: the response, the plan and the agencies' reports below it.
    const locked = [
      await snv.put(`/api/reporting-responses/${request.canTho.id}`, { version: approved.json().version }),
      await police.put(`/api/tasks/${taskId}/report`, reportBody({ content: 'Sửa lại' })),
      await snv.put(`/api/plans/${plan.id}`, samePlan(plan)),
    ];
    expect(locked.map((r) => [r.statusCode, r.json().error.code])).toEqual([
      [409, 'APPROVED_LOCKED'],
      [409, 'APPROVED_LOCKED'],
      [409, 'APPROVED_LOCKED'],
    ]);

    // Un-approving says why, is recorded, and reopens the levels below.
    const silent = await ministry.post(`/api/reporting-responses/${request.canTho.id}/unapprove`, {
      version: approved.json().version,
    });
    expect(silent.statusCode).toBe(400);
    const reopened = await ministry.post(`/api/reporting-responses/${request.canTho.id}/unapprove`, {
      comment: 'Tỉnh đề nghị cập nhật số liệu cuối năm.',
      version: approved.json().version,
    });
    expect(reopened.json().status).toBe('accepted');
    expect(reopened.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'saved',
      'saved',
      'submitted',
      'returned',
      'saved',
      'submitted',
      'approved',
      'unapproved',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', request.canTho.id)
      .where('action', '=', 'reporting.unapproved')
      .execute();
    expect(audit).toHaveLength(1);
    const task = (await snv.get(`/api/plans/${plan.id}`)).json().taskList[0];
    expect(task.agencies[0].report.status).toBe('accepted');
    const planChange = await snv.put(`/api/plans/${plan.id}`, samePlan(plan));
    expect(planChange.statusCode, planChange.body).toBe(200);
  });

  it('shows each province its own response only; the Ministry sees all, with completeness and timeliness', async () => {
    const request = await issue({ issuedOn: '2026-11-01', dueOn: '2026-11-20' });
    const own = (await haiPhong.get(`/api/reporting-requests/${request.id}`)).json();
    expect(own.responses.map((r: { provinceCode: string }) => r.provinceCode)).toEqual(['31']);
    expect(own.responses[0].standing).toBe('overdue');
    expect((await haNoi.get(`/api/reporting-requests/${request.id}`)).statusCode).toBe(404);
    expect((await haNoi.get('/api/reporting-requests')).json()).toEqual([]);
    expect((await police.get('/api/reporting-requests')).statusCode).toBe(403);
    expect((await haiPhong.put(`/api/reporting-responses/${request.canTho.id}`, { version: 1 })).statusCode).toBe(404);
    const all = (await ministry.get('/api/reporting-requests')).json();
    expect(all.find((r: { id: string }) => r.id === request.id).progress).toEqual({
      provinces: 2,
      submitted: 0,
      approved: 0,
      returned: 0,
      overdue: 2,
      onTime: 0,
    });
  });

  it('keeps the Ministry’s steps to the Ministry and a province to its own plans', async () => {
    const request = await issue();
    expect((await snv.post('/api/reporting-requests', reportingRequestBody())).statusCode).toBe(403);
    const review = { decision: 'approve', version: request.canTho.version };
    expect((await snv.post(`/api/reporting-responses/${request.canTho.id}/review`, review)).statusCode).toBe(403);
    // Approving what was never sent is not a step the response can take.
    const early = await ministry.post(`/api/reporting-responses/${request.canTho.id}/review`, review);
    expect(early.json().error.code, early.body).toBe('RESPONSE_STEP_NOT_ALLOWED');
    await t.createUser(...USERS.hpAdmin);
    const hpAdmin = await t.login(USERS.hpAdmin[0]);
    const hpAgency = (await hpAdmin.post('/api/agencies', { name: 'Sở Tư pháp Hải Phòng' })).json();
    const hpPlan = (await haiPhong.post('/api/plans', planBody([{ leadAgencyId: hpAgency.id }]))).json();
    expect(hpPlan.id).toBeDefined();
    const foreign = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      planId: hpPlan.id,
      version: request.canTho.version,
    });
    expect(foreign.statusCode).toBe(404);
    const unasked = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      figures: { remittances_usd: 5 },
      version: request.canTho.version,
    });
    expect(unasked.json().error.details[0]).toMatchObject({ path: 'figures.remittances_usd', code: 'notInTemplate' });
    const unknown = await ministry.post('/api/reporting-requests', reportingRequestBody({ provinceCodes: ['99'] }));
    expect(unknown.json().error.details[0]).toMatchObject({ path: 'provinceCodes.0', code: 'provinceUnknown' });
  });

  it('writes the national report with every province asked, and the figures of those accepted or approved', async () => {
    const request = await issue();
    const { plan } = await acceptedPoliceReport({ events_held: 7, procedures_handled: 1250 });
    const saved = await snv.put(`/api/reporting-responses/${request.canTho.id}`, {
      planId: plan.id,
      figures: { events_held: 7, procedures_handled: 1250 },
      sections: ['Cần Thơ tổ chức họp mặt kiều bào.', 'Không có kiến nghị.'],
      version: request.canTho.version,
    });
    const sent = await snv.post(`/api/reporting-responses/${request.canTho.id}/submit`, {
      version: saved.json().version,
    });
    await ministry.post(`/api/reporting-responses/${request.canTho.id}/review`, {
      decision: 'approve',
      version: sent.json().version,
    });
    expect((await snv.get(`/api/reporting-requests/${request.id}/national.docx`)).statusCode).toBe(403);
    const file = await ministry.get(`/api/reporting-requests/${request.id}/national.docx?number=12/BC-UBNV`);
    expect(file.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(file.rawPayload);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Số: 12/BC-UBNV');
    expect(text).toContain('Cần Thơ tổ chức họp mặt kiều bào.');
    expect(text).toMatch(/Hồ sơ thủ tục hành chính của kiều bào đã giải quyết: 1\.250 hồ sơ \(1 tỉnh, thành phố\)/);
    expect(text).toMatch(/Chưa gửi hoặc đang bổ sung: Hải Phòng/);
    expect(text).toContain('Phụ lục I');
  });
});
