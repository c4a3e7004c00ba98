import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import type { ExpertSummary } from '../../domain/experts/expertSchemas';
import { containsText } from '../lists/containsText';
import { visibleRows } from '../access/policy';
import { hasConsent } from '../consent/consentConditions';
import { presentRow } from '../records/presentRow';

export interface ExpertFilters {
  q?: string;
  field?: string;
  language?: string;
  willingness?: string;
  country?: string;
  /** Only experts with a field of these groups (the candidates of a need). */
  fieldGroups?: string[];
  /** Only experts who agreed to be proposed to agencies and universities (sự đồng ý: expert). */
  proposable?: boolean;
  /**
   * The national pool: those who agreed to be proposed, of every province, whatever the user's
   * jurisdiction (their agreement is to being proposed to any agency; contacts stay with their province).
   */
  nationalPool?: boolean;
}

/** Live persons of the user's jurisdiction with an expert profile, by name. */
export function expertsQuery(db: Kysely<DB>, user: CurrentUser, filters: ExpertFilters) {
  let query = db
    .selectFrom('expert_profile as e')
    .innerJoin('person as p', 'p.id', 'e.person_id')
    .select([
      'e.person_id',
      'p.full_name',
      'p.residence_country',
      'p.residence_city',
      'p.hometown_province_code',
      'e.degree',
      'e.fields',
      'e.employer',
      'e.languages',
      'e.willingness',
    ])
    .select(
      sql<string | null>`(select max(c.contacted_on)::text from expert_contact c where c.person_id = e.person_id)`.as(
        'last_contacted_on',
      ),
    )
    .where('p.deleted_at', 'is', null)
    .where(filters.nationalPool && filters.proposable ? sql<boolean>`true` : visibleRows(user, 'person', 'p'))
    .orderBy('p.name_search')
    .orderBy('p.id');
  if (filters.q) query = query.where('p.name_search', 'like', containsText(filters.q));
  if (filters.field) {
    // A group ("agriculture") takes its specialities ("agriculture.aquaculture").
    const field = filters.field;
    query = query.where(
      sql<boolean>`exists (select from unnest(e.fields) f where f = ${field} or split_part(f, '.', 1) = ${field})`,
    );
  }
  if (filters.fieldGroups) {
    const groups = filters.fieldGroups;
    query = query.where(
      sql<boolean>`exists (select from unnest(e.fields) f where split_part(f, '.', 1) = any(${groups}::text[]))`,
    );
  }
  if (filters.language) query = query.where(sql<boolean>`${filters.language} = any(e.languages)`);
  if (filters.willingness) query = query.where(sql<boolean>`${filters.willingness} = any(e.willingness)`);
  if (filters.country) query = query.where('p.residence_country', '=', filters.country);
  if (filters.proposable) query = query.where(hasConsent('expert', 'e.person_id'));
  return query;
}

type ExpertRow = Awaited<ReturnType<ReturnType<typeof expertsQuery>['executeTakeFirstOrThrow']>>;

export const toExpertSummary = (r: ExpertRow): ExpertSummary => ({
  ...presentRow(r, [
    'person_id',
    'full_name',
    'residence_country',
    'residence_city',
    'hometown_province_code',
    'degree',
    'fields',
    'employer',
    'languages',
  ]),
  willingness: r.willingness as ExpertSummary['willingness'],
  lastContactedOn: r.last_contacted_on,
});
