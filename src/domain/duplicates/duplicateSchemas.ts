import { z } from 'zod';
import { SURE_SCORE } from './batchMerge';
import { personSchema } from '../persons/personSchemas';

/** open: to review; deferred: để sau; not_duplicate: never proposed again; merged. */
export const PAIR_STATUSES = ['open', 'deferred', 'not_duplicate', 'merged'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * The facts an officer chooses between when merging (the kept record's value unless the other's is
 * chosen); every list (aliases, contacts, documents, relatives, categories…) is kept whole.
 */
export const MERGE_FIELDS = [
  'fullName',
  'sex',
  'birthDate',
  'residenceCountry',
  'residenceCity',
  'addressAbroad',
  'hometownText',
  'hometownProvinceCode',
  'educationLevel',
  'occupation',
  'notes',
  'sourceProvinceCode',
  'sourceAgency',
  'sourceAssociation',
  'sourceDate',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const side = z.enum(['a', 'b']);

export const evidenceSchema = z.object({ factor: z.string(), weight: z.number() });

const pairPersonSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  birthDate: personSchema.shape.birthDate,
  sex: personSchema.shape.sex,
  residenceCountry: z.string().nullable(),
  hometownProvinceCode: z.string().nullable(),
  sourceProvinceCode: z.string().nullable(),
});

export const duplicatePairSchema = z.object({
  id: z.number().int(),
  score: z.number(),
  evidence: z.array(evidenceSchema),
  status: z.enum(PAIR_STATUSES),
  foundAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  a: pairPersonSchema,
  b: pairPersonSchema,
});
export type DuplicatePairView = z.infer<typeof duplicatePairSchema>;

export const pairListQuerySchema = z.object({
  status: z.enum(PAIR_STATUSES).default('open'),
  /** Only the pairs of one person (their record page shows them). */
  personId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
});

export const pairListSchema = z.object({
  items: z.array(duplicatePairSchema),
  total: z.number().int(),
  /** Pairs with a record outside the user's province: decided by national administrators. */
  crossProvince: z.number().int(),
});

export const pairDetailSchema = duplicatePairSchema.extend({
  persons: z.object({ a: personSchema, b: personSchema }),
  /** The merge that can be undone, when the pair is merged. */
  mergeId: z.number().int().nullable(),
});
export type PairDetail = z.infer<typeof pairDetailSchema>;

export const pairDecisionSchema = z.object({ decision: z.enum(['open', 'deferred', 'not_duplicate']) });

export const mergeRequestSchema = z.object({
  /** The record that stays; the other is folded into it and hidden. */
  keep: side,
  /** For each fact, whose value the merged record takes; unnamed facts keep the kept record's. */
  choices: z.partialRecord(z.enum(MERGE_FIELDS), side).default({}),
  /** The versions the officer saw: a change since then refuses the merge. */
  versions: z.object({ a: z.number().int(), b: z.number().int() }),
});
export type MergeRequest = z.infer<typeof mergeRequestSchema>;

export const checkRunSchema = z.object({
  running: z.boolean(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  records: z.number().int().nullable(),
  pairs: z.number().int().nullable(),
  error: z.string().nullable(),
});

/** A batch merge of the sure pairs (safe mode): at or above the score, or only the pairs named. */
export const batchMergeQuerySchema = z.object({ minScore: z.coerce.number().min(SURE_SCORE).default(SURE_SCORE) });
export const batchMergeRequestSchema = z.object({
  minScore: z.number().min(SURE_SCORE).default(SURE_SCORE),
  /** The pairs of the preview the officer confirmed; without it, every sure pair. */
  pairIds: z.array(z.number().int()).max(500).optional(),
});
export type BatchMergeRequest = z.infer<typeof batchMergeRequestSchema>;

const batchPersonSchema = z.object({ id: z.string(), fullName: z.string() });
export const batchMergePreviewSchema = z.array(
  z.object({
    pairId: z.number().int(),
    score: z.number(),
    keep: side,
    kept: batchPersonSchema,
    other: batchPersonSchema,
    /** Facts the kept record lacks, taken from the other. */
    fromOther: z.array(z.enum(MERGE_FIELDS)),
    /** Facts both hold differently: the pair is left for review. */
    conflicts: z.array(z.enum(MERGE_FIELDS)),
    versions: z.object({ a: z.number().int(), b: z.number().int() }),
  }),
);
const pairOutcome = z.array(z.object({ pairId: z.number().int(), reason: z.string() }));
export const batchMergeResultSchema = z.object({ merged: z.array(z.number().int()), skipped: pairOutcome });
export const undoMergesRequestSchema = z.object({ pairIds: z.array(z.number().int()).min(1).max(500) });
export const undoMergesResultSchema = z.object({ undone: z.array(z.number().int()), refused: pairOutcome });
