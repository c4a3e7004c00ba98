import type { CaseStatus } from './caseCategories';

/**
 * The steps a case may take: received → verifying → assisting → resolved → closed. A case may be
 * closed at any step (found unfounded, taken over elsewhere) and resolved once verified; a resolved
 * or closed case is reopened into assisting.
 */
const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['verifying', 'closed'],
  verifying: ['assisting', 'resolved', 'closed'],
  assisting: ['resolved', 'closed'],
  resolved: ['closed', 'assisting'],
  closed: ['assisting'],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export function isAllowedTransition(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Going back to work on a case that was resolved or closed. */
export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to === 'assisting';
}

/** Reopening or closing says why (kept in the timeline). */
export function needsNote(from: CaseStatus, to: CaseStatus): boolean {
  return isReopening(from, to) || to === 'closed';
}
