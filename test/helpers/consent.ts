import { expect } from 'vitest';
import type { ConsentPurpose } from '../../src/domain/consent/consentPurposes';
import { multipart } from './multipart';
import type { Client } from './testApp';

/** A signed consent form's scan, as an officer uploads it. */
export async function uploadConsentForm(client: Client, personId: string): Promise<number> {
  const scan = { name: 'phieu-dong-y.pdf', content: Buffer.from('%PDF-1.4 phiếu đồng ý có chữ ký') };
  const uploaded = await client.request({
    method: 'POST',
    url: `/api/persons/${personId}/consent-forms`,
    ...multipart({}, scan),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  return uploaded.json().id;
}

/** Records the person's consent to the purposes on a signed form, as an officer does. */
export async function giveConsent(client: Client, personId: string, purposes: readonly ConsentPurpose[]) {
  const formId = await uploadConsentForm(client, personId);
  const decisions = purposes.map((purpose) => ({ purpose, decision: 'given' }));
  const recorded = await client.post(`/api/persons/${personId}/consents`, {
    decisions,
    formId,
    decidedOn: '2026-03-02',
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  return recorded.json();
}
