// A JSON call to the app's API through a page's request context (its session cookie), failing the
// test with the method, address, status and answer when the call is refused.
import assert from 'node:assert/strict';
import type { APIRequestContext } from 'playwright-core';

export async function call(
  req: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  data?: unknown,
) {
  const res = await req.fetch(url, { method, ...(data !== undefined && { data }) });
  const text = await res.text();
  assert.ok(res.ok(), `${method} ${url} → ${res.status()} ${text}`);
  return text ? JSON.parse(text) : null;
}
