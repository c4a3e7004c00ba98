import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select by its label: opens it, types part of the option, clicks it
 * in the open list, and waits until the select shows it. On a loaded machine keys typed before the
 * search box has the focus are lost (the list then shows its first options only, virtually
 * scrolled), and a click that lands while the list re-renders is lost: the text is typed into the
 * box, and the pick is made again, up to three times.
 */
export async function choose(page: Page, label: string, typed: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  const shown = page.locator('.ant-select').filter({ has: input }).getByTitle(option, { exact: true });
  const offered = page.locator(`.ant-select-item-option[title=${JSON.stringify(option)}]:visible`);
  for (let attempt = 1; ; attempt++) {
    await input.click();
    // Into the search box itself (focused first), what an earlier attempt typed cleared.
    await input.press('Control+A');
    await input.press('Backspace');
    await input.pressSequentially(typed);
    try {
      await offered.click({ timeout: 10_000 });
      await shown.first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Types a date (dd/mm/yyyy) into an Ant Design date picker by its label. */
export async function typeDate(page: Page, label: string, date: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
}

/**
 * Fills a box of a form that has just opened (a modal): on a loaded machine the form may render
 * again after the first keys and drop them, so the value is checked and filled again if it is gone.
 */
export async function fillOpened(box: Locator, text: string) {
  for (let attempt = 1; ; attempt++) {
    await box.fill(text);
    await box.page().waitForTimeout(200);
    if ((await box.inputValue()) === text || attempt === 3) return;
  }
}
