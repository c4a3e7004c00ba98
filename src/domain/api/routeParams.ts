import { z } from 'zod';

/** `/:id` of a record keyed by a uuid (persons, cases, plans, registers …). */
export const uuidParams = z.object({ id: z.uuid() });

/** `/:id` of a record keyed by a number (users, duplicate pairs). */
export const numberIdParams = z.object({ id: z.coerce.number().int().positive() });
