import { dayText } from '../../domain/calendar/dayText';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { CASE_MAIL_TEXTS } from '../../domain/cases/caseMailTexts';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { enqueueMail } from '../mail/outbox';

/**
 * E-mails the officer handling each open case whose open task falls due by tomorrow (or is past
 * due) and was not announced yet; each task once. Returns how many messages were queued.
 */
export async function remindDueCaseTasks(db: Kysely<DB>, now: Date, publicUrl: string): Promise<number> {
  const today = vietnamDay(now);
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      id: number;
      title: string;
      due_on: string;
      case_id: string;
      code: string;
      case_title: string;
      province_code: string;
      email: string;
    }>`
      select t.id, t.title, t.due_on::text, c.id as case_id, c.code, c.title as case_title, c.province_code, u.email
      from protection_case_task t
      join protection_case c on c.id = t.case_id
      join app_user u on u.id = c.assigned_to
      where t.done_at is null and t.reminded_on is null and t.due_on <= ${today}::date + 1
        and c.status <> 'closed' and u.is_active and u.email is not null
      for update of t skip locked`.execute(trx);
    const mails = rows.map((r) => ({
      ...bilingualMail(CASE_MAIL_TEXTS.taskDueSubject, CASE_MAIL_TEXTS.taskDueBody, {
        task: r.title,
        code: r.code,
        title: r.case_title,
        due: dayText(r.due_on),
        link: `${publicUrl}/cases/${r.case_id}`,
      }),
      kind: 'case.taskDue',
      to: r.email,
      provinceCode: r.province_code,
    }));
    await enqueueMail(trx, mails);
    if (rows.length)
      await trx
        .updateTable('protection_case_task')
        .set({ reminded_on: today })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    return mails.length;
  });
}
