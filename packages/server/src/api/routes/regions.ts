/** The division tree, its villages with where they stand, and 规模调整村 (county offices only). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import { addVillage, mergeVillages, renameVillage, splitVillage } from '../../regions/adjust.js';
import { childRegions, getRegion, regionHistory, regionPath, villagesUnder } from '../../regions/queries.js';
import { villageRoundStates } from '../../rounds/village-status.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope, requireUser } from '../context.js';
import { isoDate, regionCode } from '../dto.js';

const codeParams = z.object({ code: regionCode });
const villageInput = z.object({
  code: z.string().regex(/^\d{12}$/, '村级区划代码应为 12 位数字'),
  name: z.string().trim().min(1, '请填写名称').max(50),
});
const today = () => new Date().toISOString().slice(0, 10);

export async function regionRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['区划'];

  r.get(
    '/regions/:code',
    { schema: { tags, summary: '区划详情及其上级路径（inScope 标明本人可打开的层级）', params: codeParams } },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const region = await getRegion(db, req.params.code);
      const path = await regionPath(db, region.code);
      return {
        code: region.code,
        name: region.name,
        level: region.level,
        kind: region.kind,
        parentCode: region.parentCode,
        status: region.status,
        endedOn: region.endedOn,
        // Ancestors' names are shown for orientation; only those in scope may be opened.
        path: path.map((p) => ({
          code: p.code,
          name: p.name,
          level: p.level,
          inScope: inScope(user.regionCode, p.code),
        })),
      };
    },
  );

  r.get(
    '/regions/:code/children',
    { schema: { tags, summary: '下级区划', params: codeParams } },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      return { items: await childRegions(db, req.params.code) };
    },
  );

  r.get(
    '/regions/:code/villages',
    {
      schema: {
        tags,
        summary: '辖区内的村（社区）及其换届进度',
        params: codeParams,
        querystring: z.object({ roundId: z.string().optional() }),
      },
    },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const region = await getRegion(db, req.params.code);
      const villages = region.level === 'village' ? [region] : await villagesUnder(db, region.code);
      const townships = new Map<string, string>();
      for (const v of villages)
        if (v.parentCode && !townships.has(v.parentCode)) townships.set(v.parentCode, '');
      for (const code of townships.keys()) townships.set(code, (await getRegion(db, code)).name);
      const states = await villageRoundStates(db, region.code, req.query.roundId);
      return {
        items: villages.map((v) => {
          const s = states.get(v.code);
          return {
            code: v.code,
            name: v.name,
            kind: v.kind,
            status: v.status,
            townshipCode: v.parentCode,
            townshipName: v.parentCode ? (townships.get(v.parentCode) ?? '') : '',
            roundId: s?.roundId ?? null,
            electionDay: s?.electionDay ?? null,
            roundStatus: s?.status ?? null,
            postponedReason: s?.postponedReason ?? null,
            elections: s?.elections ?? [],
          };
        }),
      };
    },
  );

  r.get(
    '/regions/:code/history',
    { schema: { tags, summary: '规模调整历史', params: codeParams } },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const rows = await regionHistory(db, req.params.code);
      return {
        items: rows.map((c) => ({
          id: c.id,
          at: c.createdAt,
          effectiveDate: c.effectiveDate,
          kind: c.kind,
          reason: c.reason,
          actorName: c.actorName,
          details: c.details,
        })),
      };
    },
  );

  r.post(
    '/regions/:code/villages',
    {
      schema: {
        tags,
        summary: '在乡镇下增设村（社区）',
        params: codeParams,
        body: villageInput.extend({
          kind: z.enum(['village', 'community']),
          reason: z.string().trim().min(1, '请填写原因'),
          effectiveDate: isoDate.optional(),
        }),
      },
    },
    async (req, reply) => {
      const user = requirePermission(req, 'region.adjust');
      requireScope(user, req.params.code);
      const row = await addVillage(db, actorOf(user), req.params.code, {
        ...req.body,
        effectiveDate: req.body.effectiveDate ?? today(),
      });
      return reply.code(201).send(row);
    },
  );

  r.patch(
    '/regions/:code',
    {
      schema: {
        tags,
        summary: '村（社区）更名',
        params: codeParams,
        body: z.object({
          name: z.string().trim().min(1, '请填写名称').max(50),
          reason: z.string().trim().min(1, '请填写原因'),
          effectiveDate: isoDate.optional(),
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'region.adjust');
      requireScope(user, req.params.code);
      return renameVillage(
        db,
        actorOf(user),
        req.params.code,
        req.body.name,
        req.body.reason,
        req.body.effectiveDate ?? today(),
      );
    },
  );

  r.post(
    '/regions/merge',
    {
      schema: {
        tags,
        summary: '合并村（社区）',
        body: z.object({
          fromCodes: z.array(regionCode).min(1, '请选择被合并的村'),
          into: z.union([villageInput, z.object({ existingCode: regionCode })]),
          reason: z.string().trim().min(1, '请填写原因'),
          effectiveDate: isoDate,
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'region.adjust');
      for (const code of req.body.fromCodes) requireScope(user, code);
      if ('code' in req.body.into) requireScope(user, req.body.into.code);
      else requireScope(user, req.body.into.existingCode);
      return mergeVillages(db, actorOf(user), req.body);
    },
  );

  r.post(
    '/regions/:code/split',
    {
      schema: {
        tags,
        summary: '拆分村（社区）',
        params: codeParams,
        body: z.object({
          into: z.array(villageInput).min(2, '拆分至少应产生两个村'),
          reason: z.string().trim().min(1, '请填写原因'),
          effectiveDate: isoDate,
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'region.adjust');
      requireScope(user, req.params.code);
      for (const v of req.body.into) requireScope(user, v.code);
      return { items: await splitVillage(db, actorOf(user), req.params.code, req.body) };
    },
  );
}
