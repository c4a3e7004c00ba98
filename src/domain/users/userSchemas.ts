import { z } from 'zod';
import { ROLES } from '../auth/roles';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'usernameFormat');
const displayName = z.string().trim().min(1).max(120);
const provinceCode = z.string().regex(/^\d{2}$/, 'unknownProvince');
/** Where reminders and notices reach the user (reports owed, tasks due). */
const email = z.string().trim().toLowerCase().pipe(z.email()).nullable();

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  provinceCode: z.string().nullable(),
  agencyId: z.string().nullable(),
  communeCode: z.string().nullable(),
  missionId: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  isLocked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userCreateSchema = z.object({
  username,
  displayName,
  email: email.default(null),
  role: z.enum(ROLES),
  provinceCode: provinceCode.nullable().default(null),
  /** The agency the user reports for (an agency of their province). */
  agencyId: z.uuid().nullable().default(null),
  /** A commune officer's commune (a 2025 commune of the province). */
  communeCode: z
    .string()
    .regex(/^\d{5}$/, 'communeUnknown')
    .nullable()
    .default(null),
  /** A mission officer's mission abroad. */
  missionId: z.uuid().nullable().default(null),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z
  .object({
    displayName,
    email,
    role: z.enum(ROLES),
    provinceCode: provinceCode.nullable(),
    agencyId: z.uuid().nullable(),
    communeCode: z
      .string()
      .regex(/^\d{5}$/, 'communeUnknown')
      .nullable(),
    missionId: z.uuid().nullable(),
    isActive: z.boolean(),
  })
  .partial();
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  provinceCode: provinceCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** A new account, or a reset, comes with a one-time password shown once to the administrator. */
export const userWithPasswordSchema = z.object({ user: userSchema, oneTimePassword: z.string() });

/** A page of the users list and how many match. */
export const userPageSchema = z.object({ items: z.array(userSchema), total: z.number().int() });
