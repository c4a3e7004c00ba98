import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { IssueLike } from '../../domain/validation/localizeIssue';

/** A request part (body, query, params, headers) that its schema refused, with zod's issues. */
export class InvalidRequest extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: readonly IssueLike[]) {
    super('VALIDATION_FAILED');
  }
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
export function pathOfNul(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = pathOfNul(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

/**
 * Every request part through its zod schema, refused as a whole with every issue named. Issues
 * carry the value received, so that a message can say what was sent ("expected string, received
 * array"; it never leaves the server), and a NUL character anywhere is refused before the schema.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const nul = pathOfNul(data);
    if (nul) return { error: new InvalidRequest([{ code: 'custom', message: 'nulCharacter', path: nul }]) };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new InvalidRequest(result.error.issues as unknown as IssueLike[]) };
  };
