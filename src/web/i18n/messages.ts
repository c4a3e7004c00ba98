import { associationMessages } from '../associations/messages';
import { auditMessages } from '../audit/messages';
import { authMessages } from '../auth/messages';
import { caseMessages } from '../cases/messages';
import { consentMessages } from '../consent/messages';
import { mailMessages } from '../mail/messages';
import { portalMessages } from '../portal/messages';
import { requestMessages } from '../portalRequests/messages';
import { dashboardMessages } from '../dashboard/messages';
import { duplicateMessages } from '../duplicates/messages';
import { expertMessages } from '../experts/messages';
import { importMessages } from '../imports/messages';
import { layoutMessages } from '../layout/messages';
import { personMessages } from '../persons/messages';
import { planMessages } from '../plans/messages';
import { registerMessages } from '../registers/messages';
import { relativeMessages } from '../relatives/messages';
import { reportingMessages } from '../reporting/messages';
import { userMessages } from '../users/messages';
import { orgUnitMessages } from '../orgUnits/messages';
import { referralMessages } from '../referrals/messages';

/**
 * The UI's texts: each feature's own (`src/web/<feature>/messages.ts`, keyed {vi, en} through
 * defineTexts, the one mechanism of every text of the product). A key is unique across features
 * (test/web/i18n/messages.test.ts).
 */
export const FEATURE_MESSAGES = {
  layoutMessages,
  authMessages,
  dashboardMessages,
  userMessages,
  orgUnitMessages,
  referralMessages,
  auditMessages,
  personMessages,
  consentMessages,
  mailMessages,
  portalMessages,
  requestMessages,
  reportingMessages,
  relativeMessages,
  importMessages,
  duplicateMessages,
  associationMessages,
  expertMessages,
  caseMessages,
  planMessages,
  registerMessages,
} as const;

export const MESSAGES = {
  ...layoutMessages,
  ...authMessages,
  ...dashboardMessages,
  ...userMessages,
  ...orgUnitMessages,
  ...referralMessages,
  ...auditMessages,
  ...personMessages,
  ...consentMessages,
  ...mailMessages,
  ...portalMessages,
  ...requestMessages,
  ...relativeMessages,
  ...importMessages,
  ...duplicateMessages,
  ...associationMessages,
  ...expertMessages,
  ...caseMessages,
  ...planMessages,
  ...reportingMessages,
  ...registerMessages,
};

export type MessageKey = keyof typeof MESSAGES;
