import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, typeDate } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { acceptReport, docxWords, reportOnTask } from './planSteps';
import { signInWithOneTimePassword, signInFirstTime } from './signIn';

const REQUEST = '125/UBNV-VP';
const SECTION = 'Kết quả nổi bật';
const MILITARY = 'Bộ Chỉ huy Quân sự thành phố Cần Thơ';
const ITS_TASK = 'người Việt Nam có công với cách mạng';
const REPORTED = 'Đã tổ chức 4 buổi thăm hỏi người có công với cách mạng đang định cư ở nước ngoài';
const CONSOLIDATED = 'Các cơ quan của thành phố đã tổ chức 4 hoạt động cho kiều bào.';
const EVENTS = 'Sự kiện, hoạt động tổ chức cho kiều bào';

/** An officer of Cần Thơ belonging to one of its agencies (the demo's), signed in on a page of their own. */
async function cantho(journey: Journey, ministry: Page, username: string, role: string, agency: string) {
  const agencies = await pageApi<{ id: string; name: string }[]>(ministry, 'GET', '/api/agencies?province=92');
  const created = await pageApi<{ oneTimePassword: string }>(ministry, 'POST', '/api/users', {
    username,
    displayName: username,
    email: `${username}@cantho.gov.vn`,
    role,
    provinceCode: '92',
    agencyId: agencies.find((a) => a.name === agency)!.id,
  });
  const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signInWithOneTimePassword(page, journey.server.url, username, created.oneTimePassword);
  return page;
}

// Three levels: the Ministry asks every province; Cần Thơ's military command reports on its task of
// Kế hoạch 38/KH-UBND, the Sở Ngoại vụ accepts it, consolidates and submits; the Ministry approves.
describe('a report up the tree', () => {
  let journey: Journey;
  let ministry: Page;
  let snv: Page;
  let military: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '200' });
    ministry = journey.page;
    await signInFirstTime(ministry, journey.server);
    snv = await cantho(journey, ministry, 'ct.snv', 'province_officer', 'Sở Ngoại vụ thành phố Cần Thơ');
    military = await cantho(journey, ministry, 'ct.bchqs', 'agency_officer', MILITARY);
  });
  afterAll(() => journey?.end());

  it('lets the Ministry ask all 34 provinces for figures and a section by a date', async () => {
    await ministry.getByRole('menuitem', { name: 'Yêu cầu báo cáo' }).click();
    await ministry.getByRole('button', { name: 'Ban hành yêu cầu báo cáo' }).click();
    const dialog = ministry.getByRole('dialog');
    await dialog.getByLabel('Số văn bản').fill(REQUEST);
    await dialog.getByLabel('Nội dung báo cáo').fill('Kết quả thực hiện công tác người Việt Nam ở nước ngoài năm 2025');
    await typeDate(ministry, 'Ngày ban hành', '01/12/2026');
    await typeDate(ministry, 'Hạn báo cáo', '31/12/2099');
    await dialog.getByLabel('Năm báo cáo').fill('2025');
    await dialog.getByLabel(EVENTS).check();
    await dialog.getByLabel('Các phần nội dung 1').fill(SECTION);
    await dialog.getByRole('button', { name: 'Ban hành yêu cầu báo cáo' }).click();
    await ministry.waitForURL('**/reporting/*');
    const rows = ministry.getByTestId('province-responses').getByRole('row');
    await rows.filter({ hasText: 'Cần Thơ' }).getByText('Đang chuẩn bị').waitFor();
    expect(await rows.count()).toBe(35);
  });

  it("lets Cần Thơ's agency report on its task and the Sở Ngoại vụ accept it", async () => {
    await reportOnTask(military, ITS_TASK, REPORTED, { [`${EVENTS} (sự kiện)`]: '4' });
    await acceptReport(snv, ITS_TASK, MILITARY, REPORTED);
  });

  it('lets the Sở Ngoại vụ add up the accepted reports and send the response to the Ministry', async () => {
    await snv.getByRole('menuitem', { name: 'Yêu cầu báo cáo' }).click();
    await snv.getByRole('link', { name: REQUEST }).click();
    await choose(snv, 'Kế hoạch giao các cơ quan thực hiện', '38', '38/KH-UBND (2025)');
    await snv.getByRole('button', { name: 'Tổng hợp từ báo cáo của các cơ quan' }).click();
    await snv.getByText(/Đã tổng hợp 2\/\d+ lượt báo cáo được chấp nhận/).waitFor();
    expect(await snv.getByLabel(`${EVENTS} (sự kiện)`).inputValue()).toBe('4');
    await snv.getByLabel(SECTION).fill(CONSOLIDATED);
    await snv.getByRole('button', { name: 'Gửi Bộ Ngoại giao' }).click();
    await snv.getByText('Đã gửi, chờ duyệt').first().waitFor();
  });

  it("lets the Ministry approve it and download the national report with Cần Thơ's figures", async () => {
    await ministry.reload();
    const row = ministry.getByTestId('province-responses').getByRole('row').filter({ hasText: 'Cần Thơ' });
    await row.getByText('Đã gửi, chờ duyệt').waitFor();
    await row.getByRole('button', { name: /Xem/ }).click();
    const drawer = ministry.getByRole('dialog');
    await drawer.getByText(CONSOLIDATED).waitFor();
    await drawer.getByRole('button', { name: 'Phê duyệt và khóa' }).click();
    await row.getByText('Đã phê duyệt (khóa)').waitFor();
    await ministry.getByPlaceholder('Số báo cáo').fill('45/BC-UBNV');
    const [download] = await Promise.all([
      ministry.waitForEvent('download'),
      ministry.getByRole('link', { name: /Báo cáo tổng hợp toàn quốc/ }).click(),
    ]);
    const text = await docxWords(download);
    expect(text).toContain('Số: 45/BC-UBNV');
    expect(text).toContain('Đã đề nghị 34 tỉnh, thành phố');
    expect(text).toContain(CONSOLIDATED);
    expect(text).toMatch(/Cần Thơ Đã phê duyệt \(khóa\) 4 /);
    expect(text).toContain(`${EVENTS}: 4 sự kiện (1 tỉnh, thành phố)`);
    await ministry.screenshot({ path: 'e2e/artifacts/reporting.png', fullPage: true });
  });
});
