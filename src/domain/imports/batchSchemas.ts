import { z } from 'zod';
import { IMPORT_COLUMNS } from './importColumns';
import { MERGED_LISTS, MERGED_SCALARS } from './rowMerge';

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
  /** What proves the list's "yes" to consent; without it a "yes" records nothing. */
  consentEvidence: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(columnMappingSchema),
  status: z.enum(IMPORT_BATCH_STATUSES),
  rowsTotal: z.number().int().nullable(),
  rowsValid: z.number().int().nullable(),
  rowsInvalid: z.number().int().nullable(),
  rowsDuplicate: z.number().int().nullable(),
  rowsCommitted: z.number().int(),
  /** Rows matched to registry persons that the commit updates, and that it skips (nothing new). */
  rowsUpdate: z.number().int().nullable(),
  rowsSkip: z.number().int().nullable(),
  /** Persons the commit updated. */
  rowsUpdated: z.number().int(),
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

export const ROW_ACTIONS = ['create', 'update', 'skip'] as const;

/** The officer's choices for matched rows: per row, or one action for all of them. */
export const rowActionsUpdateSchema = z
  .object({
    all: z.enum(ROW_ACTIONS).optional(),
    rows: z
      .array(
        z.object({
          rowNumber: z.number().int().min(1),
          action: z.enum(ROW_ACTIONS),
          overwrite: z.array(z.enum([...MERGED_SCALARS])).optional(),
        }),
      )
      .max(5_000)
      .optional(),
  })
  .refine((u) => u.all || u.rows?.length, { message: 'required', path: ['rows'] });
export type RowActionsUpdate = z.infer<typeof rowActionsUpdateSchema>;

/** A row the dry run matched to a registry person, and what importing it would do. */
export const rowMatchSchema = z.object({
  rowNumber: z.number().int(),
  person: z.object({ id: z.string(), fullName: z.string(), version: z.number().int() }),
  evidence: z.enum(['document', 'contact', 'nameBirth']),
  proposed: z.enum(['update', 'skip']),
  action: z.enum(ROW_ACTIONS),
  overwrite: z.array(z.enum([...MERGED_SCALARS])),
  changes: z.array(
    z.object({
      field: z.enum([...MERGED_SCALARS, ...MERGED_LISTS]),
      kind: z.enum(['fill', 'add', 'conflict']),
      from: z.string(),
      to: z.string(),
    }),
  ),
});

export const rowMatchPageSchema = z.object({ items: z.array(rowMatchSchema), total: z.number().int() });
