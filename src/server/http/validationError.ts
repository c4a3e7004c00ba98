import type { Language } from '../../domain/validation/localizeIssue';
import { issueCode, localizeIssue, type IssueLike } from '../../domain/validation/localizeIssue';
import { AppError, type ErrorDetail } from './errors';

/** A 400 that names each bad field, e.g. a check made by a service after the schema passed. */
export function validationFailed(issues: readonly IssueLike[], language: Language): AppError {
  return new AppError(
    400,
    'VALIDATION_FAILED',
    issues.map((issue) => toErrorDetail(issue, language)),
  );
}

export function toErrorDetail(issue: IssueLike, language: Language): ErrorDetail {
  return { path: issue.path.map(String).join('.'), code: issueCode(issue), message: localizeIssue(issue, language) };
}

/** One failed field, by message key: `fieldError('newPassword', 'passwordContainsUsername', 'vi')`. */
export function fieldError(path: string, messageKey: string, language: Language): AppError {
  return validationFailed([{ code: 'custom', message: messageKey, path: path.split('.') }], language);
}

/** 409: the record was changed by someone else since the version the client read. */
export function versionConflict(language: Language, path = 'version'): AppError {
  return new AppError(409, 'CONFLICT', fieldError(path, 'versionConflict', language).details);
}
