import { oneTimePasswordOf, type RunningServer } from './serverProcess';

export const NEW_ADMIN_PASSWORD = 'mat-khau-moi-2025';

/** A signed-in user of a running server, over real HTTP (session cookie and CSRF token). */
export interface HttpSession {
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** A request with the session's cookie and CSRF token and a body sent as it is. */
  raw(method: string, path: string, init: RequestInit): Promise<Response>;
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** A multipart upload; a Blob (fs.openAsBlob) streams a large file from disk. */
  upload(
    path: string,
    fields: Record<string, string>,
    file: { name: string; content: Buffer | Blob },
  ): Promise<Response>;
  /** The same session against another address (a restarted server keeps its sessions). */
  at(url: string): HttpSession;
}

/** Signs in with a one-time password and replaces it, as every new account does first. */
async function signInWithOneTimePassword(url: string, username: string, oneTimePassword: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: oneTimePassword }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const session = httpSession(url, cookie, csrfToken);
  const changed = await session.request('POST', '/api/auth/password', {
    currentPassword: oneTimePassword,
    newPassword: NEW_ADMIN_PASSWORD,
  });
  if (!changed.ok) throw new Error(`password change: ${changed.status} ${await changed.text()}`);
  return session;
}

/** The administrator's first sign-in: the printed password, then one of their own. */
export function signInFirstAdmin(server: RunningServer): Promise<HttpSession> {
  return signInWithOneTimePassword(server.url, 'admin', oneTimePasswordOf(server));
}

/** A user the administrator creates (`role` of `provinceCode`), signed in. */
export async function signInNewUser(
  server: RunningServer,
  admin: HttpSession,
  user: { username: string; role: string; provinceCode: string | null },
): Promise<HttpSession> {
  const created = await admin.json<{ oneTimePassword: string }>('POST', '/api/users', {
    ...user,
    displayName: user.username,
  });
  return signInWithOneTimePassword(server.url, user.username, created.oneTimePassword);
}

/** The same session against another server address (a restarted server keeps its sessions). */
export function httpSession(
  url: string,
  cookie: string,
  csrfToken: string,
): HttpSession & { at(url: string): HttpSession } {
  const send = (method: string, path: string, init: RequestInit) =>
    fetch(`${url}${path}`, {
      method,
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers as Record<string, string>) },
    });
  const session = {
    raw: send,
    request: (method: string, path: string, body?: unknown) =>
      send(
        method,
        path,
        body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
      ),
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await session.request(method, path, body);
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    upload(path: string, fields: Record<string, string>, file: { name: string; content: Buffer | Blob }) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      const blob = file.content instanceof Blob ? file.content : new Blob([new Uint8Array(file.content)]);
      form.append('file', blob, file.name);
      return send('POST', path, { body: form });
    },
    at: (other: string) => httpSession(other, cookie, csrfToken),
  };
  return session;
}
