import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { CONSENT_TEXT_VERSION, type ConsentPurpose } from '../../domain/consent/consentPurposes';

/** How a decision reached the registry: the person on the portal, or an officer (with what proves it). */
export interface ConsentChannelOf {
  channel: 'portal' | 'officer' | 'consular';
  evidence: string | null;
  recordedBy: number | null;
  formId?: number | null;
  decidedOn: string | null;
  /** The app's clock (tests fix it); the database's time when left out. */
  recordedAt?: Date;
}

/** Appends decisions on the person's purposes, each under the text version shown now (consent is append-only). */
export async function appendConsents(
  db: Kysely<DB>,
  personId: string,
  decisions: readonly { purpose: ConsentPurpose; decision: 'given' | 'refused' | 'withdrawn' }[],
  how: ConsentChannelOf,
): Promise<void> {
  if (!decisions.length) return;
  await db
    .insertInto('person_consent')
    .values(
      decisions.map((d) => ({
        person_id: personId,
        purpose: d.purpose,
        decision: d.decision,
        text_version: CONSENT_TEXT_VERSION,
        channel: how.channel,
        form_id: how.formId ?? null,
        evidence: how.evidence,
        decided_on: how.decidedOn,
        recorded_by: how.recordedBy,
        ...(how.recordedAt ? { recorded_at: how.recordedAt } : {}),
      })),
    )
    .execute();
}
