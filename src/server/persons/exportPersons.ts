import type { Readable } from 'node:stream';
import { can } from '../../domain/auth/roles';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { PERSON_EXPORT_COLUMNS } from '../../domain/exports/personExportColumns';
import type { PersonListQuery } from '../../domain/persons/listQuery';
import type { Person } from '../../domain/persons/personSchemas';
import { isSharing } from '../../domain/consent/sharing';
import { jurisdictionOf } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { streamExport } from '../exports/streamExport';
import { loadManyPersonParts } from './loadPersonParts';
import { toPerson } from './personRecord';
import type { PersonFilters } from './listPersons';
import { personPage, resolveFilters } from './searchPersons';
import { readerOf, type PersonServiceContext } from '../serviceContext';

const PAGE = 500;

/** How many persons an export left out for want of consent to sharing, counted as it streams. */
export interface SharingLeftOut {
  withoutSharingConsent: number;
}

/**
 * Every person the filters match, as full records, in keyset pages: memory stays flat. A record
 * leaving its keeping province (to the Ministry, to another province) goes only with the person's
 * consent to sharing; those left out are counted in `left`.
 */
async function* matchingPersons(
  ctx: PersonServiceContext,
  filters: PersonFilters,
  sort: PersonListQuery['sort'],
  left: SharingLeftOut,
): AsyncGenerator<Person[]> {
  const mayReadIdentity = can(ctx.actor.user.role, 'persons.identity');
  const reader = jurisdictionOf(ctx.actor.user);
  let cursor: string | undefined;
  do {
    const page = await personPage(ctx, filters, { sort, limit: PAGE, cursor }, { withTotal: false });
    const parts = await loadManyPersonParts(
      readerOf(ctx),
      page.items.map((item) => item.id),
    );
    const persons = parts.map((p) => toPerson(p, ctx.crypto, mayReadIdentity));
    const shareable = persons.filter((p) => !isSharing(reader, p) || p.consents.sharing === 'given');
    left.withoutSharingConsent += persons.length - shareable.length;
    yield shareable;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The filtered person list as a file, streamed as it is read. The filters are checked before the
 * first byte; the export is audited with its filters and the number of persons it held, also
 * when it breaks off.
 */
export async function exportPersons(
  ctx: PersonServiceContext,
  query: PersonListQuery,
  format: ExportFormat,
  left: SharingLeftOut = { withoutSharingConsent: 0 },
): Promise<Readable> {
  const filters = await resolveFilters(ctx, query);
  const records = matchingPersons(ctx, filters, query.sort, left);
  return streamExport(format, PERSON_EXPORT_COLUMNS, records, (persons, complete) =>
    auditActor(ctx.db, ctx.actor, {
      action: 'person.export',
      entityType: 'person',
      // The exporter's province, and any province the list was narrowed to.
      provinces: [filters.provinceCode, filters.sourceProvinceCode],
      details: { format, filters: { ...query, limit: undefined, cursor: undefined }, persons, complete, ...left },
    }),
  );
}
