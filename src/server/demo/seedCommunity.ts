import type { Kysely } from 'kysely';
import { demoAdminContext } from './demoContext';
import type { DB } from '../../db/schema';
import type { AssociationInput } from '../../domain/associations/associationSchemas';
import { EXPERT_FIELDS, EXPERT_LANGUAGES, WILLINGNESS } from '../../domain/experts/expertFields';
import { addMember, createAssociation } from '../associations/associationService';
import { createCase, changeStatus } from '../cases/caseService';
import { addTask } from '../cases/caseItems';
import { createNeed } from '../experts/needService';
import { saveExpertProfile } from '../experts/profileService';
import { addFollowUp, addSupport, createReturnee } from '../returnees/returneeService';
import { pick, seededRandom } from './random';

const CAN_THO = '92';

const association = (
  input: Pick<AssociationInput, 'kind' | 'name' | 'fields' | 'country' | 'city'>,
): AssociationInput => ({
  ...input,
  provinceCode: CAN_THO,
  foundedOn: null,
  description: null,
  address: null,
  phones: [],
  emails: [],
  website: null,
  leaders: [],
  status: 'active',
});

// Made-up associations, in the shapes provinces keep them.
const ASSOCIATIONS = [
  association({
    kind: 'relatives',
    name: 'Hội Thân nhân kiều bào thành phố Cần Thơ (demo)',
    fields: [],
    country: null,
    city: null,
  }),
  association({
    kind: 'overseas',
    name: 'Hội người Việt Nam tại Osaka (demo)',
    fields: ['cultural', 'business'],
    country: 'JP',
    city: 'Osaka',
  }),
  association({
    kind: 'overseas',
    name: 'Hội Doanh nhân Việt Nam tại Úc (demo)',
    fields: ['business'],
    country: 'AU',
    city: 'Sydney',
  }),
  association({
    kind: 'overseas',
    name: 'Hội Sinh viên Việt Nam tại Hàn Quốc (demo)',
    fields: ['student'],
    country: 'KR',
    city: 'Seoul',
  }),
];

/**
 * Demo data for the community modules, after the demo persons (Cần Thơ's): associations with
 * members, expert profiles for the persons recorded as experts, a need of the city's university,
 * protection cases at their different steps (one with a task past due) and a returnee. Written
 * through the services, as the first administrator, so it is what a user would have entered.
 */
export async function seedCommunity(db: Kysely<DB>): Promise<void> {
  const ctx = await demoAdminContext(db);
  const persons = await db
    .selectFrom('person')
    .select(['id', 'categories'])
    .where('hometown_province_code', '=', CAN_THO)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(400)
    .execute();
  if (!persons.length) return;
  const random = seededRandom(38);

  for (const [i, input] of ASSOCIATIONS.entries()) {
    const saved = await createAssociation(ctx, input);
    for (const person of persons.slice(i * 5, i * 5 + 4)) {
      await addMember(ctx, saved.id, {
        personId: person.id,
        role: pick(random, ['member', 'member', 'board', 'secretary']),
        joinedOn: null,
        leftOn: null,
        note: null,
      });
    }
  }

  const experts = persons.filter((p) => p.categories.includes('expert')).slice(0, 40);
  for (const expert of experts) {
    await saveExpertProfile(ctx, expert.id, {
      degree: pick(random, ['master', 'doctor', 'engineer', 'professor']),
      fields: [pick(random, EXPERT_FIELDS)],
      employer: null,
      position: null,
      publications: [],
      languages: ['vi', pick(random, EXPERT_LANGUAGES)],
      willingness: [pick(random, WILLINGNESS), pick(random, WILLINGNESS)],
      notes: null,
    });
  }
  await createNeed(ctx, {
    provinceCode: CAN_THO,
    scope: 'province',
    agency: 'Trường Đại học Cần Thơ',
    title: 'Giảng viên thỉnh giảng ngành Nuôi trồng thủy sản',
    description: 'Cần chuyên gia giảng dạy học phần nâng cao, có thể giảng bằng tiếng Anh.',
    fields: ['agriculture.aquaculture', 'agriculture'],
    languages: ['en'],
    willingness: ['teach', 'advise_remote'],
    deadline: null,
    status: 'open',
  });

  const opened = await createCase(ctx, {
    provinceCode: CAN_THO,
    country: 'TW',
    type: 'labour_dispute',
    urgency: 'high',
    title: 'Lao động bị giữ hộ chiếu tại Đài Trung (demo)',
    summary: 'Gia đình báo tin chủ sử dụng giữ hộ chiếu, nợ lương ba tháng.',
    location: 'Đài Trung',
    occurredOn: null,
    reportedBy: 'Thân nhân',
    persons: [{ personId: persons[0]!.id, role: 'subject' }],
  });
  await addTask(ctx, opened.id, {
    title: 'Đề nghị Văn phòng Kinh tế và Văn hóa Việt Nam tại Đài Bắc xác minh',
    dueOn: '2026-11-15',
  });
  await changeStatus(ctx, opened.id, { status: 'verifying', note: null, outcome: null, version: opened.version });
  const resolved = await createCase(ctx, {
    provinceCode: CAN_THO,
    country: 'KR',
    type: 'lost_documents',
    urgency: 'normal',
    title: 'Du học sinh mất hộ chiếu tại Seoul (demo)',
    summary: null,
    location: 'Seoul',
    occurredOn: null,
    reportedBy: null,
    persons: [],
  });
  let step = resolved;
  for (const status of ['verifying', 'assisting', 'resolved'] as const) {
    step = await changeStatus(ctx, step.id, {
      status,
      note: null,
      outcome: status === 'resolved' ? 'Đã được cấp giấy thông hành' : null,
      version: step.version,
    });
  }

  const returnee = await createReturnee(ctx, {
    personId: persons[1]!.id,
    provinceCode: CAN_THO,
    returnedOn: '2026-09-20',
    fromCountry: 'MY',
    reason: 'contract_end',
    caseId: null,
    status: 'following',
    notes: null,
  });
  await addSupport(ctx, returnee.id, {
    kind: 'job',
    givenOn: '2026-10-05',
    agency: 'Trung tâm Dịch vụ việc làm Cần Thơ',
    note: null,
  });
  await addFollowUp(ctx, returnee.id, { dueOn: '2026-11-20', note: 'Hỏi thăm việc làm mới' });
}
