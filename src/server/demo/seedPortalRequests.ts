import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { RequestInput } from '../../domain/portalRequests/requestSchemas';
import { addMessage, insertRequest } from '../portalRequests/requestStore';

const DAY = 86_400_000;

/** What three made-up kiều bào of Cần Thơ asked on the portal, days ago: the officers' queue has work. */
const DEMO_REQUESTS: { daysAgo: number; input: RequestInput; message?: string }[] = [
  {
    daysAgo: 2,
    input: {
      kind: 'change',
      changes: { addressAbroad: 'Dữ liệu mẫu: 12 Rue de la Paix, 75002 Paris', phones: ['+33142000000'] },
      note: null,
    },
  },
  { daysAgo: 20, input: { kind: 'deletion', reason: 'Dữ liệu mẫu: tôi không muốn lưu hồ sơ nữa' } },
  {
    daysAgo: 5,
    input: {
      kind: 'procedure',
      procedureType: 'nationality',
      subject: 'Dữ liệu mẫu: xin giữ quốc tịch Việt Nam',
      description: 'Tôi đã nhập quốc tịch nước sở tại và muốn biết thủ tục giữ quốc tịch Việt Nam.',
    },
    message: 'Tôi cần chuẩn bị những giấy tờ gì?',
  },
];

/** Links a portal account to each of three demo persons of Cần Thơ and files their requests. */
export async function seedPortalRequests(db: Kysely<DB>, now: Date): Promise<void> {
  const persons = await db
    .selectFrom('person')
    .select('id')
    .where('hometown_province_code', '=', '92')
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(DEMO_REQUESTS.length)
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const [i, person] of persons.entries()) {
      const demo = DEMO_REQUESTS[i]!;
      const account = await trx
        .insertInto('portal_account')
        .values({ email: `kieubao.mau.${i + 1}@example.invalid`, person_id: person.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      const received = new Date(now.getTime() - demo.daysAgo * DAY);
      const request = { accountId: account.id, personId: person.id, provinceCode: '92', input: demo.input };
      const stored = await insertRequest(trx, request, received);
      if (demo.message)
        await addMessage(trx, { requestId: stored.id, author: 'person', userId: null, body: demo.message }, received);
    }
  });
}
