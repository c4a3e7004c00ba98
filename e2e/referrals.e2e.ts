import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, fillOpened, typeDate } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { signInFirstTime, signInWithOneTimePassword } from './signIn';

const EMBASSY = 'Đại sứ quán Việt Nam tại Nhật Bản';
const CITIZEN = 'Trịnh Văn Đức';
const REASON = 'Đề nghị Sở Ngoại vụ thông báo, hỗ trợ gia đình công dân';
const OUTCOME = 'Đã liên hệ gia đình tại phường Ninh Kiều';

/** A new account of a unit, signed in on a page of its own. */
async function account(journey: Journey, ministry: Page, user: Record<string, unknown>) {
  const created = await pageApi<{ oneTimePassword: string }>(ministry, 'POST', '/api/users', {
    displayName: user.username,
    ...user,
  });
  const page = await journey.newPage();
  await signInWithOneTimePassword(page, journey.server.url, String(user.username), created.oneTimePassword);
  return page;
}

// The embassy in Tokyo registers a citizen of Cần Thơ, opens a protection case and refers it home;
// Cần Thơ's Sở Ngoại vụ accepts it and records the outcome, which the embassy reads on the case.
describe('a mission abroad and its home province', () => {
  let journey: Journey;
  let ministry: Page;
  let tokyo: Page;
  let canTho: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '200' });
    ministry = journey.page;
    await signInFirstTime(ministry, journey.server);
    const missions = await pageApi<{ id: string; name: string }[]>(ministry, 'GET', '/api/missions');
    const missionId = missions.find((m) => m.name === EMBASSY)!.id;
    tokyo = await account(journey, ministry, { username: 'dsq.tokyo', role: 'mission_officer', missionId });
    canTho = await account(journey, ministry, { username: 'ct.snv', role: 'province_admin', provinceCode: '92' });
  });
  afterAll(() => journey?.end());

  it('shows the missions in the organisation', async () => {
    await ministry.goto(`${journey.server.url}/org-units`);
    await ministry.getByText(`${EMBASSY} · 1 tài khoản`).waitFor();
    expect(await ministry.getByRole('cell', { name: EMBASSY }).count()).toBe(1);
  });

  it('registers a citizen at the embassy, with the consents on the form', async () => {
    await tokyo.getByRole('menuitem', { name: 'Đăng ký công dân' }).click();
    await tokyo.getByLabel('Họ và tên').fill(CITIZEN);
    await choose(tokyo, 'Nước cư trú', 'Nhật', 'Nhật Bản');
    await tokyo.getByLabel('Quê quán').fill('Phường Ninh Kiều, thành phố Cần Thơ');
    await tokyo.getByLabel('Số tờ khai').fill('318/2026/ĐKCD');
    await typeDate(tokyo, 'Ngày đăng ký', '20/11/2026');
    await tokyo.getByLabel('Chia sẻ với tỉnh khác, Bộ Ngoại giao').check();
    await tokyo.getByRole('button', { name: 'Đăng ký công dân' }).click();
    await tokyo.getByRole('link', { name: 'Đã đăng ký công dân' }).click();
    await tokyo.getByText(CITIZEN).first().waitFor();
  });

  it('refers a case to the home province, which accepts it and records the outcome', async () => {
    const persons = await pageApi<{ items: { id: string }[] }>(
      tokyo,
      'GET',
      `/api/persons?q=${encodeURIComponent(CITIZEN)}`,
    );
    const theCase = await pageApi<{ id: string; code: string }>(tokyo, 'POST', '/api/cases', {
      country: 'JP',
      type: 'accident',
      urgency: 'high',
      title: 'Tai nạn lao động tại Saitama',
      persons: [{ personId: persons.items[0]!.id, role: 'subject' }],
    });
    expect(theCase.code).toMatch(/^BH-TOKYO-/);
    await tokyo.goto(`${journey.server.url}/cases/${theCase.id}`);
    await tokyo.getByRole('button', { name: 'Lập phiếu chuyển tuyến' }).click();
    const dialog = tokyo.getByRole('dialog');
    await choose(tokyo, 'Tỉnh, thành phố nhận', 'Cần', 'Cần Thơ');
    await fillOpened(dialog.getByLabel('Lý do, nội dung đề nghị'), REASON);
    await dialog.getByRole('button', { name: 'Chuyển tuyến' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await canTho.getByRole('menuitem', { name: 'Chuyển tuyến' }).click();
    const row = canTho.getByRole('row').filter({ hasText: CITIZEN });
    await row.getByRole('button', { name: 'Tiếp nhận' }).click();
    await canTho.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    await canTho.getByRole('dialog').waitFor({ state: 'hidden' });
    await row.getByText('Đã tiếp nhận').waitFor();
    await row.getByRole('button', { name: 'Ghi kết quả' }).click();
    await fillOpened(canTho.getByRole('dialog').getByLabel('Kết quả xử lý'), OUTCOME);
    await canTho.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await canTho.getByRole('dialog').waitFor({ state: 'hidden' });
    await row.getByText('Đã có kết quả').waitFor();

    await tokyo.reload();
    await tokyo.getByText(OUTCOME).first().waitFor();
    expect(await tokyo.getByTestId('case-event').filter({ hasText: 'Chuyển tuyến' }).count()).toBe(3);
  });
});
