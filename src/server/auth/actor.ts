import type { CurrentUser } from '../../domain/auth/authSchemas';

/** Who is acting, as services see it: the signed-in user and where the request came from. */
export interface Actor {
  user: CurrentUser;
  ip: string;
}
