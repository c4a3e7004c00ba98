import type { Standing } from './planCategories';
import type { PlanTask } from './planSchemas';

/** One agency's part in one task, and where it stands. */
export interface Assignment {
  taskId: string;
  agencyId: string;
  agencyName: string;
  role: 'lead' | 'partner';
  reportDueOn: string;
  standing: Standing;
  reportId: string | null;
}

/** The assignments of tasks, flat (for completeness, reminders, an agency's own list, the overdue list). */
export function assignmentsOf(tasks: readonly PlanTask[]): Assignment[] {
  return tasks.flatMap((task) =>
    task.agencies.map((a) => ({
      taskId: task.id,
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      role: a.role,
      reportDueOn: task.reportDueOn,
      standing: a.standing,
      reportId: a.report?.id ?? null,
    })),
  );
}
