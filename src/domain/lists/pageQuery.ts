import { z } from 'zod';

/** The page of a list that is counted exactly (lists of thousands, not of the whole registry). */
export const pageQueryShape = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
export type PageQuery = { page: number; pageSize: number };

/** A page of items and how many there are in all. */
export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
