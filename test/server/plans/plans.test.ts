import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, planBody } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

describe('plans, agency tasks and reports', () => {
  let t: TestApp;
  let admin: Client;
  let snv: Client;
  let police: Client;
  let justice: Client;
  let haiPhong: Client;
  let viewer: Client;
  const agency: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctAdmin);
    admin = await t.login('ct.admin');
    for (const [key, name, isCoordinator] of [
      ['snv', 'Sở Ngoại vụ thành phố Cần Thơ', true],
      ['police', 'Công an thành phố Cần Thơ', false],
      ['justice', 'Sở Tư pháp', false],
    ] as const) {
      const created = await admin.post('/api/agencies', { name, isCoordinator });
      expect(created.statusCode, created.body).toBe(201);
      agency[key] = created.json().id;
    }
    const addUser = async (username: string, role: 'province_officer' | 'agency_officer', agencyId: string) => {
      const id = await t.createUser(username, role, '92');
      await t.db.updateTable('app_user').set({ agency_id: agencyId }).where('id', '=', id).execute();
      return t.login(username);
    };
    snv = await addUser('ct.snv', 'province_officer', agency.snv!);
    police = await addUser('ct.police', 'agency_officer', agency.police!);
    justice = await addUser('ct.justice', 'agency_officer', agency.justice!);
    await t.createUser(...USERS.hpAdmin);
    haiPhong = await t.login('hp.admin');
    await t.createUser(...USERS.ctViewer);
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  const twoTasks = () => [
    {
      content: 'Giải quyết thủ tục xuất nhập cảnh cho kiều bào',
      leadAgencyId: agency.police,
      partnerAgencyIds: [agency.justice],
    },
    { content: 'Giải quyết thủ tục quốc tịch, hộ tịch', leadAgencyId: agency.justice, dueOn: '2099-12-31' },
  ];

  let planCount = 0;
  async function createPlan(tasks = twoTasks()) {
    planCount += 1;
    const response = await snv.post('/api/plans', { ...planBody(tasks), number: `${planCount}/KH-UBND` });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('records a plan with its tasks, lead and partner agencies, and its completeness per agency', async () => {
    const plan = await createPlan();
    expect(plan).toMatchObject({ provinceCode: '92', year: 2025, tasks: 2, assignments: 3, accepted: 0 });
    expect(plan.taskList[0]).toMatchObject({
      position: 0,
      leadAgency: { id: agency.police },
      partnerAgencies: [{ id: agency.justice }],
      reportDueOn: '2025-10-30',
      agencies: [
        { agencyId: agency.police, role: 'lead', standing: 'overdue', report: null },
        { agencyId: agency.justice, role: 'partner', standing: 'overdue', report: null },
      ],
    });
    expect(plan.taskList[1].agencies[0]).toMatchObject({ standing: 'pending' });
    const justiceRow = plan.completeness.find((c: { agencyId: string }) => c.agencyId === agency.justice);
    expect(justiceRow).toMatchObject({ assigned: 2, overdue: 1, pending: 1, completeness: 0 });
  });

  it('names the field of bad input: an unknown agency, dates the wrong way round, the same number twice', async () => {
    const unknown = await snv.post(
      '/api/plans',
      planBody([{ content: 'X', leadAgencyId: '00000000-0000-0000-0000-000000000000' }]),
    );
    expect(unknown.json().error.details[0]).toMatchObject({ path: 'tasks.0.leadAgencyId', code: 'agencyUnknown' });
    const backwards = await snv.post('/api/plans', { ...planBody([]), reportDueOn: '2025-01-01' });
    expect(backwards.json().error.details[0].path).toBe('reportDueOn');
    const plan = await createPlan([]);
    const again = await snv.post('/api/plans', { ...planBody([]), number: plan.number });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].path).toBe('number');
  });

  it('shows an agency only its own tasks and its own reports', async () => {
    const plan = await createPlan();
    const asPolice = (await police.get(`/api/plans/${plan.id}`)).json();
    expect(asPolice.taskList).toHaveLength(1);
    expect(asPolice.taskList[0].agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([agency.police]);
    const asJustice = (await justice.get(`/api/plans/${plan.id}`)).json();
    expect(asJustice.taskList).toHaveLength(2);
    const mine = (await police.get('/api/plans/my-tasks')).json();
    expect(mine.filter((m: { planId: string }) => m.planId === plan.id)).toEqual([
      expect.objectContaining({ role: 'lead', standing: 'overdue', reportDueOn: '2025-10-30' }),
    ]);
    expect((await viewer.get(`/api/plans/${plan.id}`)).json().taskList).toHaveLength(2);
    expect((await haiPhong.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await police.post('/api/plans', planBody([]))).statusCode).toBe(403);
  });

  it('takes a report from draft to submitted, returned with a comment, submitted again and accepted', async () => {
    const plan = await createPlan();
    const taskId = plan.taskList[0].id;
    const draft = await police.put(`/api/tasks/${taskId}/report`, {
      progress: 'in_progress',
      content: 'Đang thực hiện',
    });
    expect(draft.json()).toMatchObject({ status: 'draft', version: 1 });
    const submitted = await police.put(`/api/tasks/${taskId}/report`, {
      progress: 'completed',
      content: 'Đã giải quyết 1.245 hồ sơ',
      figures: { procedures_handled: 1245 },
      submit: true,
      version: 1,
    });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      isLate: true,
      figures: { procedures_handled: 1245 },
    });
    const locked = await police.put(`/api/tasks/${taskId}/report`, { progress: 'completed', content: 'x', version: 2 });
    expect(locked.json().error.code).toBe('REPORT_LOCKED');

    const report = submitted.json();
    expect((await police.post(`/api/reports/${report.id}/review`, { decision: 'accept', version: 2 })).statusCode).toBe(
      403,
    );
    const noComment = await snv.post(`/api/reports/${report.id}/review`, { decision: 'return', version: 2 });
    expect(noComment.json().error.details[0].path).toBe('comment');
    const returned = await snv.post(`/api/reports/${report.id}/review`, {
      decision: 'return',
      comment: 'Bổ sung số liệu',
      version: 2,
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung số liệu' });
    const again = await police.put(`/api/tasks/${taskId}/report`, {
      progress: 'completed',
      content: 'Đã giải quyết 1.245 hồ sơ, đúng hạn 100%',
      figures: { procedures_handled: 1245 },
      submit: true,
      version: 3,
    });
    expect(again.json().status).toBe('submitted');
    const accepted = await snv.post(`/api/reports/${report.id}/review`, { decision: 'accept', version: 4 });
    expect(accepted.json()).toMatchObject({ status: 'accepted', reviewedBy: 'ct.snv' });
    expect(accepted.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'saved',
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);
    const notSubmitted = await snv.post(`/api/reports/${report.id}/review`, { decision: 'accept', version: 5 });
    expect(notSubmitted.json().error.code).toBe('REPORT_NOT_SUBMITTED');

    const read = (await snv.get(`/api/plans/${plan.id}`)).json();
    expect(read.accepted).toBe(1);
    expect(read.completeness.find((c: { agencyId: string }) => c.agencyId === agency.police)).toMatchObject({
      accepted: 1,
      completeness: 1,
    });
  });

  it('refuses reports from agencies the task is not assigned to', async () => {
    const plan = await createPlan();
    const other = await police.put(`/api/tasks/${plan.taskList[1].id}/report`, { progress: 'completed', content: 'x' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('NOT_ASSIGNED');
    expect(
      (await snv.put(`/api/tasks/${plan.taskList[1].id}/report`, { progress: 'completed', content: 'x' })).statusCode,
    ).toBe(403);
    const badFigure = await police.put(`/api/tasks/${plan.taskList[0].id}/report`, {
      progress: 'completed',
      content: 'x',
      figures: { remittances_usd: -5 },
    });
    expect(badFigure.json().error.details[0].path).toBe('figures.remittances_usd');
  });

  it('reminds every agency still owing reports', async () => {
    const plan = await createPlan();
    const sent = (await snv.post(`/api/plans/${plan.id}/reminders`, { message: 'Đề nghị báo cáo trước 30/10' })).json();
    expect(sent.map((s: { agencyId: string; tasks: number }) => [s.agencyId, s.tasks]).sort()).toEqual(
      [
        [agency.police, 1],
        [agency.justice, 2],
      ].sort(),
    );
    const mine = (await justice.get('/api/plans/my-reminders')).json();
    expect(mine[0]).toMatchObject({ planId: plan.id, tasks: 2, message: 'Đề nghị báo cáo trước 30/10' });
  });

  it('keeps tasks with their reports when a plan changes, and refuses to drop a task reported on', async () => {
    const plan = await createPlan();
    await police.put(`/api/tasks/${plan.taskList[0].id}/report`, { progress: 'completed', content: 'x', submit: true });
    const [first] = plan.taskList;
    const keep = (task: typeof first) => ({
      id: task.id,
      content: task.content,
      leadAgencyId: task.leadAgency.id,
      partnerAgencyIds: task.partnerAgencies.map((p: { id: string }) => p.id),
    });
    const changed = await snv.put(`/api/plans/${plan.id}`, {
      ...planBody([keep(first), { content: 'Nhiệm vụ mới', leadAgencyId: agency.snv }]),
      number: plan.number,
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().taskList.map((task: { content: string }) => task.content)).toEqual([
      first.content,
      'Nhiệm vụ mới',
    ]);
    expect(changed.json().taskList[0].agencies[0].report.status).toBe('submitted');
    // Keeping only the new task would drop the one the police reported on.
    const dropping = await snv.put(`/api/plans/${plan.id}`, {
      ...planBody([keep(changed.json().taskList[1])]),
      number: plan.number,
      version: 2,
    });
    expect(dropping.statusCode).toBe(409);
    expect(dropping.json().error.details[0].code).toBe('taskHasReports');
  });

  it('copies a plan to the next year: tasks and agencies, due dates moved, no reports', async () => {
    const plan = await createPlan();
    const copied = await snv.post(`/api/plans/${plan.id}/copy`, {
      number: '40/KH-UBND',
      issuedOn: '2026-02-15',
      year: 2026,
      reportDueOn: '2026-10-30',
    });
    expect(copied.statusCode, copied.body).toBe(201);
    expect(copied.json()).toMatchObject({
      year: 2026,
      copiedFrom: plan.id,
      tasks: 2,
      accepted: 0,
      title: 'Kế hoạch công tác người Việt Nam ở nước ngoài năm 2026',
    });
    expect(copied.json().taskList[1]).toMatchObject({ dueOn: '2100-12-31', leadAgency: { id: agency.justice } });
    expect(copied.json().taskList[0].partnerAgencies).toEqual([expect.objectContaining({ id: agency.justice })]);
  });

  it('generates the consolidated report as docx (administrative layout) and xlsx annexes', async () => {
    const plan = await createPlan();
    const taskId = plan.taskList[0].id;
    const saved = (
      await police.put(`/api/tasks/${taskId}/report`, {
        progress: 'completed',
        content: 'Đã giải quyết 1.245 hồ sơ xuất nhập cảnh cho kiều bào',
        figures: { procedures_handled: 1245, remittances_usd: 650_000_000 },
        submit: true,
      })
    ).json();
    await snv.post(`/api/reports/${saved.id}/review`, { decision: 'accept', version: saved.version });
    await snv.post('/api/persons', {
      fullName: 'Lê Văn Báo',
      residenceCountry: 'US',
      hometownText: 'Cần Thơ',
      categories: ['expert'],
    });

    const docx = await snv.get(
      `/api/plans/${plan.id}/report.docx?number=${encodeURIComponent('125/BC-SNV')}&signer=${encodeURIComponent('Nguyễn Văn A')}`,
    );
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
      'SỞ NGOẠI VỤ THÀNH PHỐ CẦN THƠ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-SNV',
      'Cần Thơ, ngày',
      'BÁO CÁO',
      `Kết quả thực hiện Kế hoạch số ${plan.number} ngày 21/02/2025 của Ủy ban nhân dân thành phố Cần Thơ năm 2025`,
      'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'Công an thành phố Cần Thơ (đã hoàn thành): Đã giải quyết 1.245 hồ sơ xuất nhập cảnh cho kiều bào',
      'Sở Tư pháp: chưa có báo cáo được chấp nhận.',
      'II. SỐ LIỆU VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI',
      'Kiều hối về địa phương: 650.000.000 USD.',
      'III. ĐÁNH GIÁ CHUNG, TỒN TẠI VÀ KIẾN NGHỊ',
      'Đã có 1/3 lượt nhiệm vụ',
      'Nơi nhận:',
      'Bộ Ngoại giao (Ủy ban Nhà nước về người Việt Nam ở nước ngoài);',
      'Nguyễn Văn A',
    ]) {
      expect(text, expected).toContain(expected);
    }

    const xlsx = await snv.get(`/api/plans/${plan.id}/report.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'PL1 Quốc gia',
      'PL2 Diện',
      'PL3 Quê quán',
      'PL4 Chuyên gia, vụ việc',
      'PL5 Số liệu',
      'PL6 Nhiệm vụ',
    ]);
    const countries = workbook.getWorksheet('PL1 Quốc gia')!;
    const country = (name: string) =>
      countries.getSheetValues().find((row) => Array.isArray(row) && row[2] === name) as unknown[];
    expect(country('Hoa Kỳ').slice(2)).toEqual(['Hoa Kỳ', 1]);
    const figures = workbook.getWorksheet('PL5 Số liệu')!;
    const remittances = figures
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[2] === 'Kiều hối về địa phương') as unknown[];
    expect(remittances[3]).toBe(650_000_000);
    const tasks = workbook.getWorksheet('PL6 Nhiệm vụ')!;
    expect(tasks.getRow(4).values).toEqual(
      expect.arrayContaining(['Công an thành phố Cần Thơ', 'Chủ trì', 'Đã chấp nhận', 'Đã hoàn thành']),
    );
    expect((await police.get(`/api/plans/${plan.id}/report.docx`)).statusCode).toBe(403);
  });

  it("counts the year's figures from accepted reports in the province's statistics", async () => {
    // A year no other test plans for, and a country nobody else lives in.
    const response = await snv.post('/api/plans', { ...planBody(twoTasks()), number: '7/KH-2024', year: 2024 });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    const saved = (
      await police.put(`/api/tasks/${plan.taskList[0].id}/report`, {
        progress: 'completed',
        content: 'Kiều hối về thành phố',
        figures: { remittances_usd: 123_000 },
        submit: true,
      })
    ).json();
    await snv.post(`/api/reports/${saved.id}/review`, { decision: 'accept', version: saved.version });
    await snv.post('/api/persons', { fullName: 'Lê Văn Niu', residenceCountry: 'NZ', hometownText: 'Cần Thơ' });
    const stats = (await snv.get('/api/statistics?year=2024')).json();
    expect(stats.figures.remittances_usd).toBe(123_000);
    expect(stats.persons.byCountry).toContainEqual({ code: 'NZ', count: 1 });
    expect(stats.tasks.accepted).toBe(1);
    expect((await snv.get('/api/statistics/provinces?year=2024')).statusCode).toBe(403);
  });
});
