import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The columns of an account's unit below the province (a commune, a mission abroad and its district). */
export const ACCOUNT_UNIT_COLUMNS = [
  'u.commune_code',
  'u.mission_id',
  'm.name as mission_name',
  'm.countries as mission_countries',
] as const;

/** Accounts (`u`) with their mission (`m`), as a signed-in user is made from them (currentUserFromRow). */
export const accountsQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('app_user as u')
    .leftJoin('mission as m', 'm.id', 'u.mission_id')
    .selectAll('u')
    .select(ACCOUNT_UNIT_COLUMNS);
