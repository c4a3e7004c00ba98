import { z } from 'zod';
import { calendarDate } from '../validation/calendarDate';

const text = (max: number) => z.string().trim().max(max);

/** Sáp nhập: agencies of one province merged into an existing agency or a new one, on a date, by a decision. */
export const agencyMergeSchema = z.object({
  fromAgencyIds: z.array(z.uuid()).min(1).max(20),
  into: z.union([
    z.object({ agencyId: z.uuid() }),
    z.object({ name: text(300).min(1), shortName: text(50).nullable().default(null) }),
  ]),
  onDate: calendarDate(),
  decision: text(500).nullable().default(null),
});
export type AgencyMerge = z.infer<typeof agencyMergeSchema>;

export const movedSchema = z.object({
  leadTasks: z.number().int(),
  partnerTasks: z.number().int(),
  reports: z.number().int(),
  users: z.number().int(),
  /** Tasks both had reported on: there the predecessor keeps its own report and assignment. */
  keptApart: z.number().int(),
});
export type Moved = z.infer<typeof movedSchema>;

export const agencyChangeSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['merge', 'rename']),
  onDate: z.string(),
  decision: z.string().nullable(),
  from: z.array(z.object({ id: z.string(), name: z.string() })),
  to: z.object({ id: z.string(), name: z.string() }),
  oldName: z.string().nullable(),
  newName: z.string().nullable(),
  moved: movedSchema.partial(),
  at: z.string(),
  by: z.string().nullable(),
});
export type AgencyChange = z.infer<typeof agencyChangeSchema>;
