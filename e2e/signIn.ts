import type { Page } from 'playwright-core';
import { oneTimePasswordOf, type RunningServer } from '../test/helpers/serverProcess';

export const E2E_PASSWORD = 'mat-khau-moi-2025';

/** A first sign-in: the one-time password, then a password of the user's own. */
export async function signInWithOneTimePassword(page: Page, url: string, username: string, oneTimePassword: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(oneTimePassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL('**/change-password');
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Lưu' }).click();
  // The first page: the dashboard, or the persons for a unit without one (a commune, a mission).
  await page.waitForURL((address) => !['/login', '/change-password'].includes(address.pathname));
}

/** The administrator's first sign-in: the printed one-time password, then a password of their own. */
export function signInFirstTime(page: Page, server: RunningServer): Promise<void> {
  return signInWithOneTimePassword(page, server.url, 'admin', oneTimePasswordOf(server));
}
