/**
 * The TypeScript type of each jsonb column, which the database cannot tell: what the code stores
 * there. The generated schema (npm run db:types) refuses a jsonb column missing from this list.
 */
export const JSON_COLUMN_TYPES: Record<string, string> = {
  'audit_log.details': 'Record<string, unknown>',
  'person.aliases': '{ name: string; kind: string }[]',
  'person_change.changes': 'FieldChange[]',
  'association.leaders': 'AssociationLeader[]',
  'expert_profile.publications': '{ title: string; url: string | null; year: number | null }[]',
  'protection_case_event.details': 'Record<string, unknown>',
  'task_report.figures': 'Record<string, number>',
  'reporting_response.figures': 'Record<string, number>',
  'agency_change.moved': 'Partial<Moved>',
  'import_batch.columns': 'ColumnMapping[]',
  'import_mapping.headers': 'Record<string, string | null>',
  'duplicate_pair.evidence': 'Evidence[]',
  'person_merge.before': 'unknown',
  'portal_request.payload': 'RequestInput',
  'portal_request.decision': 'StoredDecision',
};

/** Where the named types above come from, relative to src/db/schema.ts. */
export const JSON_TYPE_IMPORTS = [
  "import type { AssociationLeader } from '../domain/associations/associationSchemas';",
  "import type { Evidence } from '../domain/duplicates/scorePair';",
  "import type { ColumnMapping } from '../domain/imports/detectHeader';",
  "import type { RequestInput, StoredDecision } from '../domain/portalRequests/requestSchemas';",
  "import type { FieldChange } from '../domain/persons/personHistory';",
  "import type { Moved } from '../domain/plans/reorganisation';",
];
