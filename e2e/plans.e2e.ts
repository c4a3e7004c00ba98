import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { acceptReport, docxWords, openAssignment, reportOnTask } from './planSteps';
import { signInFirstTime, signInWithOneTimePassword } from './signIn';

const AGENCY = 'Bộ Chỉ huy Quân sự thành phố Cần Thơ';
const REPORTED = 'Đã thăm hỏi 3 gia đình người có công với cách mạng đang định cư ở nước ngoài';
// The military command leads the 4th assignment (people with merit abroad) and is among every
// agency of the 15th: the journey follows the 4th.
const ITS_TASK = 'người Việt Nam có công với cách mạng';

// The demo data holds Cần Thơ's agencies and its 2025 plan (38/KH-UBND); the military command has
// not reported on its tasks yet.
describe('plan report journey', () => {
  let journey: Journey;
  let admin: Page;
  let agency: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '200' });
    admin = journey.page;
    await signInFirstTime(admin, journey.server);
    const agencies = await pageApi<{ id: string; name: string }[]>(admin, 'GET', '/api/agencies?province=92');
    const military = agencies.find((a) => a.name === AGENCY)!;
    const created = await pageApi<{ oneTimePassword: string }>(admin, 'POST', '/api/users', {
      username: 'ct.bchqs',
      displayName: 'Cán bộ Bộ Chỉ huy Quân sự',
      email: 'bchqs@cantho.gov.vn',
      role: 'agency_officer',
      provinceCode: '92',
      agencyId: military.id,
    });
    agency = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signInWithOneTimePassword(agency, journey.server.url, 'ct.bchqs', created.oneTimePassword);
  });
  afterAll(() => journey?.end());

  it('shows the Sở Ngoại vụ which agencies are overdue for reporting', async () => {
    await admin.getByRole('menuitem', { name: 'Kế hoạch, báo cáo' }).click();
    await admin.getByRole('link', { name: '38/KH-UBND' }).click();
    const overdue = admin.getByTestId('overdue-assignments').getByRole('row').filter({ hasText: AGENCY });
    await overdue.filter({ hasText: '#4' }).waitFor();
    expect(await overdue.filter({ hasText: '#4' }).textContent()).toContain('30/10/2025');
    expect(await overdue.filter({ hasText: '#15' }).textContent()).toContain('30/10/2025');
  });

  it('reminds the agencies that owe reports, by e-mail too: with no mail server, the outbox shows what would go', async () => {
    await admin.getByRole('button', { name: 'Nhắc các cơ quan chưa báo cáo' }).click();
    await admin.getByText(/Đã nhắc \d+ cơ quan/).waitFor();
    await admin.goto(`${journey.server.url}/outbox`);
    await admin.getByText('Chưa cấu hình máy chủ thư (SMTP_URL)', { exact: false }).waitFor();
    const row = admin.getByRole('row', { name: /bchqs@cantho\.gov\.vn/ });
    expect(await row.textContent()).toContain('Nhắc báo cáo kết quả thực hiện Kế hoạch 38/KH-UBND');
    expect(await row.textContent()).toContain('Chờ gửi');
    await admin.getByRole('menuitem', { name: 'Kế hoạch, báo cáo' }).click();
    await admin.getByRole('link', { name: '38/KH-UBND' }).click();
  });

  it('lets the agency report on its task and send it to the Sở Ngoại vụ', async () => {
    await agency.getByRole('menuitem', { name: 'Nhiệm vụ của cơ quan' }).click();
    const row = agency.getByRole('row', { name: /38\/KH-UBND/ }).filter({ hasText: ITS_TASK });
    await row.getByText('Quá hạn báo cáo').waitFor();
    await reportOnTask(agency, ITS_TASK, REPORTED, { 'Sự kiện, hoạt động tổ chức cho kiều bào (sự kiện)': '3' });
  });

  it('lets the Sở Ngoại vụ accept it', async () => {
    const assignment = await openAssignment(admin, ITS_TASK, AGENCY);
    await assignment.getByText('Chờ duyệt').waitFor();
    const stillOverdue = admin.getByTestId('overdue-assignments').getByRole('row').filter({ hasText: AGENCY });
    expect(await stillOverdue.allTextContents()).toEqual([expect.stringContaining('#15')]);
    await acceptReport(admin, ITS_TASK, AGENCY, REPORTED);
  });

  it('downloads the consolidated report with the accepted report in it', async () => {
    await admin.getByPlaceholder('Số báo cáo').fill('215/BC-SNV');
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: /Báo cáo tổng hợp/ }).click(),
    ]);
    const text = await docxWords(download);
    expect(text).toContain('Số: 215/BC-SNV');
    expect(text).toContain(`${AGENCY} (đã hoàn thành): ${REPORTED}`);
    expect(download.suggestedFilename()).toBe('bao-cao-ket-qua-ke-hoach.docx');
    await admin.screenshot({ path: 'e2e/artifacts/plan.png', fullPage: true });
  });
});
