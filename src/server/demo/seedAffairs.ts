import type { Kysely } from 'kysely';
import { demoAdminContext } from './demoContext';
import type { DB } from '../../db/schema';
import { AGREEMENTS, CATALOGUE, DONATIONS, EVENTS } from '../../domain/registers/affairsRegisters';
import { registerInputSchema } from '../../domain/registers/registerSchemas';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { createRecord } from '../registers/registerService';
import type { ServiceContext } from '../serviceContext';

const CAN_THO = '92';

// Cần Thơ's partners as public sources name them; dates are left empty where they were not at hand.
const AGREEMENT_EXAMPLES = [
  {
    partner: 'Thành phố Nasushiobara',
    country: 'JP',
    status: 'signed',
    fields: ['agriculture', 'education', 'people_exchange'],
    summary: 'Hợp tác giữa thành phố Cần Thơ và thành phố Nasushiobara (tỉnh Tochigi, Nhật Bản).',
  },
  {
    partner: 'Hội đồng tỉnh Jeollanam-do',
    country: 'KR',
    status: 'signed',
    fields: ['economy', 'agriculture', 'labour'],
    summary: 'Thỏa thuận hợp tác với Hội đồng tỉnh Jeollanam-do (Hàn Quốc).',
  },
  {
    partner: 'Tỉnh Champasak',
    country: 'LA',
    status: 'renewal_planned',
    fields: ['economy', 'education', 'culture'],
    summary: 'Dự kiến gia hạn thỏa thuận hợp tác với tỉnh Champasak (Lào).',
  },
  {
    partner: 'Tỉnh Kampong Chhnang',
    country: 'KH',
    status: 'renewal_planned',
    fields: ['trade', 'agriculture'],
    summary: 'Dự kiến gia hạn thỏa thuận hợp tác với tỉnh Kampong Chhnang (Campuchia).',
  },
  {
    partner: 'Tỉnh Canelones',
    country: 'UY',
    status: 'planned',
    fields: ['trade', 'agriculture', 'culture'],
    summary: 'Dự kiến ký thỏa thuận hợp tác mới với tỉnh Canelones (Uruguay).',
  },
];

/** A record entered through the same service and checks as in the UI. */
async function enter(ctx: ServiceContext, spec: RegisterSpec, values: Record<string, unknown>) {
  return createRecord(ctx, spec, registerInputSchema(spec).parse({ provinceCode: CAN_THO, ...values }));
}

/**
 * Demo data for foreign affairs: Cần Thơ's cooperation agreements (with Nasushiobara and the
 * Jeollanam-do council; renewals planned with Champasak and Kampong Chhnang; a new one with
 * Canelones), a Tết gathering, projects open for investment and a donation.
 */
export async function seedAffairs(db: Kysely<DB>): Promise<void> {
  const ctx = await demoAdminContext(db);
  for (const example of AGREEMENT_EXAMPLES) {
    await enter(ctx, AGREEMENTS, {
      ...example,
      partnerKind: 'locality',
      level: 'province',
      title: `Thỏa thuận hợp tác giữa thành phố Cần Thơ và ${example.partner}`,
    });
  }
  await enter(ctx, EVENTS, {
    title: 'Chương trình gặp mặt kiều bào đón Tết Bính Ngọ 2026',
    kind: 'tet_gathering',
    mode: 'on_site',
    startOn: '2026-02-10',
    endOn: '2026-02-10',
    location: 'Trung tâm Hội nghị thành phố Cần Thơ',
  });
  for (const [name, sector, location, scale] of [
    ['Khu nông nghiệp ứng dụng công nghệ cao', 'agriculture', 'Xã Cờ Đỏ', '200 ha'],
    ['Trung tâm logistics cảng Cái Cui', 'logistics', 'Phường Cái Răng', '50 ha'],
  ] as const) {
    await enter(ctx, CATALOGUE, {
      name,
      sector,
      location,
      scale,
      incentives:
        'Ưu đãi theo quy định về đầu tư; hỗ trợ thủ tục qua Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch.',
      contact: 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố Cần Thơ',
      status: 'open',
    });
  }
  await enter(ctx, DONATIONS, {
    donor: 'Hội người Việt Nam tại Osaka (demo)',
    donorKind: 'association',
    donorCountry: 'JP',
    purpose: 'disabled_children',
    amount: { amount: 250_000_000, currency: 'VND' },
    receivedOn: '2026-02-10',
    recipient: 'Trung tâm Bảo trợ xã hội thành phố Cần Thơ',
  });
}
