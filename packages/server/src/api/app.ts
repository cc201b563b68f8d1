/** Builds the Fastify app: API under /api (documented at /api/docs), the built web app everywhere else. */
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, userForToken } from '../auth/sessions.js';
import type { Database } from '../db/connect.js';
import { installErrorHandler } from './error-handler.js';
import { archiveRoutes } from './routes/archive.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { ballotRoutes } from './routes/ballots.js';
import { bodyRoutes } from './routes/bodies.js';
import { candidateRoutes } from './routes/candidates.js';
import { checkinRoutes } from './routes/checkin.js';
import { complaintRoutes } from './routes/complaints.js';
import { countEntryRoutes } from './routes/count-entry.js';
import { electionCommitteeRoutes } from './routes/election-committee.js';
import { metaRoutes } from './routes/meta.js';
import { nominationRoutes } from './routes/nomination.js';
import { notificationRoutes } from './routes/notifications.js';
import { objectionRoutes } from './routes/objections.js';
import { pollingRoutes } from './routes/polling.js';
import { progressRoutes } from './routes/progress.js';
import { proxyRoutes } from './routes/proxies.js';
import { recallRoutes } from './routes/recall.js';
import { regionRoutes } from './routes/regions.js';
import { representativeRoutes } from './routes/representatives.js';
import { resultDocumentRoutes } from './routes/result-documents.js';
import { resultRoutes } from './routes/results.js';
import { reviewRoutes } from './routes/review.js';
import { riskRoutes } from './routes/risk.js';
import { roundRoutes } from './routes/rounds.js';
import { scheduleRoutes } from './routes/schedule.js';
import { seatPlanRoutes } from './routes/seat-plans.js';
import { statisticsRoutes } from './routes/statistics.js';
import { summaryRoutes } from './routes/summary.js';
import { userRoutes } from './routes/users.js';
import { voterDocumentRoutes } from './routes/voter-documents.js';
import { voterRoutes } from './routes/voters.js';
import { voteRoutes } from './routes/votes.js';
import { workRecordRoutes } from './routes/work-records.js';

z.config(z.locales.zhCN());

export interface AppOptions {
  database: Database;
  /** the built web app (packages/web/dist); absent in API-only tests */
  webDist?: string | null;
  logger?: boolean | object;
  /** login attempts per minute per address and user name */
  loginRateLimit?: number;
}

/** Every API route, as `METHOD /path`: the scope test checks that it covers them all. */
export const API_ROUTES = Symbol('apiRoutes');

export type HuanjieApp = FastifyInstance & { [API_ROUTES]: string[] };

export async function buildApp(opts: AppOptions): Promise<HuanjieApp> {
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: true });
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods)
      if (route.url.startsWith('/api/') && m !== 'HEAD') routes.push(`${m} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '换届通 Huanjie API',
        description: '村（社区）换届选举系统接口。登录后以 httpOnly 会话 Cookie 访问。',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const { db } = opts.database;
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    req.sessionToken = token;
    req.user = await userForToken(db, token, new Date());
  });

  await app.register(
    async (api) => {
      await metaRoutes(api, opts);
      await authRoutes(api, opts);
      await regionRoutes(api, opts);
      await roundRoutes(api, opts);
      await userRoutes(api, opts);
      await auditRoutes(api, opts);
      await objectionRoutes(api, opts);
      await proxyRoutes(api, opts);
      await representativeRoutes(api, opts);
      await voterRoutes(api, opts);
      await voterDocumentRoutes(api, opts);
      await scheduleRoutes(api, opts);
      await progressRoutes(api, opts);
      await electionCommitteeRoutes(api, opts);
      await seatPlanRoutes(api, opts);
      await nominationRoutes(api, opts);
      await reviewRoutes(api, opts);
      await candidateRoutes(api, opts);
      await pollingRoutes(api, opts);
      await ballotRoutes(api, opts);
      await voteRoutes(api, opts);
      await bodyRoutes(api, opts);
      await countEntryRoutes(api, opts);
      await resultDocumentRoutes(api, opts);
      await recallRoutes(api, opts);
      await checkinRoutes(api, opts);
      await resultRoutes(api, opts);
      await statisticsRoutes(api, opts);
      await complaintRoutes(api, opts);
      await riskRoutes(api, opts);
      await notificationRoutes(api, opts);
      await workRecordRoutes(api, opts);
      await archiveRoutes(api, opts);
      await summaryRoutes(api, opts);
    },
    { prefix: '/api' },
  );

  const serveWeb = Boolean(opts.webDist && existsSync(opts.webDist));
  if (serveWeb) await app.register(fastifyStatic, { root: opts.webDist!, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes in the browser: every non-API path gets its index.html.
    if (serveWeb && !req.url.startsWith('/api/') && req.method === 'GET') {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ code: 'NOT_FOUND', message: `没有这个接口：${req.method} ${req.url}` });
  });
  const built = app as unknown as HuanjieApp;
  built[API_ROUTES] = routes;
  return built;
}
