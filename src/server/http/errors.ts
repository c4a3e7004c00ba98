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
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED');
export const forbidden = () => new AppError(403, 'FORBIDDEN');
export const outsideJurisdiction = () => new AppError(403, 'OUTSIDE_JURISDICTION');
export const notFound = () => new AppError(404, 'NOT_FOUND');
export const conflict = (details: ErrorDetail[] = []) => new AppError(409, 'CONFLICT', details);
