import { z } from 'zod';
import { pageQueryShape } from '../lists/pageQuery';
import { phoneSchema, provinceCodeSchema } from '../persons/personSchemas';

/** Thân nhân: a relative in Việt Nam of one or more persons abroad. */
export const relativeRecordSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  provinceCode: z.string().nullable(),
  /** The 2025 commune of the address, when it names one. */
  communeCode: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** How many persons it is linked to (all of them, also those of other provinces). */
  personCount: z.number().int(),
});
export type RelativeRecord = z.infer<typeof relativeRecordSchema>;

export const relativeDetailSchema = relativeRecordSchema.extend({
  /** The linked persons the user may see. */
  persons: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      relationship: z.string(),
      residenceCountry: z.string().nullable(),
      deleted: z.boolean(),
    }),
  ),
});
export type RelativeDetail = z.infer<typeof relativeDetailSchema>;

export const relativeUpdateSchema = z.object({
  fullName: z.string().trim().min(1).max(200),
  phone: phoneSchema.nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
  provinceCode: provinceCodeSchema.nullable().default(null),
  notes: z.string().trim().max(2000).nullable().default(null),
  version: z.number().int().positive(),
});
export type RelativeUpdate = z.infer<typeof relativeUpdateSchema>;

export const relativeListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
  ...pageQueryShape,
});
export type RelativeListQuery = z.infer<typeof relativeListQuerySchema>;
