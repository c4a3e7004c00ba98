import type { Text } from '../text/texts';

/** How far a task has come, as the reporting agency says. */
export const PROGRESS = ['not_started', 'in_progress', 'completed', 'not_completed'] as const;
export type Progress = (typeof PROGRESS)[number];
export const PROGRESS_LABELS: Readonly<Record<Progress, Text>> = {
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  not_completed: { vi: 'Không hoàn thành', en: 'Not completed' },
};

/** A report's way: drafted, submitted, then accepted, or returned with a comment and submitted again. */
/** What a report's history records. */
export const REPORT_EVENT_KINDS = ['saved', 'submitted', 'accepted', 'returned'] as const;

export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, Text>> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi, chờ duyệt', en: 'Submitted' },
  accepted: { vi: 'Đã chấp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại, cần bổ sung', en: 'Returned' },
};

/** The date an agency reports on a task by: the task's own, else the plan's. */
export function reportDueOn(task: { dueOn: string | null }, plan: { reportDueOn: string }): string {
  return task.dueOn ?? plan.reportDueOn;
}

/**
 * Where an agency stands on one task: reported (accepted, or submitted awaiting review), to redo
 * (returned), or not reported — overdue once the due date has passed.
 */
export type Standing = 'accepted' | 'submitted' | 'returned' | 'pending' | 'overdue';

export function standingOf(reportStatus: ReportStatus | null, dueOn: string, today: string): Standing {
  if (reportStatus === 'accepted' || reportStatus === 'submitted' || reportStatus === 'returned') return reportStatus;
  return dueOn < today ? 'overdue' : 'pending';
}

export interface AgencyCompleteness {
  agencyId: string;
  assigned: number;
  accepted: number;
  submitted: number;
  returned: number;
  pending: number;
  overdue: number;
  /** Accepted share of the tasks assigned, 0 to 1. */
  completeness: number;
}

/** Per agency, how its assigned tasks stand (like a data set's completeness view). */
export function completenessByAgency(rows: readonly { agencyId: string; standing: Standing }[]): AgencyCompleteness[] {
  const byAgency = new Map<string, AgencyCompleteness>();
  for (const { agencyId, standing } of rows) {
    const entry = byAgency.get(agencyId) ?? {
      agencyId,
      assigned: 0,
      accepted: 0,
      submitted: 0,
      returned: 0,
      pending: 0,
      overdue: 0,
      completeness: 0,
    };
    entry.assigned += 1;
    entry[standing] += 1;
    entry.completeness = entry.accepted / entry.assigned;
    byAgency.set(agencyId, entry);
  }
  return [...byAgency.values()];
}
