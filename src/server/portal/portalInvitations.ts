import { readToken, signToken } from '../secrets/signedTokens';

/** An invitation's token says which record, for which address, until when; signed, so not forged. */
interface InvitationClaim {
  personId: string;
  email: string;
  expiresAt: number;
}

export const INVITATION_DAYS = 14;
const USE = 'invitation';

export function signInvitation(mac: (text: string) => string, claim: InvitationClaim): string {
  return signToken(mac, USE, [claim.personId, claim.email, claim.expiresAt]);
}

/** The claim of a token signed by us, for this address and not expired; null otherwise. */
export function readInvitation(
  mac: (text: string) => string,
  token: string,
  email: string,
  now: Date,
): InvitationClaim | null {
  const values = readToken(mac, USE, token);
  if (!values || values.length !== 3) return null;
  const [personId, invitedEmail, expiresAt] = values;
  if (typeof personId !== 'string' || typeof invitedEmail !== 'string' || typeof expiresAt !== 'number') return null;
  if (invitedEmail !== email || expiresAt <= now.getTime()) return null;
  return { personId, email: invitedEmail, expiresAt };
}
