// The one place the browser talks to the server: same-origin cookies carry the session,
// and every non-2xx answer becomes an ApiError carrying the server's Chinese message.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** Set once by the app shell: what to do when the session has expired. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

// A wrong password also answers 401; that is a form error, not an expired session.
const PATHS_WHERE_401_IS_EXPECTED = new Set(['/auth/login', '/auth/me', '/auth/password']);

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已过期，请重新登录';
  if (status === 403) return '您没有权限访问该内容';
  if (status === 404) return '要访问的内容不存在';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务器出错，请稍后再试';
  return `请求失败（${status}）`;
}

async function readError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = fallbackMessage(res.status);
  try {
    const body = (await res.json()) as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.message === 'string' && body.message) message = body.message;
  } catch {
    // Not JSON (a proxy error page, say): the fallback message is the best we can show.
  }
  return new ApiError(res.status, code, message);
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络');
  }
  if (!res.ok) {
    const err = await readError(res);
    if (res.status === 401 && !PATHS_WHERE_401_IS_EXPECTED.has(path)) onUnauthorized();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query: Query = {}) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};
