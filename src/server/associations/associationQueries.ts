import { sql, type Kysely, type Selectable } from 'kysely';
import type { AssociationTable, DB } from '../../db/schema';
import type { AssociationListQuery, AssociationSummary } from '../../domain/associations/associationSchemas';
import { containsText } from '../lists/containsText';
import { presentRow } from '../records/presentRow';

export interface AssociationFilters {
  scope: string | null;
  q?: string;
  kind?: AssociationListQuery['kind'];
  country?: string;
  field?: AssociationListQuery['field'];
  status?: AssociationListQuery['status'];
  personId?: string;
}

/** Live associations the filters select, with their member and supplied-person counts, by name. */
export function associationsQuery(db: Kysely<DB>, filters: AssociationFilters) {
  let query = db
    .selectFrom('association as a')
    .selectAll('a')
    .select([
      sql<number>`(select count(*)::int from association_member m where m.association_id = a.id)`.as('member_count'),
      sql<number>`(select count(*)::int from person p
        where p.source_association_id = a.id and p.deleted_at is null)`.as('persons_supplied'),
      sql<Date | null>`(select max(p.created_at) from person p where p.source_association_id = a.id)`.as(
        'last_supplied_at',
      ),
    ])
    .where('a.deleted_at', 'is', null)
    .orderBy('a.name_search')
    .orderBy('a.id');
  if (filters.scope) query = query.where('a.province_code', '=', filters.scope);
  if (filters.q) query = query.where('a.name_search', 'like', containsText(filters.q));
  if (filters.kind) query = query.where('a.kind', '=', filters.kind);
  if (filters.country) query = query.where('a.country', '=', filters.country);
  if (filters.field) query = query.where(sql<boolean>`${filters.field} = any(a.fields)`);
  if (filters.status) query = query.where('a.status', '=', filters.status);
  if (filters.personId) {
    const personId = filters.personId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('association_member as m')
          .whereRef('m.association_id', '=', 'a.id')
          .where('m.person_id', '=', personId),
      ),
    );
  }
  return query;
}

type AssociationRow = Selectable<AssociationTable> & {
  member_count: number;
  persons_supplied: number;
  last_supplied_at: Date | null;
};

export function toSummary(row: AssociationRow): AssociationSummary {
  return {
    ...presentRow(row, ['id', 'kind', 'name', 'province_code', 'country', 'city', 'status', 'persons_supplied']),
    fields: row.fields as AssociationSummary['fields'],
    members: row.member_count,
    lastSuppliedAt: row.last_supplied_at ? new Date(row.last_supplied_at).toISOString() : null,
  };
}
