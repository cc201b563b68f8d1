/** 风险台账：村红橙绿研判及其历史、风险点与销号、信息直报员每日直报、每周台账 xlsx（种子 §10.1–10.2）。 */
import { type IsoDate, weekOf } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RISK_LEVELS } from '../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import { chinaToday } from '../../registration/today.js';
import { weeklyLedgerXlsx } from '../../risk/ledger-xlsx.js';
import {
  addRiskItem,
  addRiskReport,
  areaReports,
  closeRiskItem,
  rateVillage,
  riskLedger,
  villageRisk,
} from '../../risk/service.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { areaCode, roundArea } from '../round-area.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';
import { riskItemBody } from './complaints.js';

const tags = ['风险台账'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idParams = z.object({ id: z.string().min(1) });
const level = z.enum(RISK_LEVELS, { error: '风险等级只能是 red（红）、orange（橙）或 green（绿）' });

export async function riskRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/risk';

  r.get(
    '/rounds/:id/risk',
    {
      schema: {
        tags,
        summary: '本区域各村的风险等级、理由和风险点，按颜色计数',
        params: idParams,
        querystring: z.object({ area: areaCode.optional() }),
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const today = chinaToday();
      const ledger = await riskLedger(db, round, area, today);
      return { area, today, week: weekOf(today), ...ledger };
    },
  );

  r.get(
    '/rounds/:id/risk/reports',
    {
      schema: {
        tags,
        summary: '本区域信息直报员的每日直报（默认本周）',
        params: idParams,
        querystring: z.object({
          area: areaCode.optional(),
          from: civilDate.optional(),
          to: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const week = weekOf(chinaToday());
      const from = (req.query.from ?? week.start) as IsoDate;
      const to = (req.query.to ?? week.end) as IsoDate;
      if (to < from) throw badRequest('截止日期：不能早于开始日期');
      return { from, to, items: await areaReports(db, round, area, from, to) };
    },
  );

  r.get(
    '/rounds/:id/risk/ledger.xlsx',
    {
      schema: {
        tags,
        summary: '下载每周风险台账（xlsx：村风险研判、风险点、本周每日直报）；week 为该周任一天，默认本周',
        params: idParams,
        querystring: z.object({ area: areaCode.optional(), week: civilDate.optional() }),
      },
    },
    async (req, reply) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const today = chinaToday();
      const week = weekOf((req.query.week ?? today) as IsoDate);
      const body = await weeklyLedgerXlsx(db, round, area, week, today);
      const file = `风险台账-${week.start}至${week.end}.xlsx`;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file)}`)
        .send(body);
    },
  );

  r.get(
    base,
    { schema: { tags, summary: '一个村的风险等级、研判历史、风险点和每日直报', params: villageParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return villageRisk(db, vr);
    },
  );

  r.put(
    `${base}/rating`,
    {
      schema: {
        tags,
        summary: '研判村风险等级（红橙绿）并写明理由；转为红色时通知乡镇',
        params: villageParams,
        body: z.object({
          level,
          riskReasons: z
            .array(z.string().trim().max(200, '每条理由不超过200字'), { error: '研判理由须为列表' })
            .max(20),
          note: z.string().trim().max(1000, '说明不超过1000字').optional(),
          ratedOn: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      const today = chinaToday();
      const ratedOn = (req.body.ratedOn ?? today) as IsoDate;
      if (ratedOn > today) throw badRequest(`研判日期：不能晚于今天（${today}）`);
      return rateVillage(db, actorOf(user), vr, {
        level: req.body.level,
        reasons: req.body.riskReasons,
        note: req.body.note,
        ratedOn,
      });
    },
  );

  r.post(
    `${base}/items`,
    {
      schema: {
        tags,
        summary: '新增风险点（责任人、防控措施、销号时限）',
        params: villageParams,
        body: riskItemBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      const today = chinaToday();
      const row = await addRiskItem(db, actorOf(user), vr, {
        ...req.body,
        dueOn: req.body.dueOn as IsoDate,
        foundOn: (req.body.foundOn ?? today) as IsoDate,
      });
      return reply.code(201).send(row);
    },
  );

  r.post(
    `${base}/items/:itemId/close`,
    {
      schema: {
        tags,
        summary: '风险点销号：写明化解情况',
        params: villageParams.extend({ itemId: z.string().min(1) }),
        body: z.object({
          closedNote: z.string().trim().min(1, '请写明化解情况').max(1000, '销号说明不超过1000字'),
          closedOn: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      const today = chinaToday();
      const closedOn = (req.body.closedOn ?? today) as IsoDate;
      if (closedOn > today) throw badRequest(`销号日期：不能晚于今天（${today}）`);
      return closeRiskItem(db, actorOf(user), vr, req.params.itemId, {
        closedOn,
        closedNote: req.body.closedNote,
      });
    },
  );

  r.post(
    `${base}/reports`,
    {
      schema: {
        tags,
        summary: '信息直报员每日直报（每日情况报告制）：平安无事或有情况，可建议风险等级',
        params: villageParams,
        body: z.object({
          reportDate: civilDate.optional(),
          reporterName: z.string().trim().min(1, '请填写直报员姓名').max(50, '姓名不超过50字'),
          reporterPhone: z.string().trim().max(30, '联系电话不超过30字').optional(),
          hasIssue: z.boolean({ error: '请选择有无情况' }),
          situation: z.string().trim().max(2000, '情况说明不超过2000字').default(''),
          suggestedLevel: level.nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'risk.report');
      const today = chinaToday();
      const reportDate = (req.body.reportDate ?? today) as IsoDate;
      if (reportDate > today) throw badRequest(`报告日期：不能晚于今天（${today}）`);
      const row = await addRiskReport(db, actorOf(user), vr, { ...req.body, reportDate });
      return reply.code(201).send(row);
    },
  );
}
