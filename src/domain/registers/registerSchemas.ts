import { z } from 'zod';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import { countryCodeSchema } from '../persons/personSchemas';
import { moneySchema } from './money';
import type { FieldSpec, RegisterSpec } from './registerSpec';

const enumOf = (field: FieldSpec) => z.enum(Object.keys(field.options ?? {}) as [string, ...string[]]);

/** A field as the API takes it: required fields must be there, the others default to null or []. */
function inputOf(field: FieldSpec): z.ZodType {
  const text = z
    .string()
    .trim()
    .max(field.max ?? (field.kind === 'longText' ? 10_000 : 500));
  const one = (schema: z.ZodType) => (field.required ? schema : schema.nullable().default(null));
  const many = (schema: z.ZodType) => z.array(schema).max(200).default([]);
  switch (field.kind) {
    case 'text':
    case 'longText':
      return field.required ? text.min(1) : text.nullable().default(null);
    case 'date':
      return one(calendarDate());
    case 'integer':
      return one(z.number().int().min(0).max(2_000_000_000));
    case 'money':
      return one(moneySchema);
    case 'country':
      return one(countryCodeSchema);
    case 'countries':
      return many(countryCodeSchema);
    case 'enum':
      return field.required ? enumOf(field) : enumOf(field).nullable().default(null);
    case 'enums':
      return many(enumOf(field));
    case 'tags':
      return many(z.string().trim().min(1).max(300));
    case 'person':
    case 'association':
    case 'business':
      return one(z.uuid());
    case 'persons':
    case 'agreements':
      return many(z.uuid());
  }
}

/** A field as the API returns it. */
function outputOf(field: FieldSpec): z.ZodType {
  switch (field.kind) {
    case 'integer':
      return z.number().nullable();
    case 'money':
      return moneySchema.nullable();
    case 'countries':
    case 'enums':
    case 'tags':
    case 'persons':
    case 'agreements':
      return z.array(z.string());
    default:
      return z.string().nullable();
  }
}

const shapeOf = (spec: RegisterSpec, of: (field: FieldSpec) => z.ZodType) =>
  Object.fromEntries(spec.fields.map((field) => [field.name, of(field)]));

/** A record as entered: the spec's fields by name, the province, and the version when changing it. */
export type RegisterInput = { provinceCode: string | null; version?: number } & Record<string, unknown>;

/** What a user enters for a record of the register (with the province, and the version when changing it). */
export function registerInputSchema(spec: RegisterSpec): z.ZodType<RegisterInput> {
  const schema = z.object({
    ...shapeOf(spec, inputOf),
    provinceCode: z.string().nullable().default(null),
    version: z.number().int().positive().optional(),
  });
  return spec.refine ? schema.superRefine((input, ctx) => spec.refine!(input, ctx)) : schema;
}

/** Names of the records a record refers to, by id: persons, associations, businesses, agreements. */
export const referenceNamesSchema = z.record(z.string(), z.string());

export function registerRecordSchema(spec: RegisterSpec) {
  return z.object({
    id: z.string(),
    provinceCode: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    ...shapeOf(spec, outputOf),
  });
}

export function registerPageSchema(spec: RegisterSpec) {
  return z.object({ items: z.array(registerRecordSchema(spec)), total: z.number().int(), names: referenceNamesSchema });
}

/** A list's query: a search, the province, the spec's filters by field name, the page. */
export type RegisterListQuery = { q?: string; province?: string; page: number; pageSize: number } & Record<
  string,
  string | number | undefined
>;

/** The list's query: a search, the filters the spec offers, the province (national users), the page. */
export function registerListQuerySchema(spec: RegisterSpec): z.ZodType<RegisterListQuery> {
  const filters: Record<string, z.ZodOptional<z.ZodString>> = Object.fromEntries(
    spec.fields.filter((f) => f.filter).map((f) => [f.name, z.string().trim().max(100).optional()]),
  );
  return z.object({
    ...filters,
    q: z.string().trim().max(200).optional(),
    province: z.string().trim().max(100).optional(),
    ...pageQueryShape,
  });
}

export const noteInputSchema = z.object({
  notedOn: calendarDate(),
  title: z.string().trim().min(1).max(500),
  content: z.string().trim().max(10_000).nullable().default(null),
});
export const noteSchema = z.object({
  id: z.number().int(),
  notedOn: z.string(),
  title: z.string(),
  content: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export const fileSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

/** A record and the names of the records it refers to: what reading, creating and changing answer. */
export function registerOneSchema(spec: RegisterSpec) {
  return z.object({ record: registerRecordSchema(spec), names: referenceNamesSchema });
}

/** A record's notes and files, as every route of them answers. */
export const registerAttachedSchema = z.object({ notes: z.array(noteSchema), files: z.array(fileSchema) });

/** Any register's record as the generic pages read it: its bookkeeping, then the spec's fields by name. */
export const anyRegisterRecordSchema = z
  .object({ id: z.string(), provinceCode: z.string(), version: z.number().int(), updatedAt: z.string() })
  .catchall(z.unknown());
