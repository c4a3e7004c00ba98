import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney, type Journey } from './journey';
import { oneTimePasswordOf, type RunningServer } from '../test/helpers/serverProcess';
import { E2E_PASSWORD as NEW_PASSWORD } from './signIn';

describe('first login journey', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
  });
  afterAll(() => journey?.end());

  it('sends an anonymous visitor to the login page', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('shows a wrong password as an error', async () => {
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu').waitFor();
  });

  it('signs in with the printed one-time password and must replace it', async () => {
    await page.getByLabel('Mật khẩu').fill(oneTimePasswordOf(server));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/change-password');
    await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePasswordOf(server));
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('shows the dashboard with figures from the database', async () => {
    await page.getByRole('heading', { name: /Tổng quan — Toàn quốc/ }).waitFor();
    const provinces = page.locator('.ant-statistic', { hasText: 'Tỉnh, thành phố (từ 01/7/2025)' });
    await provinces.locator('.ant-statistic-content', { hasText: '34' }).waitFor();
    const users = page.locator('.ant-statistic', { hasText: 'Tài khoản đang hoạt động' });
    await users.locator('.ant-statistic-content', { hasText: '1' }).waitFor();
    await page.screenshot({ path: 'e2e/artifacts/dashboard.png', fullPage: false });
  });

  it('switches the interface to English and back', async () => {
    await page.getByTestId('language-toggle').first().click();
    await page.getByRole('heading', { name: /Overview — Nationwide/ }).waitFor();
    await page.getByTestId('language-toggle').first().click();
    await page.getByRole('heading', { name: /Tổng quan/ }).waitFor();
  });

  it('lets the administrator create a province account and shows its one-time password once', async () => {
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('ct.sngv');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await dialog.getByLabel('Tỉnh, thành phố').fill('Cần');
    await page.getByTitle('Cần Thơ').click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const password = await page.getByTestId('one-time-password').textContent();
    expect(password?.trim()).toMatch(/^[A-Za-z0-9]{16}$/);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('cell', { name: 'ct.sngv' }).waitFor();
    await page.getByRole('cell', { name: 'Cần Thơ' }).waitFor();
  });

  it('shows a 404 page for an unknown address', async () => {
    await page.goto(`${server.url}/khong-co-trang-nay`);
    await page.getByText('Không tìm thấy trang').waitFor();
  });

  it('signs out back to the login page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL('**/login');
    await page.goto(server.url);
    await page.waitForURL('**/login');
  });
});
