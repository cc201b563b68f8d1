/** 选票（issue 5 item 9）：选票样式与预留数、各投票地点印票数、编号印制、票样和选票 PDF。 */
import { BALLOT_LAYOUTS, BALLOT_PAPERS, type IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runBallotsDocument, sampleBallotDocument } from '../../preparation/ballots/documents.js';
import { generateRun, saveSettings } from '../../preparation/ballots/service.js';
import { ballotState } from '../../preparation/ballots/state.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['选票'];
const pdf = { 'content-type': 'application/pdf' };
const layout = z.enum(BALLOT_LAYOUTS, { error: '选票样式只能是 single（一张选票）或 per-office（分职位）' });
const paper = z.enum(BALLOT_PAPERS, { error: '纸张只能是 A4 或 A3' });
const reserveKind = z.enum(['number', 'percent'], {
  error: '预留方式只能是 number（张数）或 percent（比例）',
});
const reserveValue = z.coerce
  .number({ error: '预留数应为整数' })
  .int('预留数应为整数')
  .min(0, '预留数不能为负')
  .max(10000, '预留数不超过10000');

export async function ballotRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/ballots';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '选票：样式设置、选票内容（按姓氏笔画）、填写说明、各投票地点印票数、当前印制批次及编号段',
        params: villageParams,
        querystring: z.object({ layout: layout.optional() }),
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      // ?layout= previews a layout before the committee saves it; counts and the run are unchanged
      const { election, seatPlan, ...rest } = await ballotState(
        db,
        vr,
        req.query.layout ? { layout: req.query.layout } : undefined,
      );
      return {
        ...rest,
        electionId: election.id,
        seatPlan: seatPlan ? { status: seatPlan.status, nominationMode: seatPlan.nominationMode } : null,
      };
    },
  );

  r.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: '村民选举委员会确定选票样式、纸张和每个投票地点的预留数',
        params: villageParams,
        body: z.object({
          layout,
          paper,
          reserve: z.object({ kind: reserveKind, value: reserveValue }),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return saveSettings(db, actorOf(user), vr, req.body);
    },
  );

  r.post(
    `${base}/runs`,
    {
      schema: {
        tags,
        summary: '生成编号选票（按各投票地点选民数加预留数分配编号段；重新生成时编号接续，不重号）',
        params: villageParams,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return reply.code(201).send(await generateRun(db, actorOf(user), vr, chinaToday() as IsoDate));
    },
  );

  r.get(
    `${base}/sample.pdf`,
    {
      schema: {
        tags,
        summary: '票样（PDF，斜印“样票”，供张贴；可带未保存的样式预览）',
        params: villageParams,
        querystring: z.object({
          layout: layout.optional(),
          paper: paper.optional(),
        }),
      },
    },
    async (req, reply) => {
      // The sample is posted publicly: anyone who may read the village may print it.
      const { vr } = await readVillage(db, req, req.params);
      const body = await sampleBallotDocument(db, vr, {
        ...(req.query.layout && { layout: req.query.layout }),
        ...(req.query.paper && { paper: req.query.paper }),
      });
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    `${base}/runs/:runId/ballots.pdf`,
    {
      schema: {
        tags,
        summary: '编号选票（PDF，一页一张；可只印一个投票地点的编号段）',
        params: villageParams.extend({ runId: z.string().min(1) }),
        querystring: z.object({ place: z.string().min(1).optional() }),
      },
    },
    async (req, reply) => {
      // Numbered ballots are what voters cast: printing them is committee work, not a read.
      const { vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const body = await runBallotsDocument(db, vr, req.params.runId, req.query.place);
      return reply.headers(pdf).send(body);
    },
  );
}
