/**
 * 计票统计表与选举结果（issue 6）：各票箱计票统计表的两次录入与核对；计算结果；报送乡镇、乡镇确认（锁定）与
 * 退回修改；据结果另行安排的再次投票、另行选举；计票数据下载（huanjie-scenario/1）；乡镇的选举结果总览。
 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import { forbidden } from '../../http/errors.js';
import { areaResults } from '../../polling-day/result/area.js';
import { computeResult, withdrawResult } from '../../polling-day/result/compute.js';
import { openFollowUp } from '../../polling-day/result/follow-ups.js';
import { moveResult } from '../../polling-day/result/lifecycle.js';
import { buildScenario } from '../../polling-day/result/scenario.js';
import { resultView } from '../../polling-day/result/view.js';
import { sheetBoxStatuses } from '../../polling-day/sheets/boxes.js';
import { saveSheet, sheetsClosedReason } from '../../polling-day/sheets/save.js';
import { requireVote, VOTE_KIND_LABELS } from '../../polling-day/votes.js';
import { getRoundRow } from '../../rounds/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requireScope, requireUser } from '../context.js';
import { civilDate, readVillage, writeVillage } from '../village-access.js';
import { voteParams } from './votes.js';

const tags = ['选举结果'];
const count = (what: string) =>
  z
    .number({ error: `${what}必须是数字` })
    .int(`${what}必须是整数`)
    .min(0, `${what}不能小于 0`)
    .max(1_000_000);
const sheetBody = z.object({
  collected: count('收回选票'),
  voidBallots: count('废票'),
  votes: z.record(z.string().min(1), z.record(z.string().min(1), count('得票数'))).default({}),
  recallYes: count('赞成票').nullish(),
  recallNo: count('反对票').nullish(),
});
const reasonBody = z.object({
  reason: z.string().trim().min(1, '请填写理由').max(500, '理由不能超过 500 字'),
});
const areaParams = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位（县）或 9 位（乡镇）'),
});

export async function resultRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/votes/:voteId';

  r.get(
    `${base}/sheets`,
    {
      schema: {
        tags,
        summary: '各票箱的计票统计表：两次录入、核对结果、两份是否一致',
        params: voteParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const vote = await requireVote(db, vr, req.params.voteId);
      const { boxes, names } = await sheetBoxStatuses(db, vr, vote);
      return {
        vote: {
          ...vote,
          result: undefined,
          reasons: undefined,
          resultJson: undefined,
          scenarioJson: undefined,
          kindLabel: VOTE_KIND_LABELS[vote.kind],
        },
        closedReason: sheetsClosedReason(vote),
        tally: {
          crossOffice: vr.ruleSet.tally.crossOffice,
          overcollectionBase: vr.ruleSet.tally.overcollectionBase,
        },
        boxes,
        names: Object.fromEntries(names),
      };
    },
  );

  r.put(
    `${base}/sheets/:placeId/:set`,
    {
      schema: {
        tags,
        summary: '录入或更正一个票箱的计票统计表（第 1 份或第 2 份，须由两人分别录入）',
        params: voteParams.extend({
          placeId: z.string().min(1),
          set: z.enum(['1', '2'], { error: '录入次序只能是 1 或 2' }),
        }),
        body: sheetBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.enter');
      const check = await saveSheet(
        db,
        actorOf(user),
        vr,
        req.params.voteId,
        req.params.placeId,
        Number(req.params.set) as 1 | 2,
        req.body,
      );
      return { warnings: check.warnings };
    },
  );

  r.get(
    `${base}/result`,
    {
      schema: {
        tags,
        summary: '一次投票的结果：各票箱是否就绪、各职务得票、当选、理由、需要另行安排的投票',
        params: voteParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return resultView(db, vr, await requireVote(db, vr, req.params.voteId));
    },
  );

  r.post(
    `${base}/result`,
    {
      schema: {
        tags,
        summary: '计算结果：各票箱计票完成后由计票引擎计算（计票中 → 已计算结果）',
        params: voteParams,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const { vote, boxes } = await computeResult(db, actorOf(user), vr, req.params.voteId);
      return resultView(db, vr, vote, boxes);
    },
  );

  r.post(
    `${base}/result/withdraw`,
    {
      schema: {
        tags,
        summary: '撤回尚未报送的结果，以便更正计票（已计算结果 → 计票中，须说明理由）',
        params: voteParams,
        body: reasonBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await withdrawResult(db, actorOf(user), vr, req.params.voteId, req.body.reason);
      return resultView(db, vr, vote);
    },
  );

  r.post(
    `${base}/result/report`,
    { schema: { tags, summary: '把结果报送乡镇（已计算结果 → 已报送乡镇）', params: voteParams } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await moveResult(db, actorOf(user), vr, req.params.voteId, 'report');
      return resultView(db, vr, vote);
    },
  );

  r.post(
    `${base}/result/confirm`,
    {
      schema: {
        tags,
        summary: '乡镇确认结果：结果锁定，当选人进入村（居）委会成员名单',
        params: voteParams,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'result.confirm');
      const vote = await moveResult(db, actorOf(user), vr, req.params.voteId, 'confirm');
      return resultView(db, vr, vote);
    },
  );

  r.post(
    `${base}/result/reopen`,
    {
      schema: {
        tags,
        summary: '乡镇退回修改：已报送或已确认的结果退回（→ 已计算结果），须说明理由，记入审计',
        params: voteParams,
        body: reasonBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'result.confirm');
      const vote = await moveResult(db, actorOf(user), vr, req.params.voteId, 'reopen', req.body.reason);
      return resultView(db, vr, vote);
    },
  );

  r.post(
    `${base}/follow-ups`,
    {
      schema: {
        tags,
        summary: '按结果开始下一次投票：票数相等再次投票、亲属回避再次投票、另行选举，或重新投票',
        params: voteParams,
        body: z.object({
          kind: z.enum(['repeat', 'tie-revote', 'kin-revote', 'runoff'], {
            error:
              '类型只能是 repeat（重新投票）、tie-revote（票数相等再次投票）、kin-revote（亲属回避再次投票）或 runoff（另行选举）',
          }),
          pollingDate: civilDate,
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await openFollowUp(db, actorOf(user), vr, req.params.voteId, {
        kind: req.body.kind,
        pollingDate: req.body.pollingDate as IsoDate,
      });
      reply.code(201);
      return { ...vote, kindLabel: VOTE_KIND_LABELS[vote.kind] };
    },
  );

  r.get(
    `${base}/scenario.json`,
    {
      schema: {
        tags,
        summary: '下载计票数据（huanjie-scenario/1）：计算结果所用的同一份数据，可用 huanjie tally 独立复核',
        params: voteParams,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const vote = await requireVote(db, vr, req.params.voteId);
      // once counted, the very document the result came from; before that, what the boxes hold now
      const text = vote.scenarioJson ?? JSON.stringify(await buildScenario(db, vr, vote), null, 2);
      const file = `scenario-${vr.villageCode}-${vote.seq}.json`;
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(`${text}\n`);
    },
  );

  r.get(
    '/rounds/:id/areas/:code/results',
    {
      schema: {
        tags,
        summary: '乡镇（县）选举结果总览：辖区内各村最近一次投票的状态和当选人，待确认的在前',
        params: areaParams,
      },
    },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const round = await getRoundRow(db, req.params.id);
      if (!inScope(user.regionCode, round.regionCode) && !inScope(round.regionCode, user.regionCode))
        throw forbidden('无权查看该换届');
      return areaResults(db, round, req.params.code);
    },
  );
}
