/**
 * 签到发票（issue 6）：投票日按选民证二维码或姓名、身份证号找到选民，看能否在本投票地点领票；发票（一证一票，
 * 委托代领每位委托人一张）；发错时撤销（须写理由）；各投票地点实时发票数、投票率；选委会结束投票。
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, type Role } from '../../auth/roles.js';
import { cancelIssue } from '../../polling-day/checkin/cancel.js';
import { closePolling } from '../../polling-day/checkin/close.js';
import { checkinCounts } from '../../polling-day/checkin/counts.js';
import { issueBallots } from '../../polling-day/checkin/issue.js';
import { lookup } from '../../polling-day/checkin/lookup.js';
import { VOTE_KIND_LABELS } from '../../polling-day/votes.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { readVillage, writeVillage } from '../village-access.js';
import { voteParams } from './votes.js';

const tags = ['签到发票'];
const placeId = z.string().min(1, '请选择投票地点');

export async function checkinRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/votes/:voteId/checkin';

  r.get(
    `${base}/lookup`,
    {
      schema: {
        tags,
        summary:
          '按选民证二维码（扫码枪输入的文字）或姓名、拼音首字母、身份证号查找选民，并说明能否在本地点领票',
        params: voteParams,
        querystring: z.object({
          q: z.string().trim().min(1, '请扫选民证二维码，或输入姓名、身份证号').max(200),
          placeId: placeId.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await readVillage(db, req, req.params);
      return lookup(db, vr, req.params.voteId, {
        text: req.query.q,
        placeId: req.query.placeId,
        showIdNumber: can(user.role as Role, 'idnumber.view'),
      });
    },
  );

  r.post(
    `${base}/issues`,
    {
      schema: {
        tags,
        summary: '发票：本人一张，受委托人每位委托人一张，全部发出或全部不发；同一选民只能领一次（一证一票）',
        params: voteParams,
        body: z.object({
          voterId: z.string().min(1, '请先找到领票的选民'),
          placeId,
          foundBy: z.enum(['card', 'search'], { error: '查找方式只能是 card（扫码）或 search（查找）' }),
          ballots: z.array(z.string().min(1)).min(1, '请至少选择一张要发出的选票').max(10),
          confirmPlace: z.boolean().default(false),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'polling.issue');
      const result = await issueBallots(
        db,
        actorOf(user),
        { name: user.displayName, showIdNumber: can(user.role as Role, 'idnumber.view') },
        vr,
        req.params.voteId,
        req.body,
      );
      return reply.code(201).send(result);
    },
  );

  r.post(
    `${base}/issues/:voterId/cancel`,
    {
      schema: {
        tags,
        summary: '撤销一次发票（发错了人、选票已收回）：仅限投票中，须写明理由，记入操作日志',
        params: voteParams.extend({ voterId: z.string().min(1) }),
        body: z.object({ reason: z.string().trim().min(1, '撤销理由：请写明为什么撤销').max(200) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'polling.issue');
      return cancelIssue(db, actorOf(user), vr, req.params.voteId, req.params.voterId, req.body.reason);
    },
  );

  r.get(
    `${base}/counts`,
    {
      schema: {
        tags,
        summary: '各投票地点和全村的发票数（本人、委托、流动票箱）、印票数、余票、投票率，及本地点最近的发票',
        params: voteParams,
        querystring: z.object({ placeId: placeId.optional() }),
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return checkinCounts(db, vr, req.params.voteId, chinaToday(), req.query.placeId);
    },
  );

  r.post(
    '/rounds/:id/villages/:code/votes/:voteId/close-polling',
    {
      schema: {
        tags,
        summary: '结束投票：停止签到发票，开始计票（村民选举委员会）',
        params: voteParams,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await closePolling(db, actorOf(user), vr, req.params.voteId);
      return { ...vote, kindLabel: VOTE_KIND_LABELS[vote.kind] };
    },
  );
}
