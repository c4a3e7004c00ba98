import { appendConsents } from './consentDecisions';
import type { PersonConsents, RecordConsents } from '../../domain/consent/consentSchemas';
import { assertMayDo, ofPerson } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { fieldError } from '../http/validationError';
import { fileOfRow, storedFileColumns, type UploadedFile } from '../http/files';
import { notFound } from '../http/errors';
import { personRowProvinces } from '../persons/personProvinces';
import { visibleParts } from '../persons/personService';
import { presentRow } from '../records/presentRow';
import type { PersonServiceContext } from '../serviceContext';
import { consentSummaries } from './consentConditions';

/** A person the user may see, and the provinces its audit entries go to. */
async function personInSight(ctx: PersonServiceContext, personId: string) {
  const { row } = await visibleParts(ctx, ctx.db, personId);
  if (row.deleted_at) throw notFound();
  return { row, provinces: personRowProvinces(row) };
}

/** A person's consents: the state per purpose, every decision with its proof, the signed forms. Audited. */
export async function personConsents(ctx: PersonServiceContext, personId: string): Promise<PersonConsents> {
  const { provinces } = await personInSight(ctx, personId);
  const [summaries, history, forms] = await Promise.all([
    consentSummaries(ctx.db, [personId]),
    ctx.db
      .selectFrom('person_consent as c')
      .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
      .select(['c.id', 'c.purpose', 'c.decision', 'c.text_version', 'c.channel', 'c.form_id', 'c.evidence'])
      .select(['c.decided_on', 'c.recorded_at', 'u.display_name'])
      .where('c.person_id', '=', personId)
      .orderBy('c.id', 'desc')
      .execute(),
    ctx.db
      .selectFrom('consent_form')
      .select(['id', 'file_name', 'size', 'uploaded_at'])
      .where('person_id', '=', personId)
      .orderBy('id', 'desc')
      .execute(),
  ]);
  await auditActor(ctx.db, ctx.actor, {
    action: 'person.consents',
    entityType: 'person',
    entityId: personId,
    provinces,
  });
  return {
    summary: summaries.get(personId)!,
    history: history.map((c) => ({
      ...presentRow(c, ['id', 'purpose', 'decision', 'text_version', 'channel', 'form_id', 'evidence', 'decided_on']),
      recordedAt: c.recorded_at.toISOString(),
      recordedBy: c.display_name,
    })),
    forms: forms.map((f) => ({
      ...presentRow(f, ['id', 'file_name', 'size']),
      uploadedAt: f.uploaded_at.toISOString(),
    })),
  };
}

/** Keeps the scan of a signed consent form (phiếu đồng ý), for the decisions it proves. */
export async function addConsentForm(ctx: PersonServiceContext, personId: string, file: UploadedFile) {
  const { row, provinces } = await personInSight(ctx, personId);
  assertMayDo(ctx.actor.user, 'change', 'person', ofPerson(row));
  const form = await ctx.db
    .insertInto('consent_form')
    .values({ person_id: personId, ...storedFileColumns(file, ctx.actor.user.id) })
    .returning(['id', 'file_name', 'size', 'uploaded_at'])
    .executeTakeFirstOrThrow();
  const details = { formId: form.id };
  await auditActor(ctx.db, ctx.actor, {
    action: 'person.consentForm',
    entityType: 'person',
    entityId: personId,
    provinces,
    details,
  });
  return { ...presentRow(form, ['id', 'file_name', 'size']), uploadedAt: form.uploaded_at.toISOString() };
}

export async function readConsentForm(ctx: PersonServiceContext, personId: string, formId: number) {
  const { provinces } = await personInSight(ctx, personId);
  const form = await ctx.db
    .selectFrom('consent_form')
    .select(['file_name', 'content_type', 'content'])
    .where('id', '=', formId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!form) throw notFound();
  const details = { formId };
  await auditActor(ctx.db, ctx.actor, {
    action: 'person.consentForm.read',
    entityType: 'person',
    entityId: personId,
    provinces,
    details,
  });
  return fileOfRow(form);
}

/**
 * Records decisions an officer received: consent given on the signed form (its scan kept first),
 * a refusal or withdrawal by letter, phone or in person (a note says how). Each is a new row: the
 * decisions before stay, as the proof of what held when.
 */
export async function recordConsents(ctx: PersonServiceContext, personId: string, body: RecordConsents) {
  const { row, provinces } = await personInSight(ctx, personId);
  assertMayDo(ctx.actor.user, 'change', 'person', ofPerson(row));
  await ctx.db.transaction().execute(async (trx) => {
    if (body.formId !== null) {
      const form = await trx
        .selectFrom('consent_form')
        .select('id')
        .where('id', '=', body.formId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!form) throw fieldError('formId', 'consentFormUnknown');
    }
    await appendConsents(trx, personId, body.decisions, {
      channel: 'officer',
      formId: body.formId,
      evidence: body.note,
      decidedOn: body.decidedOn,
      recordedBy: ctx.actor.user.id,
    });
    await auditActor(trx, ctx.actor, {
      action: 'person.consent',
      entityType: 'person',
      entityId: personId,
      provinces,
      details: { decisions: body.decisions },
    });
  });
  return personConsents(ctx, personId);
}
