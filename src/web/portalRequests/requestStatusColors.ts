import type { RequestStatus } from '../../domain/portalRequests/requestKinds';

/** How a request's status shows, on the portal and in the officers' queue alike. */
export const STATUS_COLORS: Record<RequestStatus, string> = {
  open: 'blue',
  in_progress: 'gold',
  accepted: 'green',
  partly_accepted: 'cyan',
  rejected: 'red',
  cancelled: 'default',
};
