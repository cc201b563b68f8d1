/** 职数方案（issue 5 item 3）：村制定、检查、报送；乡镇审核同意、退回、重新打开；乡镇的辖区总览。 */
import { type IsoDate, SEAT_OFFICE_IDS } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import { forbidden } from '../../http/errors.js';
import { areaSeatPlans } from '../../preparation/seats/area.js';
import {
  approveSeatPlan,
  reopenSeatPlan,
  returnSeatPlan,
  reviewPlan,
  saveSeatPlan,
  seatPlanView,
  submitSeatPlan,
} from '../../preparation/seats/plan.js';
import { chinaToday } from '../../registration/today.js';
import { getRoundRow } from '../../rounds/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requireScope, requireUser } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const planBody = z.object({
  offices: z
    .array(
      z.object({
        id: z.enum(SEAT_OFFICE_IDS, {
          error: '职位只能是 chair（主任）、vice（副主任）、women（妇女委员）或 member（委员）',
        }),
        seats: z.number().int('职数必须是整数').min(0, '职数不能小于 0').max(20, '职数不能超过 20'),
      }),
    )
    .min(1, '职数：请至少设一个职位')
    .max(4, '职数：职位最多四种'),
  nominationMode: z.enum(['direct', 'self'], {
    error: '提名方式只能是 direct（选民直接提名）或 self（自荐直选）',
  }),
  oneShoulderIntent: z.boolean({ error: '一肩挑必须是 true 或 false' }),
});

const decideBody = z.object({
  decidedOn: civilDate.optional(),
  note: z.string().trim().max(500, '审核意见不超过 500 字').nullish(),
});

const areaParams = z.object({
  id: z.string().min(1),
  code: z
    .string()
    .regex(/^(\d{6}|\d{9}|\d{12})$/, '区域代码应为县（6 位）、乡镇（9 位）或村（12 位）区划代码'),
});

export async function seatPlanRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['职数方案'];
  const base = '/rounds/:id/villages/:code/seat-plan';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本村职数方案及按规则集的检查（尚未制定时给出建议方案）',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return seatPlanView(db, vr);
    },
  );

  r.post(
    `${base}/check`,
    {
      schema: {
        tags,
        summary: '按规则集检查一份职数方案（不保存），列出每一项不符合的规则',
        params: villageParams,
        body: planBody,
      },
    },
    async (req) => {
      const { vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return reviewPlan(vr, req.body);
    },
  );

  r.put(
    base,
    {
      schema: {
        tags,
        summary: '保存职数方案草稿（已报送或已审核同意的不能修改）',
        params: villageParams,
        body: planBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await saveSeatPlan(db, actorOf(user), vr, req.body);
      return seatPlanView(db, vr);
    },
  );

  r.post(
    `${base}/submit`,
    {
      schema: { tags, summary: '报乡镇审核（不符合规则的不能报送）', params: villageParams },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await submitSeatPlan(db, actorOf(user), vr);
      return seatPlanView(db, vr);
    },
  );

  r.post(
    `${base}/approve`,
    {
      schema: { tags, summary: '乡镇审核同意职数方案', params: villageParams, body: decideBody },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.approve');
      const today = chinaToday();
      await approveSeatPlan(
        db,
        actorOf(user),
        vr,
        { decidedOn: (req.body.decidedOn ?? today) as IsoDate, note: req.body.note },
        today,
      );
      return seatPlanView(db, vr);
    },
  );

  r.post(
    `${base}/return`,
    {
      schema: {
        tags,
        summary: '乡镇退回职数方案（须写明修改意见）',
        params: villageParams,
        body: decideBody.extend({ note: z.string().trim().min(1, '请填写退回意见').max(500) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.approve');
      const today = chinaToday();
      await returnSeatPlan(
        db,
        actorOf(user),
        vr,
        { decidedOn: (req.body.decidedOn ?? today) as IsoDate, note: req.body.note },
        today,
      );
      return seatPlanView(db, vr);
    },
  );

  r.post(
    `${base}/reopen`,
    {
      schema: {
        tags,
        summary: '乡镇重新打开已审核同意的职数方案（退回村修改，须写明理由）',
        params: villageParams,
        body: z.object({ reason: z.string().trim().min(1, '请填写重新打开的理由').max(500) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.approve');
      const { nominees } = await reopenSeatPlan(db, actorOf(user), vr, req.body);
      return { ...(await seatPlanView(db, vr)), nominees };
    },
  );

  r.get(
    '/rounds/:id/areas/:code/seat-plans',
    {
      schema: {
        tags,
        summary: '乡镇（县）职数方案总览：辖区内各村的方案和审核状态，待审核的在前',
        params: areaParams,
      },
    },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const round = await getRoundRow(db, req.params.id);
      if (!inScope(user.regionCode, round.regionCode) && !inScope(round.regionCode, user.regionCode))
        throw forbidden('无权查看该换届');
      return areaSeatPlans(db, round, req.params.code);
    },
  );
}
