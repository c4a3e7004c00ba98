import { z } from 'zod';
import { ROLES } from './roles';

export const passwordSchema = z.string().min(10, 'passwordTooShort').max(200);

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const changePasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { message: 'passwordUnchanged', path: ['newPassword'] });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** The signed-in user as the server describes them to the client. */
export const currentUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceCode: z.string().nullable(),
  /** The agency (cơ quan, đơn vị) the user reports for, if any. */
  agencyId: z.string().nullable(),
  /** A commune officer's commune (2025 code). */
  communeCode: z.string().nullable(),
  /** A mission officer's mission abroad and the countries of its consular district. */
  mission: z.object({ id: z.string(), name: z.string(), countries: z.array(z.string()) }).nullable(),
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** A password must not contain the username (case-insensitively). */
export function passwordContainsUsername(password: string, username: string): boolean {
  return username.length >= 3 && password.toLowerCase().includes(username.toLowerCase());
}
