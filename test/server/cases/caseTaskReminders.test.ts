import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindDueCaseTasks } from '../../../src/server/cases/caseTaskReminders';
import { USERS, caseBody } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

describe("a case task's due-date e-mail", () => {
  let t: TestApp;
  let officer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    const id = await t.createUser(...USERS.ctOfficer);
    await t.db
      .updateTable('app_user')
      .set({ email: 'ct.officer@songoaivu.cantho.gov.vn' })
      .where('id', '=', id)
      .execute();
    officer = await t.login(USERS.ctOfficer[0]);
  });
  afterAll(() => t.close());

  it('tells the officer handling the case of a task due by tomorrow, once, and not of one due later', async () => {
    const theCase = (await officer.post('/api/cases', caseBody())).json();
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    await officer.post(`/api/cases/${theCase.id}/tasks`, {
      title: 'Liên hệ Văn phòng Kinh tế Văn hóa',
      dueOn: tomorrow,
    });
    await officer.post(`/api/cases/${theCase.id}/tasks`, { title: 'Báo cáo Bộ', dueOn: '2099-01-01' });
    expect(await remindDueCaseTasks(t.db, t.clock.now(), 'https://caunoi.example.vn')).toBe(1);
    const [mail] = await t.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject', 'body', 'kind'])
      .where('kind', '=', 'case.taskDue')
      .execute();
    expect(mail).toMatchObject({ to_address: 'ct.officer@songoaivu.cantho.gov.vn', kind: 'case.taskDue' });
    expect(mail!.subject).toContain('Liên hệ Văn phòng Kinh tế Văn hóa');
    expect(mail!.body).toContain(`https://caunoi.example.vn/cases/${theCase.id}`);
    expect(await remindDueCaseTasks(t.db, t.clock.now(), 'https://caunoi.example.vn')).toBe(0);
  });
});
