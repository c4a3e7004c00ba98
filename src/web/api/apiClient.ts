import type { ApiRoutes } from './apiRoutes';

/**
 * The one way the UI talks to the server: JSON, the session cookie, the CSRF token, the UI language.
 * Calls are keyed by route ('GET /api/cases/{id}'): parameters, body and response are typed from the
 * server's own schemas (apiRoutes.ts, generated from its OpenAPI document).
 */

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

const state: { csrfToken: string | null; language: string } = { csrfToken: null, language: 'vi' };

type QueryValue = string | number | boolean | undefined | null;

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setApiLanguage(language: string): void {
  state.language = language;
}

/** A table of routes: what each takes (path parameters, query, JSON body) and answers. */
export type RouteTable<Routes> = {
  [R in keyof Routes]: { params: unknown; query: unknown; body: unknown; response: unknown };
};

type Part<Routes, R extends keyof Routes, P extends string> = Routes[R] extends Record<P, infer T> ? T : never;
/** What a call sends: the path's parameters, the query, the JSON body; each required when the route requires it. */
export type RouteRequest<Routes, R extends keyof Routes> = (Part<Routes, R, 'params'> extends undefined
  ? { params?: never }
  : { params: Part<Routes, R, 'params'> }) &
  (Part<Routes, R, 'query'> extends undefined ? { query?: never } : { query?: Part<Routes, R, 'query'> }) &
  (Part<Routes, R, 'body'> extends undefined
    ? { body?: never }
    : object extends Part<Routes, R, 'body'>
      ? { body?: Part<Routes, R, 'body'> }
      : { body: Part<Routes, R, 'body'> });
type RequestArgs<Routes, R extends keyof Routes> =
  object extends RouteRequest<Routes, R> ? [request?: RouteRequest<Routes, R>] : [request: RouteRequest<Routes, R>];

export type ApiRoute = keyof ApiRoutes;
export type ApiResponse<R extends ApiRoute> = ApiRoutes[R]['response'];
export type ApiBody<R extends ApiRoute> = ApiRoutes[R]['body'];
export type ApiQuery<R extends ApiRoute> = ApiRoutes[R]['query'];

/**
 * A client of a route table: `call('GET /api/cases/{id}', { params: { id } })`. `fixed` fills
 * the route's path parameters that the table leaves to the caller (a register's key).
 */
export function routeClient<Routes extends RouteTable<Routes>>(fixed: Record<string, string> = {}) {
  const call = <R extends keyof Routes & string>(
    route: R,
    ...[request]: RequestArgs<Routes, R>
  ): Promise<Routes[R]['response']> => {
    const [method, url] = routeUrl(route, fixed, request);
    if (request?.body === undefined) return send(method, url, undefined, {});
    return send(method, url, JSON.stringify(request.body), { 'content-type': 'application/json' });
  };
  /** A multipart form (a file upload) to a route that takes one; the browser sets its content type. */
  const upload = <R extends keyof Routes & string>(
    route: R,
    form: FormData,
    params?: Part<Routes, R, 'params'>,
  ): Promise<Routes[R]['response']> => {
    const [method, url] = routeUrl(route, fixed, { params: params ?? undefined });
    return send(method, url, form, {});
  };
  return { call, upload };
}

const server = routeClient<ApiRoutes>();
export const api = server.call;
export const apiUpload = server.upload;

/** The method and URL of a call: `{id}` in the route's path replaced by the encoded parameter. */
function routeUrl(
  route: string,
  fixed: Record<string, string>,
  request: { params?: unknown; query?: unknown } | undefined,
): [string, string] {
  const [method = 'GET', path = ''] = route.split(' ');
  const params: Record<string, unknown> = { ...fixed, ...(request?.params ?? {}) };
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const query: Record<string, QueryValue> = { ...(request?.query ?? {}) };
  return [method, url + queryString(query)];
}

async function send<T>(
  method: string,
  url: string,
  body: BodyInit | undefined,
  extra: Record<string, string>,
): Promise<T> {
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

/** The id of the record a mutation acts on: a form that creates one has none until it is saved. */
export function chosenId<Id extends string | number>(id: Id | undefined): Id {
  if (id === undefined) throw new Error('no record chosen');
  return id;
}

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
