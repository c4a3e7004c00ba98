import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney, type Journey } from './journey';
import { pageApi } from './pageApi';
import { signInFirstTime } from './signIn';

// One woman recorded twice: by Cần Thơ, and by an association that wrote her name the Western way,
// without diacritics, with her English name, and her country as it is now.
const FIRST = {
  fullName: 'Võ Thị Bích Ngọc',
  sex: 'female',
  birthDate: { year: 1985, month: 4, day: 12 },
  hometownText: 'Cần Thơ',
  residenceCountry: 'US',
  phones: ['+14085550177'],
};
const SECOND = {
  ...FIRST,
  fullName: 'Ngoc Thi Bich Vo (Jenny)',
  residenceCountry: 'CA',
  emails: ['jenny@example.com'],
};

/** Creates a person through the API with the page's session, as the form would. */
async function createPerson(page: Page, person: object): Promise<string> {
  return (await pageApi<{ id: string }>(page, 'POST', '/api/persons', person)).id;
}

describe('duplicate review journey', () => {
  let journey: Journey;
  let page: Page;
  let firstId: string;

  beforeAll(async () => {
    // No demo data: its pairs would share the queue with this one.
    journey = await startJourney({ DEMO_PERSONS: '0' });
    page = journey.page;
    await signInFirstTime(page, journey.server);
    firstId = await createPerson(page, FIRST);
    await createPerson(page, SECOND);
  });
  afterAll(() => journey?.end());

  it('lists the pair in the review queue and shows the evidence side by side', async () => {
    await page.getByRole('menuitem', { name: 'Trùng lặp' }).click();
    await page.getByText('Hồ sơ có thể trùng lặp').waitFor();
    await page.getByRole('row', { name: /Ngoc Thi Bich Vo \(Jenny\)/ }).click();
    await page.waitForURL(/\/duplicates\/\d+$/);
    await page.getByText('Cùng ngày sinh').waitFor();
    await page.getByText('Cùng số điện thoại').waitFor();
    await page.getByText('Nước cư trú khác').waitFor();
  });

  it('merges the pair with a value chosen from the second record, keeping both names', async () => {
    // Keep the record written in Vietnamese; take the country of residence from the other one.
    const nameRow = (await page.getByRole('row', { name: /^Họ và tên/ }).textContent()) ?? '';
    expect(nameRow).toContain(SECOND.fullName);
    const firstIsA = nameRow.indexOf(FIRST.fullName) < nameRow.indexOf(SECOND.fullName);
    await page
      .getByRole('radio', { name: 'Giữ hồ sơ này' })
      .nth(firstIsA ? 0 : 1)
      .check();
    await page.getByRole('radio', { name: 'Canada' }).check();
    await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
    await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await page.getByText('Đã gộp').first().waitFor();
    await page.getByRole('button', { name: 'Hoàn tác gộp' }).waitFor();

    await page.goto(`${journey.server.url}/persons/${firstId}`);
    await page.getByText('Ngoc Thi Bich Vo (Jenny)').first().waitFor();
    await page.getByText('Canada').first().waitFor();
    await page.getByText('jenny@example.com').waitFor();
    await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    await page.getByText('Gộp hồ sơ trùng').waitFor();
  });

  it('undoes the merge from the queue of merged pairs', async () => {
    await page.getByRole('menuitem', { name: 'Trùng lặp' }).click();
    await page.getByText('Đã gộp', { exact: true }).click();
    await page.getByRole('row', { name: /Ngoc Thi Bich Vo \(Jenny\)/ }).click();
    await page.getByRole('button', { name: 'Hoàn tác gộp' }).click();
    await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await page.getByText('Chờ xem xét').first().waitFor();
    await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).waitFor();
  });
});
