import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { choose } from './antd';

/** An agency's officer reports a task (found by its text) as completed, with figures by label, and sends it. */
export async function reportOnTask(page: Page, taskText: string, content: string, figures: Record<string, string>) {
  await page.getByRole('menuitem', { name: 'Nhiệm vụ của cơ quan' }).click();
  const row = page.getByRole('row', { name: /38\/KH-UBND/ }).filter({ hasText: taskText });
  await row.getByRole('button', { name: 'Báo cáo' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'Tiến độ', 'hoàn thành', 'Đã hoàn thành');
  await dialog.getByLabel('Kết quả thực hiện').fill(content);
  for (const [label, value] of Object.entries(figures)) await dialog.getByLabel(label).fill(value);
  await dialog.getByRole('button', { name: 'Gửi Sở Ngoại vụ' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText('Chờ duyệt').waitFor();
}

/** The assignment of an agency on a task of the plan 38/KH-UBND, as the Sở Ngoại vụ sees it. */
export async function openAssignment(page: Page, taskText: string, agency: string) {
  await page.getByRole('menuitem', { name: 'Kế hoạch, báo cáo' }).click();
  await page.getByRole('link', { name: '38/KH-UBND' }).click();
  return page.getByRole('row').filter({ hasText: taskText }).getByTestId('assignment').filter({ hasText: agency });
}

/** The Sở Ngoại vụ accepts an agency's submitted report (its text shown first). */
export async function acceptReport(page: Page, taskText: string, agency: string, content: string) {
  const assignment = await openAssignment(page, taskText, agency);
  await assignment.getByText('Chờ duyệt').waitFor();
  await assignment.getByRole('button', { name: agency }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('report-content').getByText(content).waitFor();
  await dialog.getByRole('button', { name: 'Chấp nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await assignment.getByText('Đã chấp nhận').waitFor();
}

/** The words of a downloaded .docx, its XML tags made spaces. */
export async function docxWords(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
