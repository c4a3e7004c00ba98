import type { Text } from '../text/texts';

/**
 * A province's response to the Ministry's reporting request: open (being prepared), submitted,
 * returned with a comment (to redo), accepted, approved. Approval locks it and the reports below it
 * (DHIS2's approve-and-lock) until the Ministry un-approves, which is recorded like every step.
 */
export const RESPONSE_STATUSES = ['open', 'submitted', 'returned', 'accepted', 'approved'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_EVENT_KINDS = ['saved', 'submitted', 'returned', 'accepted', 'approved', 'unapproved'] as const;
export type ResponseEventKind = (typeof RESPONSE_EVENT_KINDS)[number];

export const RESPONSE_STATUS_LABELS: Readonly<Record<ResponseStatus, Text>> = {
  open: { vi: 'Đang chuẩn bị', en: 'Being prepared' },
  submitted: { vi: 'Đã gửi, chờ duyệt', en: 'Submitted' },
  returned: { vi: 'Trả lại, cần bổ sung', en: 'Returned' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  approved: { vi: 'Đã phê duyệt (khóa)', en: 'Approved (locked)' },
};

/** The province may change its response only while it is with the province. */
export const isWithProvince = (status: ResponseStatus) => status === 'open' || status === 'returned';

/** What the Ministry decides on a response, and the statuses it may decide from. */
export const REVIEW_DECISIONS = ['accept', 'return', 'approve'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
const DECIDED_FROM: Readonly<Record<ReviewDecision, readonly ResponseStatus[]>> = {
  accept: ['submitted'],
  return: ['submitted', 'accepted'],
  approve: ['submitted', 'accepted'],
};
const DECIDED_TO: Readonly<Record<ReviewDecision, 'accepted' | 'returned' | 'approved'>> = {
  accept: 'accepted',
  return: 'returned',
  approve: 'approved',
};
export const mayDecide = (decision: ReviewDecision, status: ResponseStatus) => DECIDED_FROM[decision].includes(status);
export const statusAfter = (decision: ReviewDecision) => DECIDED_TO[decision];

/** How a province stands on a request, for completeness and timeliness: overdue once past due and not sent. */
export type ResponseStanding = ResponseStatus | 'overdue';
export function standingOfResponse(status: ResponseStatus, dueOn: string, today: string): ResponseStanding {
  return isWithProvince(status) && dueOn < today ? 'overdue' : status;
}

/** Sent by the due date (the day of sending in Vietnam, yyyy-mm-dd); null while not sent. */
export const sentOnTime = (sentOn: string | null, dueOn: string) => (sentOn === null ? null : sentOn <= dueOn);

export interface RequestProgress {
  provinces: number;
  /** Sent upward at least once and not with the province now. */
  submitted: number;
  approved: number;
  returned: number;
  overdue: number;
  onTime: number;
}

/** Completeness and timeliness of a request over its provinces' responses. */
export function progressOf(
  responses: readonly { standing: ResponseStanding; onTime: boolean | null }[],
): RequestProgress {
  const count = (test: (r: (typeof responses)[number]) => boolean) => responses.filter(test).length;
  return {
    provinces: responses.length,
    submitted: count((r) => ['submitted', 'accepted', 'approved'].includes(r.standing)),
    approved: count((r) => r.standing === 'approved'),
    returned: count((r) => r.standing === 'returned'),
    overdue: count((r) => r.standing === 'overdue'),
    onTime: count((r) => r.onTime === true),
  };
}
