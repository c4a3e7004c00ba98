import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, planBody, reportBody } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

// The 2025 reorganisation: Sở Kế hoạch và Đầu tư into a new Sở Tài chính, Sở Lao động - TB&XH into
// the existing Sở Nội vụ; what they were assigned, reported and who worked there follow.
describe('agency mergers carry tasks, reports and users to the successor', () => {
  let t: TestApp;
  let admin: Client;
  let agencyCount = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctAdmin);
    admin = await t.login(USERS.ctAdmin[0]);
    await t.createUser(...USERS.hpAdmin);
  });
  afterAll(() => t.close());

  async function agency(name: string) {
    agencyCount += 1;
    const created = await admin.post('/api/agencies', { name: `${name} ${agencyCount}` });
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { id: string; name: string };
  }

  let userCount = 0;
  async function agencyUser(agencyId: string) {
    userCount += 1;
    const id = await t.createUser(`ct.user${userCount}`, 'agency_officer', '92');
    await t.db.updateTable('app_user').set({ agency_id: agencyId }).where('id', '=', id).execute();
    return t.login(`ct.user${userCount}`);
  }

  it('hands a merged agency’s open task, its submitted report with history, and its users to the successor', async () => {
    const planning = await agency('Sở Kế hoạch và Đầu tư');
    const labour = await agency('Sở Lao động - Thương binh và Xã hội');
    const home = await agency('Sở Nội vụ');
    const planningUser = await agencyUser(planning.id);
    const labourUser = await agencyUser(labour.id);
    const plan = (
      await admin.post(
        '/api/plans',
        planBody(
          [
            { content: 'Theo dõi dự án của kiều bào', leadAgencyId: planning.id },
            {
              content: 'Rà soát lao động đi làm việc ở nước ngoài',
              leadAgencyId: labour.id,
              partnerAgencyIds: [home.id],
            },
          ],
          { number: `${agencyCount}/KH-UBND` },
        ),
      )
    ).json();
    const [investTask, labourTask] = plan.taskList;
    const report = await labourUser.put(`/api/tasks/${labourTask.id}/report`, reportBody({ submit: true }));
    expect(report.statusCode, report.body).toBe(200);

    // An agency with work still open is not simply switched off: its tasks would be orphaned.
    const off = await admin.put(`/api/agencies/${planning.id}`, { name: planning.name, isActive: false });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.details[0]).toMatchObject({ path: 'isActive', code: 'agencyHasOpenTasks' });

    const intoNew = await admin.post('/api/agencies/merge', {
      fromAgencyIds: [planning.id],
      into: { name: `Sở Tài chính ${agencyCount}` },
      onDate: '2025-03-01',
      decision: 'Quyết định sắp xếp tổ chức bộ máy',
    });
    expect(intoNew.statusCode, intoNew.body).toBe(200);
    expect(intoNew.json().moved).toEqual({ leadTasks: 1, partnerTasks: 0, reports: 0, users: 1, keptApart: 0 });
    const intoHome = await admin.post('/api/agencies/merge', {
      fromAgencyIds: [labour.id],
      into: { agencyId: home.id },
      onDate: '2025-03-01',
    });
    expect(intoHome.json().moved).toEqual({ leadTasks: 1, partnerTasks: 0, reports: 1, users: 1, keptApart: 0 });

    const after = (await admin.get(`/api/plans/${plan.id}`)).json();
    const finance = intoNew.json().successor;
    expect(after.taskList[0].leadAgency).toEqual({ id: finance.id, name: finance.name });
    // Sở Nội vụ leads the task it was a partner on, once, with the report and its history.
    expect(after.taskList[1].leadAgency.id).toBe(home.id);
    expect(after.taskList[1].partnerAgencies).toEqual([]);
    const moved = after.taskList[1].agencies[0].report;
    expect([moved.id, moved.agencyId, moved.history.map((h: { kind: string }) => h.kind)]).toEqual([
      report.json().id,
      home.id,
      ['submitted'],
    ]);
    // The merged agency's officer now works for the successor and sees its task.
    const mine = (await planningUser.get('/api/plans/my-tasks')).json();
    expect(mine.map((task: { taskId: string }) => task.taskId)).toEqual([investTask.id]);

    const agencies = (await admin.get('/api/agencies')).json();
    const old = agencies.find((a: { id: string }) => a.id === planning.id);
    expect(old).toMatchObject({ isActive: false, successorId: finance.id, dissolvedOn: '2025-03-01' });
    const changes = (await admin.get('/api/agencies/changes')).json();
    expect(changes.find((c: { to: { id: string } }) => c.to.id === finance.id)).toMatchObject({
      kind: 'merge',
      from: [{ id: planning.id, name: planning.name }],
      to: { id: finance.id },
      decision: 'Quyết định sắp xếp tổ chức bộ máy',
    });
  });

  it('keeps each report where both had reported on the same task', async () => {
    const a = await agency('Sở Thông tin và Truyền thông');
    const b = await agency('Sở Khoa học và Công nghệ');
    const [userA, userB] = [await agencyUser(a.id), await agencyUser(b.id)];
    const plan = (
      await admin.post(
        '/api/plans',
        planBody([{ content: 'Thông tin đối ngoại', leadAgencyId: a.id, partnerAgencyIds: [b.id] }], {
          number: `${agencyCount}/KH-UBND`,
        }),
      )
    ).json();
    const taskId = plan.taskList[0].id;
    await userA.put(`/api/tasks/${taskId}/report`, reportBody({ content: 'Phần của Sở TT&TT' }));
    await userB.put(`/api/tasks/${taskId}/report`, reportBody({ content: 'Phần của Sở KH&CN' }));
    const merged = await admin.post('/api/agencies/merge', {
      fromAgencyIds: [a.id],
      into: { agencyId: b.id },
      onDate: '2025-03-01',
    });
    expect(merged.json().moved).toMatchObject({ reports: 0, keptApart: 1, users: 1 });
    const task = (await admin.get(`/api/plans/${plan.id}`)).json().taskList[0];
    expect(task.agencies.map((x: { report: { content: string } }) => x.report.content).sort()).toEqual([
      'Phần của Sở KH&CN',
      'Phần của Sở TT&TT',
    ]);
  });

  it('splits an agency: each task with its report, and each user, goes to the part named; none left over', async () => {
    const culture = await agency('Sở Văn hóa, Thể thao và Du lịch');
    const tourism = await agency('Sở Du lịch');
    const cultureUser = await agencyUser(culture.id);
    const plan = (
      await admin.post(
        '/api/plans',
        planBody(
          [
            { content: 'Tổ chức Tết quê hương cho kiều bào', leadAgencyId: culture.id },
            { content: 'Quảng bá du lịch tới kiều bào', leadAgencyId: tourism.id, partnerAgencyIds: [culture.id] },
          ],
          { number: `${agencyCount}/KH-UBND` },
        ),
      )
    ).json();
    const [tetTask, tourismTask] = plan.taskList;
    const report = await cultureUser.put(`/api/tasks/${tetTask.id}/report`, reportBody({ submit: true }));
    expect(report.statusCode, report.body).toBe(200);
    const split = {
      fromAgencyId: culture.id,
      into: [{ name: `Sở Văn hóa và Thể thao ${agencyCount}` }, { agencyId: tourism.id }],
      tasks: [
        { taskId: tetTask.id, part: 0 },
        { taskId: tourismTask.id, part: 1 },
      ],
      users: [{ userId: (await cultureUser.get('/api/auth/me')).json().user.id, part: 0 }],
      onDate: '2025-03-01',
      decision: 'Nghị quyết chia tách',
    };
    const leftOver = await admin.post('/api/agencies/split', { ...split, tasks: split.tasks.slice(0, 1) });
    expect(leftOver.json().error.details[0]).toMatchObject({ path: 'tasks', code: 'splitTaskLeftOver' });
    expect((await admin.post('/api/agencies/split', { ...split, users: [] })).json().error.details[0]).toMatchObject({
      path: 'users',
      code: 'splitUserLeftOver',
    });
    const noPart = await admin.post('/api/agencies/split', { ...split, tasks: [{ taskId: tetTask.id, part: 5 }] });
    expect(noPart.json().error.details[0]).toMatchObject({ path: 'tasks.0.part', code: 'splitPartUnknown' });
    expect((await admin.get('/api/agencies')).json().find((a: { id: string }) => a.id === culture.id).isActive).toBe(
      true,
    );

    const done = await admin.post('/api/agencies/split', split);
    expect(done.statusCode, done.body).toBe(200);
    const [sport, tourismPart] = done.json().parts;
    expect(sport.moved).toEqual({ leadTasks: 1, partnerTasks: 0, reports: 1, users: 1, keptApart: 0 });
    expect(tourismPart.moved).toMatchObject({ reports: 0, users: 0 });
    const after = (await admin.get(`/api/plans/${plan.id}`)).json().taskList;
    expect(after[0].agencies[0].report).toMatchObject({ id: report.json().id, agencyId: sport.agency.id });
    // Sở Du lịch led the second task already: once, no longer also its partner.
    expect([after[1].leadAgency.id, after[1].partnerAgencies]).toEqual([tourism.id, []]);
    expect((await cultureUser.get('/api/plans/my-tasks')).json().map((x: { taskId: string }) => x.taskId)).toEqual([
      tetTask.id,
    ]);
    const changes = (await admin.get('/api/agencies/changes')).json();
    const ofSplit = changes.filter(
      (c: { kind: string; from: { id: string }[] }) => c.kind === 'split' && c.from[0]!.id === culture.id,
    );
    expect(ofSplit.map((c: { to: { id: string } }) => c.to.id)).toEqual([sport.agency.id, tourism.id]);
    expect((await admin.get('/api/agencies')).json().find((a: { id: string }) => a.id === culture.id)).toMatchObject({
      isActive: false,
      dissolvedOn: '2025-03-01',
    });
  });

  it("refuses another province's agency, a successor among the merged, and officers without the right", async () => {
    const own = await agency('Sở Tư pháp');
    const hp = await t.login(USERS.hpAdmin[0]);
    const foreign = (await hp.post('/api/agencies', { name: 'Sở Tư pháp Hải Phòng' })).json();
    const across = await admin.post('/api/agencies/merge', {
      fromAgencyIds: [own.id],
      into: { agencyId: foreign.id },
      onDate: '2025-03-01',
    });
    expect(across.json().error.details[0]).toMatchObject({ path: 'into.agencyId', code: 'agencyUnknown' });
    const itself = await admin.post('/api/agencies/merge', {
      fromAgencyIds: [own.id],
      into: { agencyId: own.id },
      onDate: '2025-03-01',
    });
    expect(itself.statusCode).toBe(400);
    await t.createUser(...USERS.ctOfficer);
    const officer = await t.login(USERS.ctOfficer[0]);
    const refused = await officer.post('/api/agencies/merge', {
      fromAgencyIds: [own.id],
      into: { name: 'Sở mới' },
      onDate: '2025-03-01',
    });
    expect(refused.statusCode).toBe(403);
  });
});
