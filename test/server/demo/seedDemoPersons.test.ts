import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPersons } from '../../../src/server/demo/seedDemoPersons';
import { createIdentityCrypto } from '../../../src/server/secrets/identityCrypto';
import { USERS } from '../../helpers/factories';
import { startTestApp, type TestApp } from '../../helpers/testApp';

describe('demo data', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof seedDemoPersons>>;
  const crypto = createIdentityCrypto(randomBytes(32));
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    demo = await seedDemoPersons(t.db, crypto, 600, t.clock.now());
  });
  afterAll(() => t.close());

  it('holds persons recorded twice, proposed for review; a registry with data gets none', async () => {
    expect(demo.persons).toBe(600);
    expect(demo.pairs).toBeGreaterThan(10);

    const admin = await t.login(USERS.ministry[0]);
    const queue = (await admin.get('/api/duplicates')).json();
    expect(queue.total).toBe(demo.pairs);
    expect(await seedDemoPersons(t.db, crypto, 600)).toEqual({ persons: 0, pairs: 0 });
  });

  it("shows Cần Thơ's associations, experts, a need, cases at several steps and a returnee", async () => {
    const admin = await t.login(USERS.ministry[0]);
    expect((await admin.get('/api/associations')).json().total).toBe(4);
    expect((await admin.get('/api/experts')).json().total).toBeGreaterThan(0);
    const [need] = (await admin.get('/api/needs')).json().items;
    expect((await admin.get(`/api/needs/${need.id}/matches`)).statusCode).toBe(200);
    const cases = (await admin.get('/api/cases')).json().items;
    expect(cases.map((c: { status: string }) => c.status).sort()).toEqual(['resolved', 'verifying']);
    expect((await admin.get('/api/cases/overdue-tasks')).json()).toHaveLength(1);
    expect((await admin.get('/api/returnees')).json().total).toBe(1);
  });

  it('places the missions abroad in the organisation, each serving its country', async () => {
    const admin = await t.login(USERS.ministry[0]);
    const tree = (await admin.get('/api/org-units')).json();
    expect(tree.provinces).toHaveLength(34);
    expect(tree.missions).toHaveLength(10);
    expect(tree.missions.find((m: { code: string }) => m.code === 'TOKYO')).toMatchObject({ countries: ['JP'] });
    const canTho = tree.provinces.find((p: { code: string }) => p.code === '92');
    expect(canTho.agencies).toBeGreaterThan(10);
    const branch = (await admin.get('/api/org-units/provinces/92')).json();
    expect(branch.communes.map((c: { name: string }) => c.name)).toContain('Ninh Kiều');
  });

  it('gives the officers requests from the portal to settle, one overdue', async () => {
    const admin = await t.login(USERS.ministry[0]);
    const queue = (await admin.get('/api/portal-requests')).json();
    expect(queue.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['change', 'deletion', 'procedure']);
    expect(queue.overdue).toBe(1);
  });

  it('holds Kế hoạch 38/KH-UBND as written: nine duties, fifteen assignments to the bodies it names, no invented figures', async () => {
    const admin = await t.login(USERS.ministry[0]);
    const [summary] = (await admin.get('/api/plans?province=92')).json();
    const plan = (await admin.get(`/api/plans/${summary.id}`)).json();
    expect([plan.number, plan.issuedOn, plan.reportDueOn]).toEqual(['38/KH-UBND', '2025-02-21', '2025-10-30']);
    expect([plan.purposes.length, plan.duties.length, plan.taskList.length]).toEqual([2, 9, 15]);
    const taskOf = (agency: string) =>
      plan.taskList.find((task: { leadAgency: { name: string } }) => task.leadAgency.name === agency).content;
    expect(taskOf('Sở Nội vụ')).toContain('hoạt động tôn giáo, tín ngưỡng');
    expect(taskOf('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ')).toContain('họp mặt mừng năm mới cho kiều bào');
    expect(taskOf('Bộ Chỉ huy Quân sự thành phố Cần Thơ')).toContain('người Việt Nam có công với cách mạng');
    expect(taskOf('Sở Giáo dục và Đào tạo')).toContain('kết nối giảng viên, giáo viên, chuyên gia');
    expect(taskOf('Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ triển lãm Cần Thơ')).toContain('xúc tiến');
    // After the 2025 mergers the successors carry the tasks: Sở Nội vụ leads the labour task too,
    // the communes' committees the districts'.
    expect(taskOf('Sở Tài chính')).toContain('doanh nghiệp, dự án do người Việt Nam ở nước ngoài đầu tư');
    expect(plan.taskList[11].leadAgency.name).toBe('Sở Nội vụ');
    expect(plan.taskList[14].leadAgency.name).toBe('Ủy ban nhân dân các xã, phường');
    expect(plan.taskList[14].partnerAgencies).toHaveLength(11);
    const changes = (await admin.get('/api/agencies/changes?province=92')).json();
    expect(changes.map((c: { to: { name: string } }) => c.to.name)).toEqual([
      'Sở Tài chính',
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Ủy ban nhân dân các xã, phường',
    ]);
    expect(plan.taskList.every((task: { indicators: string | null }) => task.indicators === null)).toBe(true);
    const reports = plan.taskList.flatMap((task: { agencies: { report: { figures: object } | null }[] }) =>
      task.agencies.flatMap((a) => (a.report ? [a.report] : [])),
    );
    expect(reports.every((r: { figures: object; content: string }) => Object.keys(r.figures).length === 0)).toBe(true);
  });
});
