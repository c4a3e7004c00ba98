import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, typeDate } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi, pageGiveConsent } from './pageApi';
import { signInFirstTime } from './signIn';

// Who agreed to be contacted about events; Đỗ Văn Lặng, in Japan too, did not say.
const PERSONS = [
  { person: { fullName: 'Lê Thị Hoa', residenceCountry: 'JP', hometownText: 'Cần Thơ' }, contact: true },
  { person: { fullName: 'Phạm Văn Nam', residenceCountry: 'JP', hometownText: 'Cần Thơ' }, contact: true },
  { person: { fullName: 'Đỗ Văn Lặng', residenceCountry: 'JP', hometownText: 'Cần Thơ' }, contact: false },
  { person: { fullName: 'Võ Minh Châu', residenceCountry: 'US', hometownText: 'Cần Thơ' }, contact: true },
];

/** Types a date (dd/mm/yyyy) into a date picker and leaves it. */
async function openRegister(page: Page, group: string, register: string) {
  await page.getByRole('menuitem', { name: group }).click();
  await page.getByRole('menuitem', { name: register }).click();
  await page.getByRole('button', { name: 'Thêm mới' }).click();
  await choose(page, 'Tỉnh, thành phố', 'Cần Thơ', 'Cần Thơ');
}

describe('local foreign affairs journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '0' });
    page = journey.page;
    await signInFirstTime(page, journey.server);
    for (const { person, contact } of PERSONS) {
      const { id } = await pageApi<{ id: string }>(page, 'POST', '/api/persons', person);
      if (contact) await pageGiveConsent(page, id, ['contact']);
    }
  });
  afterAll(() => journey?.end());

  it('records a signed agreement with a follow-up note', async () => {
    await openRegister(page, 'Đối ngoại địa phương', 'Thỏa thuận hợp tác quốc tế');
    await page.getByLabel('Đối tác nước ngoài').fill('Thành phố Nasushiobara');
    await choose(page, 'Loại đối tác', '', 'Chính quyền địa phương');
    await choose(page, 'Quốc gia', 'Nhật', 'Nhật Bản');
    await page.getByLabel('Tên văn bản').fill('Biên bản ghi nhớ hợp tác hữu nghị');
    await choose(page, 'Cấp ký kết', '', 'Cấp tỉnh');
    await choose(page, 'Tình trạng', '', 'Đã ký, còn hiệu lực');
    await typeDate(page, 'Ngày ký', '15/03/2024');
    await typeDate(page, 'Ngày hết hạn', '14/03/2029');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await page.getByText('Thỏa thuận: Thành phố Nasushiobara').waitFor();
    expect(await page.getByRole('row', { name: /Ngày ký/ }).textContent()).toContain('15/03/2024');

    await typeDate(page, 'Ngày', '20/11/2026');
    await page.getByLabel('Nội dung', { exact: true }).fill('Trao đổi đoàn học sinh');
    await page.getByRole('button', { name: 'Thêm ghi chép' }).click();
    await page.getByTestId('register-note').getByText('20/11/2026 — Trao đổi đoàn học sinh').waitFor();
  });

  it('creates an event, invites the overseas Vietnamese of a country and marks who came', async () => {
    await openRegister(page, 'Sự kiện, đóng góp', 'Sự kiện, hoạt động');
    await page.getByLabel('Tên sự kiện').fill('Họp mặt kiều bào Xuân Bính Ngọ 2026');
    await choose(page, 'Loại sự kiện', '', 'Gặp mặt kiều bào dịp Tết');
    await choose(page, 'Hình thức', '', 'Trực tiếp');
    await typeDate(page, 'Từ ngày', '05/02/2026');
    await typeDate(page, 'Đến ngày', '05/02/2026');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);

    await choose(page, 'Nước cư trú', 'Nhật', 'Nhật Bản');
    await page.getByRole('button', { name: 'Mời kiều bào' }).click();
    await page
      .getByText('Đã thêm 2 khách mời (0 đã có trong danh sách; 1 người chưa đồng ý được liên hệ nên không mời)')
      .waitFor();
    const counts = page.getByTestId('invitation-counts');
    await counts.getByText('Đã mời: 2').waitFor();
    expect(await page.getByRole('row', { name: /Võ Minh Châu/ }).count()).toBe(0);
    expect(await page.getByRole('row', { name: /Đỗ Văn Lặng/ }).count()).toBe(0);

    await choose(page, 'Tình trạng Lê Thị Hoa', '', 'Đã tham dự');
    await counts.getByText('Đã tham dự: 1').waitFor();
    await counts.getByText('Đã mời: 1').waitFor();

    const eventId = new URL(page.url()).pathname.split('/')[2];
    const csv = await page.evaluate(
      async (path) => (await fetch(path)).text(),
      `/api/events/${eventId}/invitations/export.csv`,
    );
    expect(csv).toContain('Bà');
    expect(csv).toContain('Lê Thị Hoa');
    expect(csv).toContain('Đã tham dự');
    await page.screenshot({ path: 'e2e/artifacts/event-invitations.png', fullPage: true });
  });

  it('publishes the catalogue of projects open for investment to anyone, signed in or not', async () => {
    await pageApi(page, 'POST', '/api/catalogue', {
      provinceCode: '92',
      name: 'Khu nông nghiệp công nghệ cao Phong Điền',
      sector: 'agriculture',
      location: 'Xã Phong Điền',
      capital: { amount: 1_200_000_000_000, currency: 'VND' },
      contact: 'Sở Tài chính thành phố Cần Thơ',
      status: 'open',
    });
    const visitor = await journey.browser.newPage();
    await visitor.goto(`${journey.server.url}/public/catalogue`);
    const row = visitor.getByRole('row', { name: /Khu nông nghiệp công nghệ cao Phong Điền/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('1.200.000.000.000 VND');
    expect(await row.textContent()).toContain('Xã Phong Điền, Cần Thơ');
    await visitor.close();
  });
});
