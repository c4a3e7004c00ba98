import { z } from 'zod';

export const personChangeSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'merge', 'unmerge']),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});
export type PersonChange = z.infer<typeof personChangeSchema>;
