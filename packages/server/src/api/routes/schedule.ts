/**
 * 日程（issue 5 item 1）: a village's schedule with every step's due day and status, manual
 * records of steps done, the township's or county's view of all its villages with the late
 * steps, the offices' local steps, and the county's statutory holidays (C-3).
 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import type { Tx } from '../../db/connect.js';
import { forbidden } from '../../http/errors.js';
import { deleteHolidayYear, holidayYears, setHolidayYear } from '../../preparation/schedule/holidays.js';
import {
  addLocalStep,
  deleteLocalStep,
  getLocalStep,
  localSteps,
  updateLocalStep,
} from '../../preparation/schedule/local-steps.js';
import {
  areaSchedule,
  markStepDone,
  undoStepRecord,
  villageSchedule,
} from '../../preparation/schedule/service.js';
import { chinaToday } from '../../registration/today.js';
import { getRoundRow } from '../../rounds/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope, requireUser } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const stepParams = villageParams.extend({
  stepId: z.string().min(1).max(80),
});

const roundParams = z.object({ id: z.string().min(1) });
const areaParams = roundParams.extend({
  code: z
    .string()
    .regex(/^(\d{6}|\d{9}|\d{12})$/, '区域代码应为县（6 位）、乡镇（9 位）或村（12 位）区划代码'),
});
const localStepParams = roundParams.extend({ stepId: z.string().min(1).max(80) });
const yearParams = roundParams.extend({
  year: z.coerce
    .number()
    .int()
    .min(2000, '年份应在 2000 至 2100 之间')
    .max(2100, '年份应在 2000 至 2100 之间'),
});

const recordBody = z.object({
  doneOn: civilDate,
  outcome: z
    .enum(['done', 'not-needed'], { error: '办理结果只能是 done（已完成）或 not-needed（无需办理）' })
    .default('done'),
  note: z.string().trim().max(500, '说明不超过 500 字').optional(),
});

const localStepBody = z.object({
  title: z.string().trim().min(1, '请填写步骤名称').max(60, '步骤名称不超过 60 字'),
  anchor: z.enum(['before', 'after'], { error: '时间只能是 before（选举日前）或 after（选举日后）' }),
  days: z.number().int('天数应为整数').min(0, '天数不能为负').max(365, '天数不超过 365'),
  basis: z.string().trim().min(1, '请填写依据（如县换届工作方案）').max(200, '依据不超过 200 字'),
});

const namedDay = z.object({
  day: civilDate,
  name: z.string().trim().min(1, '请填写节假日名称').max(30, '名称不超过 30 字'),
});
const holidayBody = z.object({
  weekendsOff: z.boolean({ error: '请选择周六、周日是否计为休假日' }),
  holidays: z.array(namedDay).max(80, '节假日不超过 80 天'),
  workdays: z.array(namedDay).max(20, '调休上班日不超过 20 天'),
});

/** A round is visible to users inside its region, and to users of a township or village it covers. */
async function visibleRound(db: Tx, req: FastifyRequest, id: string) {
  const user = requireUser(req);
  const round = await getRoundRow(db, id);
  if (!inScope(user.regionCode, round.regionCode) && !inScope(round.regionCode, user.regionCode))
    throw forbidden('无权查看该换届');
  return { user, round };
}

export async function scheduleRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['日程'];
  const base = '/rounds/:id/villages/:code/schedule';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本村日程：各步骤的期限（按选举日和规则集计算）、状态和办理人',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return villageSchedule(db, vr, chinaToday());
    },
  );

  r.post(
    `${base}/:stepId`,
    {
      schema: {
        tags,
        summary: '手工记录步骤已完成（或本村无需办理），写明日期',
        params: stepParams,
        body: recordBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return markStepDone(
        db,
        actorOf(user),
        vr,
        req.params.stepId,
        {
          doneOn: req.body.doneOn as IsoDate,
          outcome: req.body.outcome,
          note: req.body.note || null,
        },
        chinaToday(),
      );
    },
  );

  r.delete(
    `${base}/:stepId`,
    {
      schema: { tags, summary: '撤销误记的手工完成记录', params: stepParams },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return undoStepRecord(db, actorOf(user), vr, req.params.stepId, chinaToday());
    },
  );

  r.get(
    '/rounds/:id/areas/:code/schedule',
    {
      schema: {
        tags,
        summary: '乡镇（县）日程总览：辖区内各村的日程和逾期步骤',
        params: areaParams,
      },
    },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const { round } = await visibleRound(db, req, req.params.id);
      return areaSchedule(db, round, req.params.code, chinaToday());
    },
  );

  r.get(
    '/rounds/:id/local-steps',
    { schema: { tags, summary: '本次换届的本地步骤（县、乡镇换届工作方案中的步骤）', params: roundParams } },
    async (req) => {
      const { user, round } = await visibleRound(db, req, req.params.id);
      return { items: await localSteps(db, round, user.regionCode) };
    },
  );

  r.post(
    '/rounds/:id/local-steps',
    {
      schema: {
        tags,
        summary: '添加本地步骤（列入辖区内各村日程）',
        params: roundParams,
        body: localStepBody.extend({
          regionCode: z.string().regex(/^(\d{6}|\d{9})$/, '区域应为县（6 位）或乡镇（9 位）区划代码'),
        }),
      },
    },
    async (req, reply) => {
      const user = requirePermission(req, 'preparation.approve');
      requireScope(user, req.body.regionCode);
      const { round } = await visibleRound(db, req, req.params.id);
      const { regionCode, ...input } = req.body;
      return reply.code(201).send(await addLocalStep(db, actorOf(user), round, regionCode, input));
    },
  );

  r.put(
    '/rounds/:id/local-steps/:stepId',
    {
      schema: { tags, summary: '修改本地步骤', params: localStepParams, body: localStepBody },
    },
    async (req) => {
      const user = requirePermission(req, 'preparation.approve');
      const { round } = await visibleRound(db, req, req.params.id);
      const step = await getLocalStep(db, round, req.params.stepId);
      requireScope(user, step.regionCode);
      return updateLocalStep(db, actorOf(user), step, req.body);
    },
  );

  r.delete(
    '/rounds/:id/local-steps/:stepId',
    {
      schema: { tags, summary: '删除本地步骤（连同各村的完成记录）', params: localStepParams },
    },
    async (req, reply) => {
      const user = requirePermission(req, 'preparation.approve');
      const { round } = await visibleRound(db, req, req.params.id);
      const step = await getLocalStep(db, round, req.params.stepId);
      requireScope(user, step.regionCode);
      await deleteLocalStep(db, actorOf(user), step);
      return reply.code(204).send();
    },
  );

  /** Holidays are the county's: entered once, used by all its rounds. */
  const countyOffice = async (req: FastifyRequest, id: string) => {
    const user = requirePermission(req, 'round.manage');
    const { round } = await visibleRound(db, req, id);
    if (user.regionCode.length > 6) throw forbidden('法定节假日由县换届办统一录入，您无权修改');
    requireScope(user, round.countyCode);
    return { user, round };
  };

  r.get(
    '/rounds/:id/holidays',
    { schema: { tags, summary: '本县录入的法定节假日（期间届满日遇节假日顺延，C-3）', params: roundParams } },
    async (req) => {
      const { round } = await visibleRound(db, req, req.params.id);
      return { countyCode: round.countyCode, items: await holidayYears(db, round.countyCode) };
    },
  );

  r.put(
    '/rounds/:id/holidays/:year',
    {
      schema: {
        tags,
        summary: '录入某一年的法定节假日和调休上班日（县换届办）',
        params: yearParams,
        body: holidayBody,
      },
    },
    async (req) => {
      const { user, round } = await countyOffice(req, req.params.id);
      return setHolidayYear(db, actorOf(user), round.countyCode, req.params.year, req.body);
    },
  );

  r.delete(
    '/rounds/:id/holidays/:year',
    { schema: { tags, summary: '删除某一年的法定节假日（县换届办）', params: yearParams } },
    async (req, reply) => {
      const { user, round } = await countyOffice(req, req.params.id);
      await deleteHolidayYear(db, actorOf(user), round.countyCode, req.params.year);
      return reply.code(204).send();
    },
  );
}
