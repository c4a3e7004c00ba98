import type { Page } from 'playwright-core';

/** Picks an option of an Ant Design select by its label: opens it, types part of the option, clicks it. */
export async function choose(page: Page, label: string, typed: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(typed);
  await page.getByTitle(option, { exact: true }).click();
}
