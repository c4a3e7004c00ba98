import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi, pageGiveConsent } from './pageApi';
import { signInFirstTime } from './signIn';

const EXPERTS = [
  {
    person: { fullName: 'Trần Minh Thủy', residenceCountry: 'AU', hometownText: 'Cần Thơ' },
    profile: { degree: 'doctor', fields: ['agriculture.aquaculture'], languages: ['en'], willingness: ['teach'] },
  },
  {
    person: { fullName: 'Ngô Văn Tin', residenceCountry: 'US', hometownText: 'Cần Thơ' },
    profile: { fields: ['it.software'], languages: ['en'], willingness: ['teach'] },
  },
];

describe('need for experts journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '0' });
    page = journey.page;
    await signInFirstTime(page, journey.server);
    for (const { person, profile } of EXPERTS) {
      const { id } = await pageApi<{ id: string }>(page, 'POST', '/api/persons', person);
      await pageApi(page, 'PUT', `/api/persons/${id}/expert`, profile);
      await pageGiveConsent(page, id, ['expert']);
    }
  });
  afterAll(() => journey?.end());

  it('posts a need and sees the experts who fit it, best first', async () => {
    await page.getByRole('menuitem', { name: 'Nhu cầu chuyên gia' }).click();
    await page.getByRole('button', { name: 'Đăng nhu cầu' }).click();
    await choose(page, 'Tỉnh, thành phố', 'Cần Thơ', 'Cần Thơ');
    await page.getByLabel('Cơ quan, đơn vị cần').fill('Trường Đại học Cần Thơ');
    await page.getByLabel('Nhu cầu', { exact: true }).fill('Giảng viên thỉnh giảng ngành nuôi trồng thủy sản');
    // A multiple select's list stays open after a pick: a click on the dialog's title closes it
    // (Escape would close the dialog itself when the list has closed already).
    const closeList = () => page.getByRole('dialog').getByText('Đăng nhu cầu', { exact: true }).click();
    await choose(page, 'Lĩnh vực chuyên môn', 'thủy sản', 'Nuôi trồng thủy sản');
    await closeList();
    await choose(page, 'Ngoại ngữ', 'Anh', 'Tiếng Anh');
    await closeList();
    await choose(page, 'Sẵn sàng', 'Giảng', 'Giảng dạy');
    await closeList();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const matches = page.getByTestId('need-matches');
    const best = matches.getByRole('row', { name: /Trần Minh Thủy/ });
    await best.waitFor();
    expect(await best.textContent()).toContain('Nuôi trồng thủy sản (đúng chuyên ngành) +10');
    expect(await matches.getByRole('row', { name: /Ngô Văn Tin/ }).count()).toBe(0);
  });

  it('records an outreach to a matched expert, shown with the need', async () => {
    const best = page.getByTestId('need-matches').getByRole('row', { name: /Trần Minh Thủy/ });
    await best.getByRole('button', { name: 'Ghi nhận liên hệ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung').fill('Gửi thư mời giảng dạy học kỳ 2');
    await dialog.getByRole('button', { name: 'Ghi nhận liên hệ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Gửi thư mời giảng dạy học kỳ 2/ }).waitFor();
    await page.screenshot({ path: 'e2e/artifacts/need-matches.png', fullPage: true });
  });
});
