import { mailMessageSchema, type MailMessage, type MailStatus } from '../../domain/mail/mailSchemas';
import { visibleRows } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import { offsetPage } from '../lists/offsetPage';
import { presentRow } from '../records/presentRow';
import type { ServiceContext } from '../serviceContext';

const COLUMNS = [
  ...['id', 'kind', 'to_address', 'subject', 'body', 'province_code', 'status', 'attempts', 'last_error'],
  ...['created_at', 'sent_at'],
] as const;

function outboxQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('mail_outbox as m')
    .select(COLUMNS.map((c) => `m.${c}` as const))
    .where(visibleRows(ctx.actor.user, 'mailMessage', 'm'));
}

type OutboxRow = Awaited<ReturnType<ReturnType<typeof outboxQuery>['executeTakeFirstOrThrow']>>;

const toMessage = (row: OutboxRow): MailMessage => ({
  ...presentRow(row, COLUMNS),
  status: mailMessageSchema.shape.status.parse(row.status),
});

/** The messages of the user's provinces (all for the Ministry), newest first; the reading is audited (addresses). */
export async function listOutbox(ctx: ServiceContext, query: { status?: MailStatus; page: number; pageSize: number }) {
  let rows = outboxQuery(ctx).orderBy('m.created_at', 'desc').orderBy('m.id', 'desc');
  if (query.status) rows = rows.where('m.status', '=', query.status);
  const page = await offsetPage(rows, query);
  await auditActor(ctx.db, ctx.actor, {
    action: 'outbox.list',
    entityType: 'mail',
    details: { rows: page.rows.length },
  });
  return { items: page.rows.map(toMessage), total: page.total };
}

export async function readMailMessage(ctx: ServiceContext, id: number): Promise<MailMessage> {
  const row = await outboxQuery(ctx).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  await auditActor(ctx.db, ctx.actor, {
    action: 'outbox.read',
    entityType: 'mail',
    entityId: String(id),
    provinces: [row.province_code],
  });
  return toMessage(row);
}
