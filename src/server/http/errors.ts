import type { ErrorCode } from '../../domain/errors/errorMessages';
import type { Text, TextParams } from '../../domain/text/texts';

/**
 * What is wrong with one field, as thrown: its text is worded only where it is answered (the error
 * handler, in the request's language; the CLI, in both), so no service needs to know the language.
 */
export interface ErrorDetail {
  path: string;
  code: string;
  text: Text;
  params?: TextParams;
}

/** An error the client should see as it is: HTTP status, stable code, and field details. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly details: ErrorDetail[] = [],
    /**
     * For a refusal: the provinces of the record refused, never sent to the client — the attempt is
     * in their audit log (an officer of one province reaching for another's record).
     */
    readonly concernedProvinces: readonly (string | null | undefined)[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

type Provinces = string | null | undefined | readonly (string | null | undefined)[];
const listOf = (provinces: Provinces) => (Array.isArray(provinces) ? provinces : [provinces]) as (string | null)[];

export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED');
export const forbidden = () => new AppError(403, 'FORBIDDEN');
export const outsideJurisdiction = (provinces: Provinces = []) =>
  new AppError(403, 'OUTSIDE_JURISDICTION', [], listOf(provinces));
export const notFound = (provinces: Provinces = []) => new AppError(404, 'NOT_FOUND', [], listOf(provinces));
export const conflict = (details: ErrorDetail[] = []) => new AppError(409, 'CONFLICT', details);
