/** 工作记录（issue 7）：乡镇、县换届办登记的培训、宣传、风险研判会议、督导检查、谈心谈话，供工作总结的“主要做法”统计。 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WORK_KINDS } from '../../db/schema.js';
import {
  addWorkRecord,
  deleteWorkRecord,
  updateWorkRecord,
  WORK_KIND_INFO,
  workRecordsOf,
} from '../../work-records/service.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { roundArea } from '../round-area.js';
import { civilDate } from '../village-access.js';

const tags = ['工作记录'];
const count = (what: string, min: number) =>
  z
    .number({ error: `${what}必须是数字` })
    .int(`${what}必须是整数`)
    .min(min, `${what}不能小于 ${min}`)
    .max(10_000_000, `${what}过大`);
const body = z.object({
  kind: z.enum(WORK_KINDS, {
    error: `类型只能是：${WORK_KINDS.map((k) => `${k}（${WORK_KIND_INFO[k].title}）`).join('、')}`,
  }),
  title: z.string().trim().min(1, '请填写标题').max(200, '标题不超过200字'),
  heldOn: civilDate,
  quantity: count('数量', 1).default(1),
  people: count('人数', 0).default(0),
  note: z.string().trim().max(1000, '备注不超过1000字').nullish(),
});
const areaParams = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{6}(\d{3})?$/, '区域应为县（6 位）或乡镇（9 位）区划代码'),
});
const recordParams = areaParams.extend({ recordId: z.string().min(1) });

export async function workRecordRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/areas/:code/work-records';
  const input = (b: z.infer<typeof body>) => ({
    kind: b.kind,
    title: b.title,
    heldOn: b.heldOn as IsoDate,
    quantity: b.quantity,
    people: b.people,
    note: b.note ?? null,
  });

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本乡镇（县）及下辖各级登记的工作记录，按类型合计期数（份数、次数）和人数（人次）',
        params: areaParams,
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.params.code);
      const { records, sums } = await workRecordsOf(db, round, area);
      return {
        kinds: WORK_KINDS.map((k) => ({ kind: k, ...WORK_KIND_INFO[k] })),
        records,
        sums,
      };
    },
  );

  r.post(
    base,
    { schema: { tags, summary: '登记一条工作记录（记入审计日志）', params: areaParams, body } },
    async (req, reply) => {
      const { user, round, area } = await roundArea(db, req, req.params.id, req.params.code, 'round.manage');
      const row = await addWorkRecord(db, actorOf(user), round, area, input(req.body));
      reply.code(201);
      return row;
    },
  );

  r.put(
    `${base}/:recordId`,
    { schema: { tags, summary: '修改一条工作记录（修改前后记入审计日志）', params: recordParams, body } },
    async (req) => {
      const { user, round, area } = await roundArea(db, req, req.params.id, req.params.code, 'round.manage');
      return updateWorkRecord(db, actorOf(user), round, area, req.params.recordId, input(req.body));
    },
  );

  r.delete(
    `${base}/:recordId`,
    { schema: { tags, summary: '删除一条工作记录（原记录记入审计日志）', params: recordParams } },
    async (req, reply) => {
      const { user, round, area } = await roundArea(db, req, req.params.id, req.params.code, 'round.manage');
      await deleteWorkRecord(db, actorOf(user), round, area, req.params.recordId);
      return reply.code(204).send();
    },
  );
}
