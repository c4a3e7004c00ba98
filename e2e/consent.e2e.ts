import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { signInFirstTime } from './signIn';

describe('consent per purpose journey', () => {
  let journey: Journey;
  let page: Page;
  let personId: string;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '0' });
    page = journey.page;
    await signInFirstTime(page, journey.server);
    const person = { fullName: 'Trịnh Thị Thu Hà', residenceCountry: 'DE', hometownText: 'Cần Thơ' };
    personId = (await pageApi<{ id: string }>(page, 'POST', '/api/persons', person)).id;
  });
  afterAll(() => journey?.end());

  const purposeRow = (purpose: string) => page.getByRole('row', { name: new RegExp(purpose) }).first();

  async function openRecordForm() {
    await page.getByRole('button', { name: 'Ghi nhận sự đồng ý' }).click();
    return page.getByRole('dialog');
  }

  it('records consent given on a scanned signed form, then a refusal with a note', async () => {
    await page.goto(`${journey.server.url}/persons/${personId}`);
    await page.getByRole('tab', { name: 'Sự đồng ý' }).click();
    expect(await purposeRow('Liên hệ về sự kiện').textContent()).toContain('Chưa rõ');

    let dialog = await openRecordForm();
    await choose(page, 'Các mục đích', 'Liên hệ', 'Liên hệ về sự kiện, tin tức quê hương');
    await dialog.getByText('Ghi nhận sự đồng ý', { exact: true }).click();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'phieu-dong-y.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 phiếu đồng ý có chữ ký'),
    });
    // The scan uploaded is the form chosen.
    await dialog.getByTitle('phieu-dong-y.pdf').waitFor();
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await purposeRow('Liên hệ về sự kiện').getByText('Đã đồng ý').waitFor();

    dialog = await openRecordForm();
    await choose(page, 'Các mục đích', 'Chia sẻ', 'Chia sẻ với tỉnh khác, Bộ Ngoại giao');
    await dialog.getByText('Ghi nhận sự đồng ý', { exact: true }).click();
    await choose(page, 'Quyết định', '', 'Từ chối');
    await dialog.getByLabel('Ghi chú (từ chối, rút lại bằng cách nào)').fill('Điện thoại ngày 02/03/2026');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await purposeRow('Chia sẻ với tỉnh khác').getByText('Từ chối').waitFor();
    await page.getByText('Điện thoại ngày 02/03/2026').waitFor();
    await page.screenshot({ path: 'e2e/artifacts/consent.png', fullPage: true });
  });
});
