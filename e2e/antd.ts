import type { Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select by its label: opens it, types part of the option, clicks it
 * in the open list, and waits until the select shows it. A click that lands while the list re-renders
 * (its options arriving from the API on a loaded machine) is lost: the pick is then made once more.
 */
export async function choose(page: Page, label: string, typed: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  const shown = page.locator('.ant-select').filter({ has: input }).getByTitle(option, { exact: true });
  const offered = page.locator(`.ant-select-item-option[title=${JSON.stringify(option)}]:visible`);
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await page.keyboard.type(typed);
    await offered.click();
    try {
      await shown.first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}
