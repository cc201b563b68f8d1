/**
 * 罢免和补选（issue 6）：本届村民委员会成员、罢免要求（联名、申辩、受理或不予受理、组织表决，H-1..H-3），
 * 以及出缺职位的补选（H-6..H-8）。罢免表决和补选开始后，和其他投票一样签到发票、计票。
 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { byElectionPlan, openByElection } from '../../polling-day/by-election.js';
import { acceptRequest, openRecallVote } from '../../polling-day/recall/decide.js';
import { fileRequest, refuseRequest, setReply, withdrawRequest } from '../../polling-day/recall/requests.js';
import { addSignatures, removeSignature } from '../../polling-day/recall/signatures.js';
import { recallState } from '../../polling-day/recall/view.js';
import { VOTE_KIND_LABELS } from '../../polling-day/votes.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['罢免和补选'];
const requestParams = villageParams.extend({ requestId: z.string().min(1) });
const signatureParams = requestParams.extend({ voterId: z.string().min(1) });
const countMode = z.enum(['ballots', 'sheets'], {
  error: '计票方式只能是 ballots（逐票唱票录入）或 sheets（计票统计表）',
});
const text = (what: string, max: number) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

export async function recallRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/recall';
  const one = `${base}/requests/:requestId`;
  const today = () => chinaToday();

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本届村民委员会成员、罢免要求（联名进度、期限、一年内同一事实的提醒、表决）和出缺职位的补选',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const [state, byElection] = await Promise.all([recallState(db, vr), byElectionPlan(db, vr)]);
      return { ...state, byElection };
    },
  );

  r.post(
    `${base}/requests`,
    {
      schema: {
        tags,
        summary: '登记罢免要求：被罢免的成员、罢免理由、由村民还是村民代表联名（H-1）',
        params: villageParams,
        body: z.object({
          memberVoterId: z.string().min(1),
          reasons: text('罢免理由', 2000),
          signedBy: z.enum(['voters', 'representatives'], {
            error: '联名方式只能是 voters（有选举权的村民）或 representatives（村民代表）',
          }),
          requestedOn: civilDate.optional(),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const row = await fileRequest(db, actorOf(user), vr, {
        memberVoterId: req.body.memberVoterId,
        reasons: req.body.reasons,
        signedBy: req.body.signedBy,
        filedOn: (req.body.requestedOn ?? today()) as IsoDate,
      });
      reply.code(201);
      return row;
    },
  );

  r.post(
    `${one}/signatures`,
    {
      schema: {
        tags,
        summary: '增加联名人：一人或多人（已公布的选民名单上的村民，或村民代表；每人一次）',
        params: requestParams,
        body: z.object({
          voterIds: z.array(z.string().min(1)).min(1, '请至少选择一名联名人').max(20000),
          signedOn: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return addSignatures(db, actorOf(user), vr, req.params.requestId, {
        voterIds: req.body.voterIds,
        signedOn: (req.body.signedOn ?? today()) as IsoDate,
      });
    },
  );

  r.delete(
    `${one}/signatures/:voterId`,
    { schema: { tags, summary: '删除误录的联名人（征集联名期间）', params: signatureParams } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return removeSignature(db, actorOf(user), vr, req.params.requestId, req.params.voterId);
    },
  );

  r.put(
    `${one}/reply`,
    {
      schema: {
        tags,
        summary: '记录被罢免人的申辩意见（H-1）',
        params: requestParams,
        body: z.object({ reply: z.string().trim().max(4000, '申辩意见不能超过 4000 个字') }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return setReply(db, actorOf(user), vr, req.params.requestId, req.body.reply);
    },
  );

  r.post(
    `${one}/accept`,
    { schema: { tags, summary: '受理罢免要求（联名达到规定人数，H-1）', params: requestParams } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return acceptRequest(db, actorOf(user), vr, req.params.requestId);
    },
  );

  r.post(
    `${one}/refuse`,
    {
      schema: {
        tags,
        summary: '不予受理罢免要求，写明理由',
        params: requestParams,
        body: z.object({ reason: text('不予受理的理由', 1000) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return refuseRequest(db, actorOf(user), vr, req.params.requestId, req.body.reason);
    },
  );

  r.post(
    `${one}/withdraw`,
    {
      schema: {
        tags,
        summary: '终止罢免程序（撤回，或表决前被罢免人辞职并被接受，H-3）',
        params: requestParams,
        body: z.object({ reason: text('终止的原因', 1000) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      return withdrawRequest(db, actorOf(user), vr, req.params.requestId, req.body.reason);
    },
  );

  r.post(
    `${one}/vote`,
    {
      schema: {
        tags,
        summary: '组织罢免表决：开始一次罢免表决的投票（签到发票、计票同其他投票，H-2）',
        params: requestParams,
        body: z.object({ pollingDate: civilDate.optional(), countMode: countMode.default('ballots') }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const out = await openRecallVote(db, actorOf(user), vr, req.params.requestId, {
        pollingDate: (req.body.pollingDate ?? today()) as IsoDate,
        countMode: req.body.countMode,
      });
      reply.code(201);
      return { request: out.request, vote: { ...out.vote, kindLabel: VOTE_KIND_LABELS[out.vote.kind] } };
    },
  );

  r.post(
    '/rounds/:id/villages/:code/by-elections',
    {
      schema: {
        tags,
        summary: '开始补选：出缺的职位和名额、候选人、由村民会议还是村民代表会议补选（H-6、H-7）',
        params: villageParams,
        body: z.object({
          meeting: z.enum(['villagers-meeting', 'representatives-meeting'], {
            error: '补选会议只能是 villagers-meeting（村民会议）或 representatives-meeting（村民代表会议）',
          }),
          pollingDate: civilDate.optional(),
          countMode: countMode.default('ballots'),
          offices: z
            .array(z.object({ id: z.string().min(1), seats: z.int().min(1, '名额至少为 1') }))
            .min(1, '请至少选择一个出缺的职位'),
          candidates: z.array(z.object({ voterId: z.string().min(1), office: z.string().min(1) })).max(200),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await openByElection(db, actorOf(user), vr, {
        ...req.body,
        pollingDate: (req.body.pollingDate ?? today()) as IsoDate,
      });
      reply.code(201);
      return { ...vote, kindLabel: VOTE_KIND_LABELS[vote.kind] };
    },
  );
}
