import { z } from 'zod';
import { moneySchema } from './money';

/** The public catalogue's filters: a province (any spelling), a sector. */
export const publicCatalogueQuerySchema = z.object({
  province: z.string().trim().max(100).optional(),
  sector: z.string().trim().max(50).optional(),
});

/** A project open for investment as the public sees it: nothing personal, nothing internal. */
export const publicProjectSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  name: z.string(),
  sector: z.string(),
  location: z.string(),
  scale: z.string().nullable(),
  capital: moneySchema.nullable(),
  incentives: z.string().nullable(),
  contact: z.string(),
});
