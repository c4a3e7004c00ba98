import { timingSafeEqual } from 'node:crypto';

/** An invitation's token says which record, for which address, until when; signed, so not forged. */
interface InvitationClaim {
  personId: string;
  email: string;
  expiresAt: number;
}

export const INVITATION_DAYS = 14;

export function signInvitation(mac: (text: string) => string, claim: InvitationClaim): string {
  const payload = Buffer.from(JSON.stringify([claim.personId, claim.email, claim.expiresAt])).toString('base64url');
  return `${payload}.${mac(`invitation:${payload}`)}`;
}

/** The claim of a token signed by us, for this address and not expired; null otherwise. */
export function readInvitation(
  mac: (text: string) => string,
  token: string,
  email: string,
  now: Date,
): InvitationClaim | null {
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(mac(`invitation:${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [personId, invitedEmail, expiresAt] = parsed;
  if (typeof personId !== 'string' || typeof invitedEmail !== 'string' || typeof expiresAt !== 'number') return null;
  if (invitedEmail !== email || expiresAt <= now.getTime()) return null;
  return { personId, email: invitedEmail, expiresAt };
}
