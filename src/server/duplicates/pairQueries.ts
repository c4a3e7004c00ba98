import { sql, type Kysely } from 'kysely';
import type { PolicyUser } from '../../domain/access/accessPolicy';
import { crossingPairs, visibleRows } from '../access/policy';
import type { DB } from '../../db/schema';
import type { DuplicatePairView, PairStatus } from '../../domain/duplicates/duplicateSchemas';
import { birthDateOf } from '../persons/personRecord';
import { presentRow } from '../records/presentRow';

const PAGE_SIZE = 20;

const PERSON_COLUMNS = [
  'id',
  'full_name',
  'birth_year',
  'birth_month',
  'birth_day',
  'sex',
  'residence_country',
  'hometown_province_code',
  'source_province_code',
] as const;

const joinedPairs = (db: Kysely<DB>) =>
  db
    .selectFrom('duplicate_pair as d')
    .innerJoin('person as pa', 'pa.id', 'd.person_a')
    .innerJoin('person as pb', 'pb.id', 'd.person_b');

/** What a pair view shows: the pair, who decided, and both records' summary columns. */
const withPairColumns = (query: ReturnType<typeof joinedPairs>) =>
  query
    .leftJoin('app_user as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.score', 'd.evidence', 'd.status', 'd.found_at', 'd.decided_at', 'u.display_name'])
    .select(PERSON_COLUMNS.map((c) => `pa.${c} as a_${c}` as const))
    .select(PERSON_COLUMNS.map((c) => `pb.${c} as b_${c}` as const));

function pairsFrom(db: Kysely<DB>, status: PairStatus, personId: string | undefined) {
  let query = joinedPairs(db).where('d.status', '=', status);
  // A merged pair's second record is hidden by the merge; other pairs of a hidden record are moot.
  if (status !== 'merged') query = query.where('pa.deleted_at', 'is', null).where('pb.deleted_at', 'is', null);
  if (personId) query = query.where((eb) => eb.or([eb('d.person_a', '=', personId), eb('d.person_b', '=', personId)]));
  return query;
}

/**
 * A page of the review queue, best scores first: a province user sees the pairs whose both records
 * are in their province, and how many more involve it but cross into another (national admins').
 */
export async function listPairs(
  db: Kysely<DB>,
  user: PolicyUser,
  filter: { status: PairStatus; personId?: string; page: number },
) {
  const base = pairsFrom(db, filter.status, filter.personId);
  const visible = base.where(visibleRows(user, 'duplicatePair', 'd'));
  const [rows, total, crossProvince] = await Promise.all([
    visible
      .$call(withPairColumns)
      .orderBy('d.score', 'desc')
      .orderBy('d.id')
      .limit(PAGE_SIZE)
      .offset((filter.page - 1) * PAGE_SIZE)
      .execute(),
    visible.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    base
      .where(crossingPairs(user, 'd'))
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPairView), total: total.n, crossProvince: crossProvince.n };
}

type PairRow = Record<string, unknown> & {
  id: number;
  score: number;
  evidence: DuplicatePairView['evidence'];
  status: DuplicatePairView['status'];
  found_at: Date;
  decided_at: Date | null;
  display_name: string | null;
};

function personOf(row: Record<string, unknown>, prefix: 'a_' | 'b_'): DuplicatePairView['a'] {
  const get = <T>(column: (typeof PERSON_COLUMNS)[number]) => row[prefix + column] as T;
  return {
    id: get('id'),
    fullName: get('full_name'),
    birthDate: birthDateOf({
      birth_year: get('birth_year'),
      birth_month: get('birth_month'),
      birth_day: get('birth_day'),
    }),
    sex: get('sex'),
    residenceCountry: get('residence_country'),
    hometownProvinceCode: get('hometown_province_code'),
    sourceProvinceCode: get('source_province_code'),
  };
}

export function toPairView(row: PairRow): DuplicatePairView {
  return {
    ...presentRow(row, ['id', 'score', 'evidence', 'status', 'found_at', 'decided_at']),
    decidedBy: row.display_name,
    a: personOf(row, 'a_'),
    b: personOf(row, 'b_'),
  };
}

/** One pair with its two records' summaries, whatever its status; undefined when there is none. */
export async function findPair(db: Kysely<DB>, id: number) {
  const row = await joinedPairs(db).where('d.id', '=', id).$call(withPairColumns).executeTakeFirst();
  return row ? toPairView(row) : undefined;
}
