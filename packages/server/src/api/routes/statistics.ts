/** 统计分析：本次换届的参选率、班子结构、一肩挑、交叉任职等（种子 §9），图表数据导出 xlsx，县级目标。 */
import {
  ageBandsProblem,
  CHART_IDS,
  CHART_TITLES,
  chartTable,
  DEFAULT_AGE_BANDS,
  INDICATOR_IDS,
  type IndicatorId,
} from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../http/errors.js';
import { areaStatistics } from '../../statistics/service.js';
import { setTargets, targetList } from '../../statistics/targets.js';
import { chartXlsx } from '../../statistics/xlsx.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { areaCode, roundArea } from '../round-area.js';

const tags = ['统计分析'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idParams = z.object({ id: z.string().min(1) });

/** '35,45,55' → [35, 45, 55]; the default bands when absent. */
const bands = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s.trim() === '') return [...DEFAULT_AGE_BANDS];
    const list = s
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map((x) => (/^\d+$/.test(x) ? Number(x) : Number.NaN));
    const problem = ageBandsProblem(list);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return list;
  });

const statsQuery = z.object({ area: areaCode.optional(), bands });

export async function statisticsRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  r.get(
    '/rounds/:id/statistics',
    {
      schema: {
        tags,
        summary:
          '本区域的换届统计：参选率及较上届变化、一肩挑、交叉任职、两委人数、分职务性别、年龄段、文化程度、党员、连选连任、民族、各村覆盖情况，下辖乡镇（村）的同口径数字，县定目标及差距',
        params: idParams,
        querystring: statsQuery,
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const stats = await areaStatistics(db, round, area, req.query.bands);
      return { roundId: round.id, roundName: round.name, bands: req.query.bands, ...stats };
    },
  );

  r.get(
    '/rounds/:id/statistics.xlsx',
    {
      schema: {
        tags,
        summary: '导出一个图表的数据（xlsx，中文表头）',
        params: idParams,
        querystring: statsQuery.extend({
          chart: z.enum(CHART_IDS, { error: `图表只能是：${CHART_IDS.join('、')}` }),
        }),
      },
    },
    async (req, reply) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const stats = await areaStatistics(db, round, area, req.query.bands);
      const table = chartTable(stats, req.query.chart);
      const file = `${stats.area.name}-${CHART_TITLES[req.query.chart]}.xlsx`;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file)}`)
        .send(await chartXlsx(table, stats.area.name, round.name, stats.referenceDate));
    },
  );

  r.get(
    '/rounds/:id/targets',
    {
      schema: {
        tags,
        summary: '县级换届办设定的统计目标（基点：9000 = 90.00%）',
        params: idParams,
        querystring: z.object({ area: areaCode.optional() }),
      },
    },
    async (req) => {
      const { round } = await roundArea(db, req, req.params.id, req.query.area);
      return { items: await targetList(db, round) };
    },
  );

  r.put(
    '/rounds/:id/targets',
    {
      schema: {
        tags,
        summary: '县级换届办设定统计目标（整表替换；记入审计日志）',
        params: idParams,
        body: z.object({
          items: z
            .array(
              z.object({
                indicator: z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]], {
                  error: `指标只能是：${INDICATOR_IDS.join('、')}`,
                }),
                targetBp: z
                  .number({ error: '目标值应为数字' })
                  .int('目标值应为整数（基点，9000 = 90.00%）')
                  .min(0, '目标值不能小于 0')
                  .max(10000, '目标值不能大于 10000（100%）'),
              }),
            )
            .max(INDICATOR_IDS.length, '目标过多'),
        }),
      },
    },
    async (req) => {
      const { user, round } = await roundArea(db, req, req.params.id, undefined, 'targets.set');
      if (user.regionCode.length !== 6 || round.countyCode !== user.regionCode)
        throw badRequest('目标：只有本县换届办可以设定统计目标');
      const seen = new Set<string>();
      for (const t of req.body.items) {
        if (seen.has(t.indicator)) throw badRequest(`指标：${t.indicator} 出现了两次`);
        seen.add(t.indicator);
      }
      return { items: await setTargets(db, actorOf(user), round, req.body.items) };
    },
  );
}
