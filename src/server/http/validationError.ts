import { issueCode, issueText, VALIDATION_MESSAGES } from '../../domain/validation/localizeIssue';
import type { IssueLike, ValidationMessageKey } from '../../domain/validation/localizeIssue';
import type { Language, TextParams } from '../../domain/text/texts';
import { wordText } from '../../domain/text/texts';
import { AppError, type ErrorDetail } from './errors';

/** A 400 that names each bad field, e.g. a check made by a service after the schema passed. */
export function validationFailed(issues: readonly IssueLike[]): AppError {
  return new AppError(400, 'VALIDATION_FAILED', issues.map(toErrorDetail));
}

export function toErrorDetail(issue: IssueLike): ErrorDetail {
  return { path: issue.path.map(String).join('.'), code: issueCode(issue), text: issueText(issue) };
}

/** One failed field, by message key: `fieldError('newPassword', 'passwordContainsUsername')`. */
export function fieldError(path: string, key: ValidationMessageKey, params?: TextParams): AppError {
  return new AppError(400, 'VALIDATION_FAILED', [fieldDetail(path, key, params)]);
}

/** A field's detail by message key, for an error of another status (a 409 naming the field). */
export function fieldDetail(path: string, key: ValidationMessageKey, params?: TextParams): ErrorDetail {
  return { path, code: key, text: VALIDATION_MESSAGES[key], ...(params ? { params } : {}) };
}

/** 409: the record was changed by someone else since the version the client read. */
export function versionConflict(path = 'version'): AppError {
  return new AppError(409, 'CONFLICT', [fieldDetail(path, 'versionConflict')]);
}

/** The details as the client reads them, in its language. */
export function wordDetails(details: readonly ErrorDetail[], language: Language) {
  return details.map(({ path, code, text, params }) => ({ path, code, message: wordText(text, language, params) }));
}
