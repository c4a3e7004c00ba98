import type { Page } from 'playwright-core';
import { oneTimePasswordOf, type RunningServer } from '../test/helpers/serverProcess';

export const E2E_PASSWORD = 'mat-khau-moi-2025';

/** The administrator's first sign-in: the printed one-time password, then a password of their own. */
export async function signInFirstTime(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(oneTimePasswordOf(server));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL('**/change-password');
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePasswordOf(server));
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}
