import { expect } from 'vitest';
import { multipart } from './multipart';
import type { Client, TestApp } from './testApp';

/** The import API's steps as a user takes them, each asserting that the step succeeded. */
export function upload(client: Client, name: string, content: Buffer, fields: Record<string, string> = {}) {
  return client.request({ method: 'POST', url: '/api/imports', ...multipart(fields, { name, content }) });
}

export async function uploadAndCheck(
  client: Client,
  name: string,
  content: Buffer,
  fields: Record<string, string> = {},
) {
  const uploaded = await upload(client, name, content, fields);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const checked = await client.post(`/api/imports/${uploaded.json().id}/check`);
  expect(checked.statusCode, checked.body).toBe(200);
  return checked.json();
}

/** Commits and waits for the rows to be written and, after them, the duplicate check of the batch. */
export async function commitAndWait(t: TestApp, client: Client, id: string) {
  const started = await client.post(`/api/imports/${id}/commit`);
  expect(started.statusCode, started.body).toBe(202);
  await t.app.importRunner.idle();
  await t.app.duplicateCheckRunner.idle();
  return (await client.get(`/api/imports/${id}`)).json();
}
