import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { CONSENT_PURPOSES } from '../../domain/consent/consentPurposes';
import type { RowConsent } from '../../domain/imports/importRow';

/** The text an imported decision answered: the association's own form, which the evidence names. */
const IMPORTED_TEXT = 'association-form';

/**
 * Records what an import's rows say of consent (see RowConsent). A refusal holds for every purpose;
 * a "yes" backed by the batch's evidence is consent to keeping the record only (the list's column
 * asks no more), and never overrides a decision the person or an officer recorded already.
 */
export async function recordImportedConsents(
  trx: Transaction<DB>,
  batch: { id: string; created_by: number | null; consent_evidence: string | null },
  rows: readonly { personId: string; consent: RowConsent }[],
): Promise<void> {
  const evidence = batch.consent_evidence ?? `import ${batch.id}`;
  const common = { text_version: IMPORTED_TEXT, channel: 'import' as const, evidence, recorded_by: batch.created_by };
  const refusals = rows
    .filter((r) => r.consent === 'refused')
    .flatMap((r) =>
      CONSENT_PURPOSES.map((purpose) => ({ ...common, person_id: r.personId, purpose, decision: 'refused' as const })),
    );
  if (refusals.length) await trx.insertInto('person_consent').values(refusals).execute();
  const given = rows.filter((r) => r.consent === 'given').map((r) => r.personId);
  if (!given.length || !batch.consent_evidence) return;
  await sql`
    insert into person_consent (person_id, purpose, decision, text_version, channel, evidence, recorded_by)
    select g.person_id, 'registry', 'given', ${IMPORTED_TEXT}, 'import', ${evidence}, ${batch.created_by}::int
    from unnest(${given}::uuid[]) as g(person_id)
    where not exists (select from person_consent c where c.person_id = g.person_id and c.purpose = 'registry')`.execute(
    trx,
  );
}
