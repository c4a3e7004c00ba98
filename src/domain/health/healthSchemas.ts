import { z } from 'zod';

/** What /api/health answers while the server and its database are up. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['pglite', 'postgresql']), migrationVersion: z.number().int() }),
});
