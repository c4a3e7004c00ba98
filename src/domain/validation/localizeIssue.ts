import { z } from 'zod';
import type { Language, Text } from '../text/texts';
import { COMMON_TEXTS } from './commonTexts';
import { USER_TEXTS } from '../users/userTexts';
import { PERSON_TEXTS } from '../persons/personTexts';
import { ASSOCIATION_TEXTS } from '../associations/associationTexts';
import { EXPERT_TEXTS } from '../experts/expertTexts';
import { PLAN_TEXTS } from '../plans/planTexts';
import { REGISTER_TEXTS } from '../registers/registerTexts';
import { CASE_TEXTS } from '../cases/caseTexts';
import { CONSENT_TEXTS } from '../consent/consentTexts';
import { PORTAL_TEXTS } from '../portal/portalTexts';
import { REQUEST_TEXTS } from '../portalRequests/requestTexts';
import { REPORTING_TEXTS } from '../reporting/reportingTexts';
import { ORG_UNIT_TEXTS } from '../orgUnits/orgUnitTexts';
import { REFERRAL_TEXTS } from '../referrals/referralTexts';

/**
 * Our own validation messages, by key, each feature's in its own folder. A schema refers to one by
 * using the key as its message (`.refine(check, { message: 'birthDateInFuture' })`); the key is then
 * the issue's code on the wire.
 */
export const VALIDATION_MESSAGES = {
  ...COMMON_TEXTS,
  ...USER_TEXTS,
  ...PERSON_TEXTS,
  ...ASSOCIATION_TEXTS,
  ...EXPERT_TEXTS,
  ...PLAN_TEXTS,
  ...REGISTER_TEXTS,
  ...CASE_TEXTS,
  ...CONSENT_TEXTS,
  ...PORTAL_TEXTS,
  ...REQUEST_TEXTS,
  ...REPORTING_TEXTS,
  ...ORG_UNIT_TEXTS,
  ...REFERRAL_TEXTS,
};

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

function isMessageKey(message: string): message is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, message);
}

// A missing field says "required" rather than zod's "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
});

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  [key: string]: unknown;
}

/** The issue's code for clients: our message key when the schema used one, else zod's code. */
export function issueCode(issue: { code: string; message: string }): string {
  return isMessageKey(issue.message) ? issue.message : issue.code;
}

/** The issue's message in the requested language. */
export function localizeIssue(issue: IssueLike, language: Language): string {
  if (isMessageKey(issue.message)) return VALIDATION_MESSAGES[issue.message][language];
  const localeError = zodLocales[language].localeError as (issue: unknown) => string | { message: string } | undefined;
  const localized = localeError(issue);
  return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
}

/** The issue's message in both languages, to be worded where it is answered. */
export const issueText = (issue: IssueLike): Text => ({
  vi: localizeIssue(issue, 'vi'),
  en: localizeIssue(issue, 'en'),
});
