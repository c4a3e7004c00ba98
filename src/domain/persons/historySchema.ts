import { z } from 'zod';

export const personChangeSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'merge', 'unmerge']),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  // An import's creation names the fields it filled, without values (they are the first version).
  changes: z.array(z.object({ field: z.string(), from: z.unknown().optional(), to: z.unknown().optional() })),
});
export type PersonChange = z.infer<typeof personChangeSchema>;
