/** A running app on a test database with the demo county loaded, and a cookie-keeping client. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type HuanjieApp } from '../../src/api/app.js';
import type { Database } from '../../src/db/connect.js';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import type { DbMode } from './db.js';
import { pgliteFromDemo, postgresFromDemo } from './demo-template.js';

export interface TestApp {
  app: HuanjieApp;
  database: Database;
  close(): Promise<void>;
}

export const TODAY = '2026-11-22';

export async function startTestApp(mode: DbMode, opts: { loginRateLimit?: number } = {}): Promise<TestApp> {
  const database = mode === 'pglite' ? await pgliteFromDemo(TODAY) : await postgresFromDemo(TODAY);
  const app = await buildApp({ database, loginRateLimit: opts.loginRateLimit ?? 1000 });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface Response {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes; assertions check them
  body: any;
}

/** Logs in and returns a function that calls the API with that session's cookie. */
export async function loginAs(app: FastifyInstance, username: string, password = DEMO_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'hj_session');
  if (!cookie) throw new Error('no session cookie');
  return async (method: string, url: string, payload?: unknown): Promise<Response> => {
    const r = await app.inject({
      method: method as 'GET',
      url,
      cookies: { hj_session: cookie.value },
      ...(payload !== undefined && { payload: payload as object }),
    });
    return { status: r.statusCode, body: r.body ? JSON.parse(r.body) : null };
  };
}
