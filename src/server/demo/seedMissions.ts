import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { MissionInput } from '../../domain/orgUnits/orgUnitSchemas';
import { createMission } from '../missions/missionService';
import { demoAdminContext } from './demoContext';

const mission = (
  code: string,
  kind: MissionInput['kind'],
  name: string,
  nameEn: string,
  seatCountry: string,
  city: string,
): MissionInput => ({
  code,
  kind,
  name,
  nameEn,
  seatCountry,
  city,
  countries: [seatCountry],
  districtNote: null,
  isActive: true,
});

// Some of Viet Nam's missions in the countries where most kiều bào live. Their real consular
// districts are finer than a country (a consulate general serves some states or prefectures):
// the demo gives each its whole country, which the README says.
const MISSIONS: readonly MissionInput[] = [
  mission(
    'WASHINGTON',
    'embassy',
    'Đại sứ quán Việt Nam tại Hoa Kỳ',
    'Embassy of Viet Nam in the United States',
    'US',
    'Washington, D.C.',
  ),
  mission(
    'SANFRANCISCO',
    'consulate_general',
    'Tổng Lãnh sự quán Việt Nam tại San Francisco',
    'Consulate General of Viet Nam in San Francisco',
    'US',
    'San Francisco',
  ),
  mission('TOKYO', 'embassy', 'Đại sứ quán Việt Nam tại Nhật Bản', 'Embassy of Viet Nam in Japan', 'JP', 'Tokyo'),
  mission(
    'OSAKA',
    'consulate_general',
    'Tổng Lãnh sự quán Việt Nam tại Osaka',
    'Consulate General of Viet Nam in Osaka',
    'JP',
    'Osaka',
  ),
  mission(
    'SEOUL',
    'embassy',
    'Đại sứ quán Việt Nam tại Hàn Quốc',
    'Embassy of Viet Nam in the Republic of Korea',
    'KR',
    'Seoul',
  ),
  mission(
    'BUSAN',
    'consulate_general',
    'Tổng Lãnh sự quán Việt Nam tại Busan',
    'Consulate General of Viet Nam in Busan',
    'KR',
    'Busan',
  ),
  mission(
    'CANBERRA',
    'embassy',
    'Đại sứ quán Việt Nam tại Australia',
    'Embassy of Viet Nam in Australia',
    'AU',
    'Canberra',
  ),
  mission(
    'MOSKVA',
    'embassy',
    'Đại sứ quán Việt Nam tại Liên bang Nga',
    'Embassy of Viet Nam in the Russian Federation',
    'RU',
    'Moskva',
  ),
  mission('PARIS', 'embassy', 'Đại sứ quán Việt Nam tại Pháp', 'Embassy of Viet Nam in France', 'FR', 'Paris'),
  mission('BERLIN', 'embassy', 'Đại sứ quán Việt Nam tại Đức', 'Embassy of Viet Nam in Germany', 'DE', 'Berlin'),
];

/** The demo's missions abroad, entered as the Ministry's administrator would (none when some exist). */
export async function seedMissions(db: Kysely<DB>): Promise<void> {
  if (await db.selectFrom('mission').select('id').limit(1).executeTakeFirst()) return;
  const ctx = await demoAdminContext(db);
  for (const input of MISSIONS) await createMission(ctx, input);
}
