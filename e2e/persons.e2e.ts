import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney, type Journey } from './journey';
import { signInFirstTime } from './signIn';

describe('person record journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    await signInFirstTime(page, journey.server);
  });
  afterAll(() => journey?.end());

  it('creates a person, checking the form inline first', async () => {
    await page.getByRole('menuitem', { name: /Kiều bào$/ }).click();
    await page.getByRole('button', { name: 'Thêm hồ sơ' }).click();
    await page.getByLabel('Họ và tên').first().fill('Phạm Thị Hồng Nhung');
    await page.getByPlaceholder('Ngày').fill('31');
    await page.getByPlaceholder('Tháng').fill('2');
    await page.getByPlaceholder('Năm').fill('1988');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Ngày không tồn tại').waitFor();

    await page.getByPlaceholder('Ngày').fill('28');
    await page.getByLabel('Nước cư trú').fill('Đức');
    await page.getByTitle('Đức', { exact: true }).click();
    await page.getByLabel('Thành phố', { exact: true }).fill('Leipzig');
    await page.getByLabel('Quê quán (như ghi trong hồ sơ)').fill('huyện Kế Sách, tỉnh Sóc Trăng');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    await page.getByText('Cần Thơ', { exact: true }).waitFor();
  });

  it('finds the person by the name unaccented and reversed', async () => {
    await page.getByRole('menuitem', { name: /Kiều bào$/ }).click();
    await page.getByPlaceholder('Họ tên (có dấu hoặc không, thứ tự bất kỳ)').fill('nhung hong thi pham');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByTestId('person-total').getByText('1 hồ sơ').waitFor();
    await page.getByRole('link', { name: 'Phạm Thị Hồng Nhung' }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
  });

  it('edits the record and shows the change in its history', async () => {
    await page.getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Thành phố', { exact: true }).fill('Berlin');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const entries = page.getByTestId('history-entry');
    await entries.first().getByText('Thành phố: Leipzig → Berlin').waitFor();
    expect(await entries.count()).toBe(2);
    await page.screenshot({ path: 'e2e/artifacts/person-history.png' });
  });
});
