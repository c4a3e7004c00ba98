import type { ErrorCode } from '../../domain/errors/errorMessages';

export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
}

/**
 * An error the client should see as it is: HTTP status, stable code, and field details.
 * Detail messages are already in the request's language; the top message is chosen by code.
 */
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
