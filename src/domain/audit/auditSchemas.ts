import { z } from 'zod';
import { calendarDate } from '../validation/calendarDate';

const isoDate = calendarDate();

export const auditQuerySchema = z
  .object({
    userId: z.coerce.number().int().positive().optional(),
    action: z.string().trim().max(100).optional(),
    entityType: z.string().trim().max(50).optional(),
    entityId: z.string().trim().max(100).optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, 'unknownProvince')
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Keyset pagination: rows older than this id. */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'dateRange', path: ['to'] });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** Every province the action concerns, the acting user's included. */
  provinceCodes: z.array(z.string()),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
