import type { Page } from 'playwright-core';

/** A call to the API with the page's own session (cookie and CSRF token), for a journey's set-up. */
export async function pageApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

/** A file sent to the API as a multipart form with the page's own session, for a journey's set-up. */
export async function pageUpload<T>(page: Page, path: string, file: { name: string; content: string }): Promise<T> {
  return page.evaluate(
    async ({ path, file }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const form = new FormData();
      form.append('file', new Blob([file.content]), file.name);
      const response = await fetch(path, { method: 'POST', headers: { 'x-csrf-token': me.csrfToken }, body: form });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { path, file },
  ) as Promise<T>;
}

/** The person's consent to the purposes, recorded on a signed form as an officer does. */
export async function pageGiveConsent(page: Page, personId: string, purposes: string[]): Promise<void> {
  const scan = { name: 'phieu-dong-y.pdf', content: '%PDF-1.4 phiếu đồng ý' };
  const form = await pageUpload<{ id: number }>(page, `/api/persons/${personId}/consent-forms`, scan);
  const decisions = purposes.map((purpose) => ({ purpose, decision: 'given' }));
  await pageApi(page, 'POST', `/api/persons/${personId}/consents`, {
    decisions,
    formId: form.id,
    decidedOn: '2026-03-02',
  });
}
