import type { Kysely } from 'kysely';
import { COUNTRIES } from '../domain/reference/countries';
import { LEGACY_PROVINCES, PROVINCES } from '../domain/reference/provinceData';
import type { DB } from './schema';

/**
 * Writes the reference tables from the data shipped in src/domain/reference, so that SQL can join
 * on them. Idempotent: run at every start, it brings an existing database up to the shipped data.
 */
export async function seedReferenceData(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('province')
      .values(PROVINCES.map((p) => ({ code: p.code, name: p.name, name_en: p.nameEn, kind: p.kind })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          name_en: eb.ref('excluded.name_en'),
          kind: eb.ref('excluded.kind'),
        })),
      )
      .execute();
    await trx
      .insertInto('legacy_province')
      .values(LEGACY_PROVINCES.map((p) => ({ code: p.code, name: p.name, new_code: p.newCode })))
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), new_code: eb.ref('excluded.new_code') })),
      )
      .execute();
    await trx
      .insertInto('country')
      .values(COUNTRIES.map((c) => ({ code: c.code, name_vi: c.nameVi, name_en: c.nameEn })))
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet((eb) => ({ name_vi: eb.ref('excluded.name_vi'), name_en: eb.ref('excluded.name_en') })),
      )
      .execute();
  });
}
