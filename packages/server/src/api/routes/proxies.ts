/** Proxy voting (委托投票): apply, approve or refuse, list; the published list and certificates as PDFs. */
import { type IsoDate, KIN_RELATIONS } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { proxyCertificatesDocument, proxyListDocument } from '../../registration/proxies/documents.js';
import { applyForProxy, approveProxy, listProxies, refuseProxy } from '../../registration/proxies/service.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const proxyParams = villageParams.extend({ proxyId: z.string().min(1) });

const applyBody = z.object({
  principalVoterId: z.string().min(1, '请选择委托人'),
  trusteeVoterId: z.string().min(1, '请选择受委托人'),
  relation: z.enum([...KIN_RELATIONS, 'none'], {
    error: '与委托人关系只能是 spouse、parent、child、sibling、grandparent、grandchild 或 none',
  }),
  reason: z.enum(['away', 'special', 'other'], {
    error: '委托事由只能是 away（外出）、special（其他特殊原因）或 other（其他原因）',
  }),
  appliedOn: civilDate,
});

export async function proxyRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['选民登记'];
  const base = '/rounds/:id/villages/:code/proxies';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '委托投票申请列表（可按状态筛选）',
        params: villageParams,
        querystring: z.object({ status: z.enum(['pending', 'approved', 'refused']).optional() }),
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return { items: await listProxies(db, vr, req.query.status) };
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '登记委托投票申请（按规则集审查，列出全部问题）',
        params: villageParams,
        body: applyBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const row = await applyForProxy(
        db,
        actorOf(user),
        vr,
        { ...req.body, appliedOn: req.body.appliedOn as IsoDate },
        chinaToday(),
      );
      return reply.code(201).send(row);
    },
  );

  r.post(
    `${base}/:proxyId/approve`,
    {
      schema: {
        tags,
        summary: '批准委托投票（仍有问题的不能批准）',
        params: proxyParams,
        body: z.object({ decidedOn: civilDate.optional() }).optional(),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      const today = chinaToday();
      const decidedOn = (req.body?.decidedOn ?? today) as IsoDate;
      return approveProxy(db, actorOf(user), vr, req.params.proxyId, decidedOn, today);
    },
  );

  r.post(
    `${base}/:proxyId/refuse`,
    {
      schema: {
        tags,
        summary: '不予批准委托投票（须写明理由）',
        params: proxyParams,
        body: z.object({
          reason: z.string().trim().min(1, '请填写不予批准的理由').max(500),
          decidedOn: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      const today = chinaToday();
      const decidedOn = (req.body.decidedOn ?? today) as IsoDate;
      return refuseProxy(
        db,
        actorOf(user),
        vr,
        req.params.proxyId,
        { reason: req.body.reason, decidedOn },
        today,
      );
    },
  );

  const docQuery = z.object({
    term: z.string().trim().min(1).max(20).optional(),
    pollingPlace: z.string().trim().min(1).max(60).optional(),
  });
  const pdf = { 'content-type': 'application/pdf' };

  r.get(
    '/rounds/:id/villages/:code/proxies.pdf',
    {
      schema: {
        tags,
        summary: '委托投票公告（PDF，经审核同意的委托）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await proxyListDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/proxy-certificates.pdf',
    {
      schema: {
        tags,
        summary: '委托投票证（PDF，每件同意的委托一张）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      // A certificate lets its holder collect ballots: issuing it is the election committee's act,
      // not a read, so observers and clerks may not print one.
      const { vr } = await writeVillage(db, req, req.params, 'registration.decide');
      const body = await proxyCertificatesDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );
}
