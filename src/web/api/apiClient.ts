/** The one way the UI talks to the server: JSON, the session cookie, the CSRF token, the UI language. */

export interface ApiErrorDetail {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[],
  ) {
    super(message);
  }
}

const state = { csrfToken: null as string | null, language: 'vi' };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setApiLanguage(language: string): void {
  state.language = language;
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  if (body === undefined) return send<T>(method, url, undefined, {});
  return send<T>(method, url, JSON.stringify(body), { 'content-type': 'application/json' });
}

/** A multipart form (a file upload); the browser sets its content type. */
export function apiUpload<T>(url: string, form: FormData): Promise<T> {
  return send<T>('POST', url, form, {});
}

async function send<T>(method: string, url: string, body: BodyInit | undefined, extra: Record<string, string>) {
  const headers: Record<string, string> = { 'accept-language': state.language, ...extra };
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  const response = await fetch(url, { method, headers, credentials: 'same-origin', body });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error ?? { code: 'HTTP_' + response.status, message: response.statusText, details: [] };
    throw new ApiError(response.status, error.code, error.message, error.details ?? []);
  }
  return payload as T;
}

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
