import { z } from 'zod';

export const provinceSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['city', 'province']),
});

export const legacyProvinceSchema = z.object({ code: z.string(), name: z.string(), newCode: z.string() });

export const countrySchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const resolveQuerySchema = z.object({
  province: z.string().max(200).optional(),
  country: z.string().max(200).optional(),
});

const failure = z.object({ ok: z.literal(false), reason: z.enum(['empty', 'unknown']), input: z.string() });

export const resolveResponseSchema = z.object({
  province: z
    .union([
      z.object({
        ok: z.literal(true),
        province: provinceSchema,
        via: z.enum(['current', 'legacy', 'alias', 'code']),
        legacyCode: z.string().optional(),
      }),
      failure,
    ])
    .optional(),
  country: z.union([z.object({ ok: z.literal(true), country: countrySchema }), failure]).optional(),
});

/** The 34 provinces and the 63 before 1 July 2025, with the new each became part of. */
export const provincesResponseSchema = z.object({
  provinces: z.array(provinceSchema),
  legacy: z.array(legacyProvinceSchema),
});

/** A 2025 commune (xã, phường, đặc khu). */
export const communeSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  type: z.string(),
  provinceCode: z.string(),
});

export const communesQuerySchema = z.object({ province: z.string().regex(/^\d{2}$/) });

export const hometownQuerySchema = z.object({ text: z.string().trim().min(1).max(500) });

/** A hometown as written, resolved to the 2025 units (see resolveCommune). */
export const hometownUnitsSchema = z.object({
  provinceCode: z.string().nullable(),
  legacyProvinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeCandidates: z.array(communeSchema),
});
