import type { ExportFormat } from '../../domain/exports/exportFormats';
import { EXPERT_EXPORT_COLUMNS } from '../../domain/experts/expertExportColumns';
import type { ExpertListQuery } from '../../domain/experts/expertSchemas';
import { auditActor } from '../audit/writeAudit';
import { streamExport } from '../exports/streamExport';
import { countryCodeOf } from '../lists/listFilters';
import { allPages, offsetPage } from '../lists/offsetPage';
import type { ServiceContext } from '../serviceContext';
import { expertsQuery, toExpertSummary, type ExpertFilters } from './expertQueries';

function filtersOf(ctx: ServiceContext, query: ExpertListQuery): ExpertFilters {
  return { ...query, country: countryCodeOf(query.country, 'country') };
}

/** Experts of the user's jurisdiction: by name, field (a group takes its specialities), language, willingness, country. */
export async function listExperts(ctx: ServiceContext, query: ExpertListQuery) {
  const page = await offsetPage(expertsQuery(ctx.db, ctx.actor.user, filtersOf(ctx, query)), query);
  return { items: page.rows.map(toExpertSummary), total: page.total };
}

/** The filtered list as a file, audited (it names persons). */
export function exportExperts(ctx: ServiceContext, query: ExpertListQuery, format: ExportFormat) {
  const rows = allPages(expertsQuery(ctx.db, ctx.actor.user, filtersOf(ctx, query)));
  const pages = (async function* () {
    for await (const page of rows) yield page.map(toExpertSummary);
  })();
  return streamExport(format, EXPERT_EXPORT_COLUMNS, pages, (count, complete) =>
    auditActor(ctx.db, ctx.actor, {
      action: 'expert.export',
      entityType: 'person',
      details: { format, filters: { ...query, page: undefined, pageSize: undefined }, rows: count, complete },
    }),
  );
}
