import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { signInFirstTime } from './signIn';

describe('citizen protection case journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney({ DEMO_PERSONS: '0' });
    page = journey.page;
    await signInFirstTime(page, journey.server);
    await pageApi(page, 'POST', '/api/users', {
      username: 'ct.baoho',
      displayName: 'Nguyễn Văn Bảo',
      role: 'province_officer',
      provinceCode: '92',
    });
  });
  afterAll(() => journey?.end());

  it('opens a case', async () => {
    await page.getByRole('menuitem', { name: 'Bảo hộ công dân' }).click();
    await page.getByRole('button', { name: 'Tiếp nhận vụ việc' }).click();
    await choose(page, 'Tỉnh, thành phố', 'Cần Thơ', 'Cần Thơ');
    await page.getByLabel('Tiêu đề').fill('Lao động bị chủ sử dụng giữ hộ chiếu tại Đài Trung');
    await choose(page, 'Loại vụ việc', 'Tranh', 'Tranh chấp lao động');
    await choose(page, 'Mức độ', 'Khẩn', 'Khẩn');
    await choose(page, 'Nước xảy ra', 'Đài Loan', 'Đài Loan (Trung Quốc)');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByText(/^BH-92-\d{4}-0001$/).waitFor();
    await page.getByText('Tiếp nhận', { exact: true }).first().waitFor();
  });

  it('assigns it to an officer of the province', async () => {
    await choose(page, 'Giao cho cán bộ', 'Bảo', 'Nguyễn Văn Bảo');
    await page.getByTestId('case-event').getByText('Giao cán bộ').waitFor();
  });

  it('adds a task with its due date, shown overdue once past', async () => {
    await page.getByPlaceholder('Nhiệm vụ').fill('Liên hệ Văn phòng Kinh tế và Văn hóa Việt Nam tại Đài Bắc');
    await page.getByPlaceholder('Hạn').click();
    await page.keyboard.type('01/11/2026');
    // Enter takes the typed date and submits the task.
    await page.keyboard.press('Enter');
    const task = page.getByRole('row', { name: /Liên hệ Văn phòng Kinh tế/ });
    await task.getByText('Quá hạn').waitFor();
  });

  it('moves it through verifying and assisting to resolved', async () => {
    for (const step of ['Xác minh', 'Đang hỗ trợ']) {
      await page.getByRole('button', { name: `Chuyển sang: ${step}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Chuyển sang: Đã giải quyết' }).click();
    await page.getByRole('dialog').getByLabel('Kết quả giải quyết').fill('Người lao động đã nhận lại hộ chiếu');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Người lao động đã nhận lại hộ chiếu').first().waitFor();
    await page.getByRole('button', { name: 'Mở lại vụ việc' }).waitFor();
    const events = await page.getByTestId('case-event').allTextContents();
    expect(events.filter((e) => e.startsWith('Chuyển trạng thái'))).toHaveLength(3);
    expect(events[0]).toContain('Đang hỗ trợ → Đã giải quyết');
    await page.screenshot({ path: 'e2e/artifacts/case-resolved.png', fullPage: true });
  });
});
