import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../test/helpers/importFixtures';
import { choose } from './antd';
import { startJourney, type Journey } from './journey';
import { signInFirstTime } from './signIn';

// "Vùng lãnh thổ" is no header the import knows: the user maps it to the country of residence.
const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Vùng lãnh thổ', 'Quê quán'];
const ROWS = [
  ['DANH SÁCH KIỀU BÀO CÓ THÂN NHÂN TẠI CẦN THƠ', '', '', '', '', ''],
  HEADER,
  ['1', 'Quách Văn Khải', 'Nam', '1970', 'Hoa Kỳ', 'Cần Thơ'],
  ['2', 'Quách Thị Liên', 'Nữ', '1975', 'Úc', 'Cần Thơ'],
  ['3', 'Quách Văn Minh', 'X', '1980', 'Atlantis', 'Cần Thơ'],
  ['', 'Tổng cộng: 3', '', '', '', ''],
];
// The association sends its list again, with a phone for Khải: he and Liên are persons already held.
const RESENT = [
  ['DANH SÁCH KIỀU BÀO CÓ THÂN NHÂN TẠI CẦN THƠ (BỔ SUNG)', '', '', '', '', '', ''],
  [...HEADER, 'SĐT'],
  ['1', 'Quách Văn Khải', 'Nam', '1970', 'Hoa Kỳ', 'Cần Thơ', '+1 408 555 0199'],
  ['2', 'Quách Thị Liên', 'Nữ', '1975', 'Úc', 'Cần Thơ', ''],
];

describe('import journey', () => {
  let journey: Journey;
  let page: Page;
  let file: string;
  let resent: string;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    file = join(await mkdtemp(join(tmpdir(), 'cn-e2e-')), 'quach.csv');
    await writeFile(file, csvOf(ROWS));
    resent = join(file, '..', 'quach-bo-sung.csv');
    await writeFile(resent, csvOf(RESENT));
    await signInFirstTime(page, journey.server);
  });
  afterAll(() => journey?.end());

  it('uploads a file and shows how its columns were understood', async () => {
    await page.getByRole('menuitem', { name: 'Nhập, xuất dữ liệu' }).click();
    await page.getByLabel('Tỉnh, thành phố cung cấp').fill('Cần Thơ');
    await page.getByTitle('Cần Thơ', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await page.getByText('Bước 1. Đối chiếu cột').waitFor();
    expect(await page.getByLabel('E Vùng lãnh thổ').locator('..').textContent()).toContain('(bỏ qua cột này)');
  });

  it('dry-runs, then takes a corrected column and checks again', async () => {
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    await page.getByText('Bước 2. Kết quả kiểm tra').waitFor();
    await expectCounts(page, { valid: '2', invalid: '1' });
    await page.getByText('Giới tính phải là Nam, Nữ hoặc Khác').waitFor();

    await page.getByLabel('E Vùng lãnh thổ').click();
    await page.keyboard.type('Quốc gia cư trú');
    await page.getByTitle('Quốc gia cư trú', { exact: true }).click();
    await page.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click();
    // Checked again with the country read: the invalid row now has a second problem.
    await page.getByText('Không có quốc gia này').waitFor();
    await expectCounts(page, { valid: '2', invalid: '1' });
  });

  it('commits the valid rows, which then appear in the person list', async () => {
    await page.getByRole('button', { name: 'Ghi các dòng hợp lệ vào cơ sở dữ liệu' }).click();
    await page.getByRole('button', { name: 'Có' }).click();
    await page.getByText('Đã nhập 2 người.').waitFor({ timeout: 30_000 });
    // The duplicate check follows the commit; the page polls until it is done.
    await page.getByText(/^Đã kiểm tra trùng lặp/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Xem danh sách kiều bào' }).click();
    await page.getByPlaceholder('Họ tên (có dấu hoặc không, thứ tự bất kỳ)').fill('quach');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByTestId('person-total').getByText('2 hồ sơ').waitFor();
    const khai = page.getByRole('row', { name: /Quách Văn Khải/ });
    expect(await khai.textContent()).toContain('Hoa Kỳ');
    expect(await page.getByRole('row', { name: /Quách Văn Minh/ }).count()).toBe(0);
  });

  it('takes the list sent again: the officer chooses which rows update the persons already held', async () => {
    await page.getByRole('menuitem', { name: 'Nhập, xuất dữ liệu' }).click();
    await page.getByLabel('Tỉnh, thành phố cung cấp').fill('Cần Thơ');
    await page.getByTitle('Cần Thơ', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(resent);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    await page.getByText('Đối chiếu với hồ sơ đã có').waitFor();
    await page.getByRole('button', { name: 'Bỏ qua tất cả' }).click();
    await page.getByText('0 dòng sẽ cập nhật hồ sơ').waitFor();
    await choose(page, 'Xử lý 3', '', 'Cập nhật');
    await page.getByText('1 dòng sẽ cập nhật hồ sơ').waitFor();
    await page.getByRole('button', { name: 'Ghi các dòng hợp lệ vào cơ sở dữ liệu' }).click();
    await page.getByRole('button', { name: 'Có' }).click();
    await page.getByText('Đã cập nhật 1 hồ sơ đã có.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Xem danh sách kiều bào' }).click();
    await page.getByPlaceholder('Họ tên (có dấu hoặc không, thứ tự bất kỳ)').fill('quach');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByTestId('person-total').getByText('2 hồ sơ').waitFor();
    await page.getByRole('link', { name: 'Quách Văn Khải' }).click();
    await page.getByText('+14085550199').waitFor();
  });
});

async function expectCounts(page: Page, counts: { valid: string; invalid: string }) {
  await page.getByTestId('rows-valid').getByText(counts.valid, { exact: true }).waitFor();
  await page.getByTestId('rows-invalid').getByText(counts.invalid, { exact: true }).waitFor();
}
