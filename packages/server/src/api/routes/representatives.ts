/** Village representatives (村民代表): the register's households and groups, who was chosen, and the checks. */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../http/errors.js';
import {
  householdsOf,
  listRepresentatives,
  recordRepresentative,
  removeRepresentative,
} from '../../registration/representatives/service.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const repParams = villageParams.extend({ representativeId: z.string().min(1) });

const seats = z.coerce.number().int('必须是整数').min(0, '不能小于 0').max(99).default(0);

const recordBody = z.object({
  voterId: z.string().min(1, '请选择村民代表'),
  unitKind: z.enum(['households', 'group'], {
    error: '推选单位类型只能是 households（按户）或 group（村民小组）',
  }),
  householdNos: z.array(z.string().trim().min(1)).max(100).optional(),
  groupName: z.string().trim().max(40).nullish(),
  unitLabel: z.string().trim().max(80).nullish(),
  chosenOn: civilDate,
  votes: z.number().int('必须是整数').min(0, '不能小于 0').nullish(),
});

export async function representativeRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['村民代表'];
  const base = '/rounds/:id/villages/:code/representatives';

  r.get(
    '/rounds/:id/villages/:code/households',
    { schema: { tags, summary: '登记册中的户和村民小组（推选村民代表的单位）', params: villageParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return householdsOf(db, vr);
    },
  );

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '村民代表名单及规则检查（村民委员会成员人数、女性人数可选，默认 0）',
        params: villageParams,
        querystring: z.object({ committeeMembers: seats, committeeWomen: seats }),
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const { committeeMembers, committeeWomen } = req.query;
      if (committeeWomen > committeeMembers) throw badRequest('村民委员会女性成员人数：不能多于成员人数');
      return listRepresentatives(db, vr, { members: committeeMembers, women: committeeWomen });
    },
  );

  r.post(
    base,
    { schema: { tags, summary: '记录推选产生的村民代表', params: villageParams, body: recordBody } },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const row = await recordRepresentative(
        db,
        actorOf(user),
        vr,
        { ...req.body, chosenOn: req.body.chosenOn as IsoDate },
        chinaToday(),
      );
      return reply.code(201).send(row);
    },
  );

  r.delete(
    `${base}/:representativeId`,
    {
      schema: {
        tags,
        summary: '删除误录的村民代表记录（须写明原因）',
        params: repParams,
        querystring: z.object({ reason: z.string().trim().min(1, '请填写删除原因').max(200) }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      await removeRepresentative(db, actorOf(user), vr, req.params.representativeId, req.query.reason);
      return reply.code(204).send();
    },
  );
}
