import { z } from 'zod';
import { text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';

/** The agency a change hands work to: one that exists, or a new one by its name. */
const successorSchema = z.union([
  z.object({ agencyId: z.uuid() }),
  z.object({ name: text(300).min(1), shortName: text(50).nullable().default(null) }),
]);
export type Successor = z.infer<typeof successorSchema>;

/** Sáp nhập: agencies of one province merged into an existing agency or a new one, on a date, by a decision. */
export const agencyMergeSchema = z.object({
  fromAgencyIds: z.array(z.uuid()).min(1).max(20),
  into: successorSchema,
  onDate: calendarDate(),
  decision: text(500).nullable().default(null),
});
export type AgencyMerge = z.infer<typeof agencyMergeSchema>;

/**
 * Chia tách: one agency split into parts (existing agencies or new ones); each task it leads or
 * works on, and each of its users, is given to one part by the part's index: none is left over.
 */
export const agencySplitSchema = z
  .object({
    fromAgencyId: z.uuid(),
    into: z.array(successorSchema).min(2).max(10),
    tasks: z.array(z.object({ taskId: z.uuid(), part: z.number().int().min(0) })).max(1000),
    users: z
      .array(z.object({ userId: z.number().int(), part: z.number().int().min(0) }))
      .max(1000)
      .default([]),
    onDate: calendarDate(),
    decision: text(500).nullable().default(null),
  })
  .superRefine((split, ctx) => {
    const check = (list: readonly { part: number }[], path: string) =>
      list.forEach((entry, i) => {
        if (entry.part >= split.into.length)
          ctx.addIssue({ code: 'custom', message: 'splitPartUnknown', path: [path, i, 'part'] });
      });
    check(split.tasks, 'tasks');
    check(split.users, 'users');
  });
export type AgencySplit = z.infer<typeof agencySplitSchema>;

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
  kind: z.enum(['merge', 'split', 'rename']),
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

/** What an agency has in hand, to be shared out in a split: the tasks it leads or works on, its users. */
export const agencyWorkSchema = z.object({
  tasks: z.array(
    z.object({ id: z.string(), content: z.string(), planNumber: z.string(), role: z.enum(['lead', 'partner']) }),
  ),
  users: z.array(z.object({ id: z.number().int(), displayName: z.string() })),
});
export type AgencyWork = z.infer<typeof agencyWorkSchema>;
