import { z } from 'zod';
import { IMPORT_COLUMNS } from './importColumns';

export const IMPORT_BATCH_STATUSES = [
  'uploaded',
  'checked',
  'committing',
  'committed',
  'rolled_back',
  'failed',
  'expired',
  'discarded',
] as const;

export const columnMappingSchema = z.object({
  index: z.number().int().min(0),
  letter: z.string(),
  header: z.string(),
  column: z.enum(IMPORT_COLUMNS).nullable(),
});

export const importBatchSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  fileKind: z.enum(['xlsx', 'csv']),
  fileSize: z.number().int(),
  sourceProvinceCode: z.string().nullable(),
  sourceAssociation: z.string().nullable(),
  associationId: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(columnMappingSchema),
  status: z.enum(IMPORT_BATCH_STATUSES),
  rowsTotal: z.number().int().nullable(),
  rowsValid: z.number().int().nullable(),
  rowsInvalid: z.number().int().nullable(),
  rowsDuplicate: z.number().int().nullable(),
  rowsCommitted: z.number().int(),
  failure: z.string().nullable(),
  /** A batch that already committed the same file (same bytes): committing this one is refused. */
  alreadyImportedAs: z.object({ id: z.string(), committedAt: z.string().nullable() }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  rolledBackAt: z.string().nullable(),
  /** When the committed persons were checked for duplicates (null: not yet; it runs after the commit). */
  duplicatesCheckedAt: z.string().nullable(),
  /** Open pairs of possible duplicates involving the batch's persons, once checked. */
  duplicatePairs: z.number().int().nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const importProblemSchema = z.object({
  rowNumber: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
  value: z.string(),
});

export const mappingUpdateSchema = z.object({
  columns: z.array(z.object({ index: z.number().int().min(0), column: z.enum(IMPORT_COLUMNS).nullable() })),
  /** Remember this mapping for the next file from the same source. */
  remember: z.boolean().default(true),
});

/** A page of a dry run's findings. */
export const problemPageQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const problemPageSchema = z.object({ items: z.array(importProblemSchema), total: z.number().int() });
